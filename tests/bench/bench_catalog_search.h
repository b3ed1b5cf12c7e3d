#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// The `catalog_search` benchmark scenario: the Exercises page's table model and filter proxy,
// with a table view on them, over 5,000 synthetic exercises with 3 aliases each
// (core::syntheticExercises); one keystroke of incremental search refilters and reorders the
// view. Target: under 16 ms median (issue 3). It needs no database and, for the view, a
// QApplication (offscreen is fine).
//
// Registration in the harness (fitnesstrack-bench, tests/bench/):
//   scenarios.cpp   #include "bench_catalog_search.h" and one entry in scenarios():
//                     { QStringLiteral("catalog_search"), bench::catalogSearchDescription(),
//                       [](const Context &c) -> Result<Report> {
//                           auto fields = bench::catalogSearch(c.runs);
//                           if (!fields) return fields.error();
//                           Report r;
//                           for (const auto &[key, value] : *fields) r.insert(key, value);
//                           return r; } },
//   CMakeLists.txt  bench_catalog_search.cpp bench_catalog_search.h in the sources, and
//                   target_link_libraries(fitnesstrack-bench PRIVATE ftui)
//   main.cpp        a QApplication instead of the QCoreApplication, with
//                   qputenv("QT_QPA_PLATFORM", "offscreen") when QT_QPA_PLATFORM is unset.

namespace ft::bench {

QString catalogSearchDescription();

// Types words letter by letter into the proxy's search, `runs` times over, and times each
// keystroke from setting the text to the view having taken the change in (filter, rank order,
// the view's own bookkeeping); separately, the same with the view's repaint. The JSON fields, in
// order: scenario, exercises, aliases, runs, keystrokes, median_ms (the figure against the
// target), p95_ms, max_ms, min_ms, median_with_paint_ms, clear_median_ms (back to all 5,000 in
// name order), build_ms (model, index and first sort), target_ms.
// An error when there is no QApplication or a search finds nothing it should.
core::Result<QList<QPair<QString, QJsonValue>>> catalogSearch(int runs, int exercises = 5000);

} // namespace ft::bench
