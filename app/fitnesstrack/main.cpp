// fitnesstrack: the desktop application. Parses the command line and shows the main window.
#include "core/db/databaseurl.h"
#include "core/paths.h"
#include "core/settings.h"
#include "ui/databaseactions.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ft::core::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("FitnessTrack"));
    QApplication::setDesktopFileName(QStringLiteral("app.fitnesstrack.FitnessTrack"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("fitnesstrack"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "FitnessTrack: plan and log strength training."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open this database: a file path, sqlite:PATH or "
                                "postgresql://user@host[:port]/dbname."),
        QStringLiteral("url"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A database file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ft::ui::MainWindow window;
    window.show();
    ft::ui::DatabaseActions &actions = *window.databaseActions();

    const auto openDefault = [&actions] {
        actions.openDatabase(ft::core::DatabaseUrl::sqliteFile(ft::core::defaultDatabasePath()),
                             true);
    };
    QString requested = parser.value(dbOption);
    if (requested.isEmpty() && !parser.positionalArguments().isEmpty())
        requested = parser.positionalArguments().constFirst();
    if (!requested.isEmpty()) {
        auto url = ft::core::DatabaseUrl::parse(requested);
        if (!url || !actions.openDatabase(*url))
            openDefault();
    } else if (const QString last = ft::core::Settings::instance()
                                        .value(ft::core::Settings::Key::LastDatabase)
                                        .toString();
               !last.isEmpty()) {
        actions.openRecent(last, [openDefault](bool ok) {
            if (!ok)
                openDefault();
        });
    } else {
        openDefault();
    }
    return app.exec();
}
