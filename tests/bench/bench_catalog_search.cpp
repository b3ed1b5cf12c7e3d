#include "bench_catalog_search.h"

#include "core/catalog/catalog.h"
#include "ui/models/exercisefilterproxy.h"
#include "ui/models/exercisetablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace ft::bench {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return values.at(low) + (values.at(high) - values.at(low)) * (rank - double(low));
}

double rounded(double ms)
{
    return std::round(ms * 1000) / 1000;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QString catalogSearchDescription()
{
    return QStringLiteral("one keystroke of the Exercises page's search over 5,000 synthetic "
                          "exercises with aliases (model, proxy, table view); target < 16 ms");
}

core::Result<QList<QPair<QString, QJsonValue>>> catalogSearch(int runs, int exercises)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return core::Error::make(
            core::Error::Kind::Usage,
            QStringLiteral("catalog_search needs a QApplication (the table view)"));

    // What the page builds, without the page's other widgets.
    QElapsedTimer build;
    build.start();
    ui::ExerciseTableModel model;
    model.setExercises(core::syntheticExercises(exercises));
    ui::ExerciseFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSortingEnabled(true);
    view.sortByColumn(ui::ExerciseTableModel::NameColumn, Qt::AscendingOrder);
    view.horizontalHeader()->setSectionResizeMode(ui::ExerciseTableModel::NameColumn,
                                                  QHeaderView::Stretch);
    view.resize(700, 600);
    view.show();
    QCoreApplication::processEvents();
    const double buildMs = elapsedMs(build);
    qsizetype aliases = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        aliases += model.exercise(row).aliases.size();

    // Words of the synthetic names and aliases (one only in an accented alias: "Développé").
    const QStringList words = { QStringLiteral("bench"),     QStringLiteral("squat"),
                                QStringLiteral("curl"),      QStringLiteral("deadlift"),
                                QStringLiteral("developpe"), QStringLiteral("kb row") };
    QList<double> keystrokes, withPaint, clears;
    for (int run = 0; run < runs; ++run) {
        for (const QString &word : words) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                const QString typed = word.left(length);
                QElapsedTimer timer;
                timer.start();
                proxy.setSearchText(typed);
                keystrokes.append(elapsedMs(timer));
                // The frame the user sees: the view's delayed layout and its paint.
                QCoreApplication::processEvents();
                view.viewport()->repaint();
                withPaint.append(elapsedMs(timer));
            }
            if (proxy.rowCount() == 0 || proxy.rowCount() == model.rowCount())
                return core::Error::make(
                    core::Error::Kind::Database,
                    QStringLiteral("catalog_search: \"%1\" matched %2 of %3 exercises")
                        .arg(word)
                        .arg(proxy.rowCount())
                        .arg(model.rowCount()));
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(QString());
            clears.append(elapsedMs(timer));
            QCoreApplication::processEvents();
        }
    }

    return QList<QPair<QString, QJsonValue>> {
        { QStringLiteral("scenario"), QStringLiteral("catalog_search") },
        { QStringLiteral("exercises"), model.rowCount() },
        { QStringLiteral("aliases"), qint64(aliases) },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("keystrokes"), qint64(keystrokes.size()) },
        { QStringLiteral("median_ms"), rounded(percentile(keystrokes, 0.5)) },
        { QStringLiteral("p95_ms"), rounded(percentile(keystrokes, 0.95)) },
        { QStringLiteral("max_ms"), rounded(percentile(keystrokes, 1)) },
        { QStringLiteral("min_ms"), rounded(percentile(keystrokes, 0)) },
        { QStringLiteral("median_with_paint_ms"), rounded(percentile(withPaint, 0.5)) },
        { QStringLiteral("clear_median_ms"), rounded(percentile(clears, 0.5)) },
        { QStringLiteral("build_ms"), rounded(buildMs) },
        { QStringLiteral("target_ms"), 16 },
    };
}

} // namespace ft::bench
