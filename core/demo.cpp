#include "demo.h"

namespace ft::core {

QString DemoSummary::toText() const
{
    return QStringLiteral("athletes %1, routines %2, sessions %3, set logs %4 in %5 ms\n")
            .arg(athletes).arg(routines).arg(sessions).arg(setLogs).arg(milliseconds);
}

Result<DemoSummary> generateDemo(Database &, const DemoOptions &,
                                 const std::function<void(const QString &)> &)
{
    return Error::make(Error::Kind::Usage, QStringLiteral("demo: not built yet"));
}

} // namespace ft::core
