#pragma once

#include "scenario.h"

namespace ft::bench {

// Progress figures (core/stats) on one athlete or all of them; see bench_stats.cpp.
QString e1rmChartDescription();
Result<Report> e1rmChart(const Context &context);
QString e1rmChartRenderDescription();
Result<Report> e1rmChartRender(const Context &context);
QString weeklyVolumeDescription();
Result<Report> weeklyVolume(const Context &context);
QString dashboardOpenDescription();
Result<Report> dashboardOpen(const Context &context);
QString coachOverviewDescription();
Result<Report> coachOverview(const Context &context);

} // namespace ft::bench
