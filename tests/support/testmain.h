#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTest>

namespace ft::test {

// Runs the test functions of `test` that apply to the backend of FT_TEST_BACKEND: a function
// named sqliteSomething runs only on SQLite, postgresqlSomething only on PostgreSQL, any other
// on both. Each registration thus runs exactly what it can check; nothing is skipped. Function
// names given on the command line are run as asked. Fails when FT_TEST_BACKEND is not set.
int runDatabaseTests(QObject *test, int argc, char **argv);

} // namespace ft::test

// main() of a test that runs against the backend in FT_TEST_BACKEND (see ft_add_db_test).
#define FT_DB_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        QCoreApplication app(argc, argv); \
        TestClass test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return ft::test::runDatabaseTests(&test, argc, argv); \
    }
