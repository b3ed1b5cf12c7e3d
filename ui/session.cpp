#include "session.h"

#include "models/athletetablemodel.h"

#include "core/changes/changenotifier.h"
#include "core/db/database.h"
#include "core/settings.h"

#include <QUndoStack>

namespace ft::ui {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_notifier(new core::ChangeNotifier(this))
    , m_undoStack(new QUndoStack(this))
    , m_athletes(new AthleteTableModel(this))
{
    // Each undo step holds the rows it restores: bound the memory a long session takes.
    m_undoStack->setUndoLimit(200);
    connect(m_notifier, &core::ChangeNotifier::athletesAdded, this, &Session::athletesTouched);
    connect(m_notifier, &core::ChangeNotifier::athletesEdited, this,
            [this](const core::IdList &ids) { athletesTouched(ids); });
    connect(m_notifier, &core::ChangeNotifier::athletesRemoved, this, &Session::athletesRemoved);
    connect(m_notifier, &core::ChangeNotifier::everythingChanged, this, &Session::reloadAthletes);
    reloadPreferences();
}

Session::~Session()
{
    // The commands refer to the database: they go first.
    m_undoStack->clear();
    if (m_db)
        m_db->setChangeNotifier(nullptr);
}

void Session::setDatabase(std::unique_ptr<core::Database> db)
{
    m_undoStack->clear();
    if (m_db)
        m_db->setChangeNotifier(nullptr);
    m_db = std::move(db);
    if (m_db)
        m_db->setChangeNotifier(m_notifier);
    emit databaseChanged();
    core::ChangeSet everything;
    everything.setEverything();
    m_notifier->publish(everything);
}

void Session::setCurrentAthlete(core::Id subjectId)
{
    int row = subjectId ? m_athletes->rowOfSubject(subjectId) : -1;
    if (row < 0 && m_athletes->rowCount() > 0)
        row = 0;
    std::optional<core::Athlete> athlete;
    if (row >= 0)
        athlete = m_athletes->athlete(row);
    const bool same = athlete.has_value() == m_currentAthlete.has_value()
        && (!athlete || athlete->subject.id == m_currentAthlete->subject.id);
    m_currentAthlete = athlete;
    if (athlete)
        core::Settings::instance().setValue(
            core::Settings::Key::CurrentAthlete,
            athlete->subject.pseudonym.toString(QUuid::WithoutBraces));
    if (!same)
        emit currentAthleteChanged();
}

namespace {
Preferences storedPreferences(const core::Settings &settings)
{
    return { settings.weightUnit(), settings.weeklySetTarget(), settings.e1rmRepCap(),
             settings.e1rmFormula() };
}

core::Status store(core::Settings &settings, const Preferences &preferences)
{
    settings.setWeightUnit(preferences.weightUnit);
    if (auto status = settings.setWeeklySetTarget(preferences.weeklySetTarget); !status)
        return status;
    if (auto status = settings.setE1rmRepCap(preferences.e1rmRepCap); !status)
        return status;
    return settings.setE1rmFormula(preferences.e1rmFormula);
}
} // namespace

core::Status Session::setPreferences(const Preferences &preferences)
{
    core::Settings &settings = core::Settings::instance();
    if (auto status = store(settings, preferences); !status) {
        // Put back what was stored before: the current preferences passed these rules.
        (void)store(settings, m_preferences);
        return status;
    }
    settings.sync();
    applyPreferences(preferences);
    return {};
}

void Session::reloadPreferences()
{
    applyPreferences(storedPreferences(core::Settings::instance()));
}

void Session::applyPreferences(const Preferences &preferences)
{
    const bool same = preferences == m_preferences;
    m_preferences = preferences;
    m_weightFormat = WeightFormat(preferences.weightUnit);
    if (!same)
        emit preferencesChanged();
}

void Session::reloadAthletes()
{
    const QString keep = m_currentAthlete
        ? m_currentAthlete->subject.pseudonym.toString(QUuid::WithoutBraces)
        : core::Settings::instance().value(core::Settings::Key::CurrentAthlete).toString();
    if (const QString error = m_athletes->reload(m_db.get()); !error.isEmpty())
        emit statusMessage(tr("The athletes could not be loaded: %1").arg(error));
    const int row = m_athletes->rowOfPseudonym(keep);
    m_currentAthlete.reset();
    setCurrentAthlete(row >= 0 ? m_athletes->athlete(row).subject.id : 0);
}

void Session::athletesTouched(const QList<qint64> &ids)
{
    if (!m_db)
        return;
    for (const core::Id id : ids) {
        auto athlete = core::loadAthlete(*m_db, id);
        if (!athlete) {
            emit statusMessage(
                tr("An athlete could not be loaded: %1").arg(athlete.error().message));
            continue;
        }
        m_athletes->upsert(*athlete);
        if (m_currentAthlete && m_currentAthlete->subject.id == id) {
            m_currentAthlete = *athlete;
            emit currentAthleteChanged();
        }
    }
    if (!m_currentAthlete)
        setCurrentAthlete(0);
}

void Session::athletesRemoved(const QList<qint64> &ids)
{
    for (const core::Id id : ids)
        m_athletes->remove(id);
    if (m_currentAthlete && ids.contains(m_currentAthlete->subject.id)) {
        m_currentAthlete.reset();
        setCurrentAthlete(0);
    }
}

} // namespace ft::ui
