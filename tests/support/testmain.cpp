#include "testmain.h"

#include "testdatabase.h"

#include <QMetaMethod>
#include <QStringList>

#include <cstdio>

namespace ft::test {

namespace {
// Options of QTest that take a value: the word after them is not a function name.
bool takesValue(const QString &option)
{
    static const QStringList options = {
        QStringLiteral("-o"),
        QStringLiteral("-maxwarnings"),
        QStringLiteral("-eventdelay"),
        QStringLiteral("-keydelay"),
        QStringLiteral("-mousedelay"),
        QStringLiteral("-iterations"),
        QStringLiteral("-median"),
        QStringLiteral("-minimumvalue"),
        QStringLiteral("-minimumtotal"),
        QStringLiteral("-repeat"),
        QStringLiteral("-platform"),
        QStringLiteral("-seed"),
    };
    return options.contains(option);
}

bool isSpecial(const QByteArray &name)
{
    return name == "initTestCase" || name == "cleanupTestCase" || name == "init"
        || name == "cleanup" || name.endsWith("_data");
}

bool startsWithWord(const QByteArray &name, const QByteArray &prefix)
{
    return name.size() > prefix.size() && name.startsWith(prefix)
        && QChar::fromLatin1(name.at(prefix.size())).isUpper();
}
} // namespace

int runDatabaseTests(QObject *test, int argc, char **argv)
{
    QString error;
    const auto backend = backendFromEnvironment(&error);
    if (!backend) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(error));
        return 1;
    }

    QStringList arguments;
    bool namesGiven = false;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        arguments.append(arg);
        if (i == 0)
            continue;
        if (takesValue(arg) && i + 1 < argc) {
            arguments.append(QString::fromLocal8Bit(argv[++i]));
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            namesGiven = true;
    }
    if (!namesGiven && !arguments.contains(QStringLiteral("-functions"))) {
        const QByteArray other = *backend == core::Backend::SQLite ? "postgresql" : "sqlite";
        QStringList selected;
        bool excluded = false;
        const QMetaObject *meta = test->metaObject();
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            const QMetaMethod method = meta->method(i);
            if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
                || method.parameterCount() != 0 || isSpecial(method.name()))
                continue;
            if (startsWithWord(method.name(), other)) {
                excluded = true;
                continue;
            }
            selected.append(QString::fromLatin1(method.name()));
        }
        if (excluded)
            arguments += selected;
    }
    return QTest::qExec(test, arguments);
}

} // namespace ft::test
