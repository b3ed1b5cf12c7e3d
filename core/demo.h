#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace ft::core {

class Database;

struct DemoOptions
{
    int athletes = 5;
    int years = 1;
    quint64 seed = 1;
};

struct DemoSummary
{
    qint64 athletes = 0;
    qint64 routines = 0;
    qint64 sessions = 0;
    qint64 setLogs = 0;
    qint64 milliseconds = 0;
    QString toText() const;
};

// A realistic, deterministic synthetic dataset (same options, same rows). See demo.cpp.
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const std::function<void(const QString &)> &progress = {});

} // namespace ft::core
