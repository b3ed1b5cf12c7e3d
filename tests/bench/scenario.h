#pragma once

#include "measure.h"

#include "core/db/databaseurl.h"

#include <QList>
#include <QString>

#include <functional>

namespace ft::bench {

struct Context
{
    core::DatabaseUrl url;
    int runs = 5;
};

// One benchmark: a name for the command line and a function that measures and returns the
// report to print. A new scenario is one more entry in scenarios() (scenarios.cpp).
struct Scenario
{
    QString name;
    QString description;
    std::function<Result<Report>(const Context &)> run;
    bool needsDatabase = true; // false: runs without --db (Context::url is empty)
};

// Every scenario, in the order `all` runs them.
const QList<Scenario> &scenarios();

} // namespace ft::bench
