#include "mainwindow.h"

#include "core/database.h"
#include "core/info.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ft::ui {

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setWindowTitle(tr("FitnessTrack"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h2>FitnessTrack</h2>"), central);
    title->setAccessibleName(tr("Application title"));
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("databaseSummary"));
    m_summary->setAccessibleName(tr("Database summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    statusBar()->showMessage(tr("Database: %1").arg(m_db->url().displayName()));
    refreshSummary();
    resize(1024, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshSummary()
{
    auto info = core::databaseInfo(*m_db);
    if (!info) {
        m_summary->setText(info.error().message);
        return;
    }
    QString text = tr("<p>%1 database, schema version %2.</p><table>")
                           .arg(info->backend)
                           .arg(info->schemaVersion);
    for (const auto &[table, n] : info->counts)
        text += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(table.toHtmlEscaped()).arg(n);
    m_summary->setText(text + QStringLiteral("</table>"));
}

} // namespace ft::ui
