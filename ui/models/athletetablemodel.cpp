#include "athletetablemodel.h"

#include "core/db/database.h"

namespace ft::ui {

AthleteTableModel::AthleteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString AthleteTableModel::reload(core::Database *db)
{
    QList<core::Athlete> athletes;
    QString error;
    if (db) {
        auto result = core::listAthletes(*db);
        if (result)
            athletes = *result;
        else
            error = result.error().message;
    }
    beginResetModel();
    m_athletes = athletes;
    endResetModel();
    return error;
}

void AthleteTableModel::upsert(const core::Athlete &athlete)
{
    const int row = rowOfSubject(athlete.subject.id);
    if (row >= 0) {
        m_athletes[row] = athlete;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_athletes.size());
    beginInsertRows({}, end, end);
    m_athletes.append(athlete);
    endInsertRows();
}

void AthleteTableModel::remove(core::Id subjectId)
{
    const int row = rowOfSubject(subjectId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_athletes.removeAt(row);
    endRemoveRows();
}

int AthleteTableModel::rowOfSubject(core::Id subjectId) const
{
    for (int i = 0; i < m_athletes.size(); ++i) {
        if (m_athletes.at(i).subject.id == subjectId)
            return i;
    }
    return -1;
}

int AthleteTableModel::rowOfPseudonym(const QString &pseudonym) const
{
    for (int i = 0; i < m_athletes.size(); ++i) {
        if (m_athletes.at(i).subject.pseudonym.toString(QUuid::WithoutBraces) == pseudonym)
            return i;
    }
    return -1;
}

int AthleteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_athletes.size());
}

int AthleteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AthleteTableModel::sexLabel(const QString &value)
{
    if (value == QLatin1String("MALE"))
        return tr("Male");
    if (value == QLatin1String("FEMALE"))
        return tr("Female");
    if (value == QLatin1String("OTHER"))
        return tr("Other");
    if (value == QLatin1String("PREFER_NOT_TO_SAY"))
        return tr("Prefer not to say");
    return {};
}

QVariant AthleteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Athlete &a = m_athletes.at(index.row());
    switch (role) {
    case SubjectIdRole:
        return a.subject.id;
    case PseudonymRole:
        return a.subject.pseudonym.toString(QUuid::WithoutBraces);
    case Qt::TextAlignmentRole:
        if (index.column() == BirthYearColumn || index.column() == HeightColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return a.displayName();
    case UsernameColumn:
        return a.user.username;
    case EmailColumn:
        return a.user.email;
    case SexColumn:
        return a.profile && a.profile->sex ? sexLabel(*a.profile->sex) : QString();
    case BirthYearColumn:
        return a.profile && a.profile->birthYear ? QVariant(*a.profile->birthYear) : QVariant();
    case HeightColumn:
        return a.profile && a.profile->heightCm ? QVariant(*a.profile->heightCm) : QVariant();
    case PseudonymColumn:
        return a.subject.pseudonym.toString(QUuid::WithoutBraces);
    }
    return {};
}

QVariant AthleteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("Email");
    case SexColumn:
        return tr("Sex");
    case BirthYearColumn:
        return tr("Birth year");
    case HeightColumn:
        return tr("Height (cm)");
    case PseudonymColumn:
        return tr("Pseudonym");
    }
    return {};
}

} // namespace ft::ui
