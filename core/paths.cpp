#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ft::core {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FitnessTrack"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fitnesstrack.app"));
    QCoreApplication::setApplicationName(QStringLiteral("FitnessTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/FitnessTrack");
    return QDir(dir).filePath(QStringLiteral("fitnesstrack.sqlite"));
}

} // namespace ft::core
