#pragma once

#include "measure.h"

#include <QString>

// The `import_strong` benchmark scenario (issue 4): a synthetic 100,000-row Strong export
// (core::import::writeStrongSample) imported with the CLI's code path (fileSource +
// importWorkouts) into a fresh SQLite database with the bundled catalog and one athlete, median of
// `runs` (the database is prepared outside the timing). Reference: the sqlite3 shell's
// `.import --csv` of the same file into a bare table of a fresh file. Target: under 3 s median.
// Then the peak RSS of `fitnesstrack-cli import strong` (next to the benchmark) importing the
// 100,000 rows and 400,000 rows, to show memory flat in file size.
// It needs no --db: it makes its databases in a temporary folder.
//
// JSON fields, in order: scenario, backend, runs, rows, median_ms, min_ms, reference,
// reference_ms, ratio, target_ms, sets_imported, file_bytes, peak_rss_100k_kb, peak_rss_400k_kb
// (VmHWM of the CLI process), rss_growth (400k / 100k).
//
// Registration (tests/bench/): scenarios.cpp includes this header and lists
//   { QStringLiteral("import_strong"), bench::importStrongDescription(), bench::importStrong, false
//   }
// CMakeLists.txt lists bench_import_strong.cpp bench_import_strong.h.

namespace ft::bench {

struct Context;

QString importStrongDescription();
Result<Report> importStrong(const Context &context);

} // namespace ft::bench
