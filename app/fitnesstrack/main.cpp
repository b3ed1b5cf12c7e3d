// fitnesstrack: the desktop application. Parses the command line and shows the main window.
#include "core/database.h"
#include "core/paths.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ft::core::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "FitnessTrack: plan and log strength training."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database (file path, sqlite:PATH or postgresql://...)."),
                                      QStringLiteral("url"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A SQLite database file to open."), QStringLiteral("[file]"));
    parser.process(app);

    QString urlText = ft::core::defaultDatabasePath();
    if (parser.isSet(dbOption))
        urlText = parser.value(dbOption);
    else if (!parser.positionalArguments().isEmpty())
        urlText = parser.positionalArguments().constFirst();

    auto url = ft::core::DatabaseUrl::parse(urlText);
    ft::core::OpenOptions options;
    options.createIfMissing = true;
    auto db = url ? ft::core::Database::open(*url, options)
                  : ft::core::Result<std::unique_ptr<ft::core::Database>>(url.error());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "FitnessTrack"),
                              db.error().message);
        return 1;
    }
    ft::ui::MainWindow window(std::move(*db));
    window.show();
    return app.exec();
}
