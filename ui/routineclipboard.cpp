#include "routineclipboard.h"

#include "commands/commands.h"
#include "session.h"

#include "core/catalog/catalogstore.h"
#include "core/db/database.h"
#include "core/plan/routineedit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace ft::ui::RoutineClipboard {

using core::Id;
using core::plan::FragmentLevel;
using core::plan::RoutineFragment;
using Level = RoutineTreeModel::Level;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutineClipboard)
};

FragmentLevel fragmentLevel(Level level)
{
    switch (level) {
    case Level::Day:
        return FragmentLevel::Day;
    case Level::Slot:
        return FragmentLevel::Slot;
    case Level::Set:
        return FragmentLevel::Set;
    }
    return FragmentLevel::Set;
}

Level modelLevel(FragmentLevel level)
{
    switch (level) {
    case FragmentLevel::Day:
        return Level::Day;
    case FragmentLevel::Slot:
        return Level::Slot;
    case FragmentLevel::Set:
        return Level::Set;
    }
    return Level::Set;
}

QString databaseIdentity(const Session &session)
{
    return session.database() ? session.database()->url().toString(false) : QString();
}

// The ids of the rows in `container` (the routine, a day or a slot of the model's routine).
QList<Id> childIds(const RoutineTreeModel &model, Level level, Id container)
{
    QList<Id> ids;
    if (!model.tree())
        return ids;
    for (const auto &day : model.tree()->days) {
        if (level == Level::Day)
            ids.append(day.row.id);
        for (const auto &slot : day.exerciseSlots) {
            if (level == Level::Slot && day.row.id == container)
                ids.append(slot.row.id);
            for (const auto &set : slot.sets) {
                if (level == Level::Set && slot.row.id == container)
                    ids.append(set.id);
            }
        }
    }
    return ids;
}

core::Status removeRow(core::Database &db, Level level, Id id)
{
    switch (level) {
    case Level::Day:
        return core::plan::removeDay(db, id);
    case Level::Slot:
        return core::plan::removeSlot(db, id);
    case Level::Set:
        return core::plan::removeSet(db, id);
    }
    return {};
}

} // namespace

QString mimeType()
{
    return QStringLiteral("application/x-fitnesstrack-routine+json");
}

std::optional<RoutineFragment> fragmentOf(const RoutineTreeModel &model,
                                          const QModelIndexList &rows)
{
    if (rows.isEmpty() || !model.tree())
        return std::nullopt;
    Level top = Level::Set;
    for (const QModelIndex &i : rows)
        top = std::min(top, RoutineTreeModel::levelOf(i));
    RoutineFragment fragment;
    fragment.level = fragmentLevel(top);
    fragment.sourceRoutineId = model.routineId();
    QModelIndexList chosen;
    for (const QModelIndex &i : rows) {
        if (RoutineTreeModel::levelOf(i) == top)
            chosen.append(i.siblingAtColumn(0));
    }
    // Tree order, whatever order the selection was made in.
    std::sort(chosen.begin(), chosen.end(), [](const QModelIndex &a, const QModelIndex &b) {
        const auto path = [](QModelIndex i) {
            QList<int> p;
            for (; i.isValid(); i = i.parent())
                p.prepend(i.row());
            return p;
        };
        return path(a) < path(b);
    });
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    for (const QModelIndex &i : std::as_const(chosen)) {
        switch (top) {
        case Level::Day:
            if (const auto *day = model.dayAt(i))
                fragment.days.append(*day);
            break;
        case Level::Slot:
            if (const auto *slot = model.slotAt(i))
                fragment.exerciseSlots.append(*slot);
            break;
        case Level::Set:
            if (const auto *set = model.setAt(i))
                fragment.sets.append(*set);
            break;
        }
    }
    if (fragment.size() == 0)
        return std::nullopt;
    return fragment;
}

QMimeData *toMimeData(const RoutineFragment &fragment, const Session &session)
{
    RoutineFragment f = fragment;
    f.sourceDatabase = databaseIdentity(session);
    // Slugs find the exercises in another database's catalog.
    if (core::Database *db = session.database()) {
        const auto addSlug = [&](Id exerciseId) {
            if (f.exerciseSlugs.contains(exerciseId))
                return;
            if (auto e = core::loadExercise(*db, exerciseId))
                f.exerciseSlugs.insert(exerciseId, e->exercise.slug);
        };
        for (const auto &day : f.days) {
            for (const auto &slot : day.exerciseSlots)
                addSlug(slot.row.exerciseId);
        }
        for (const auto &slot : f.exerciseSlots)
            addSlug(slot.row.exerciseId);
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), core::plan::fragmentToJson(f));
    return data;
}

std::optional<Level> levelOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QString level = QJsonDocument::fromJson(data->data(mimeType()))
                              .object()
                              .value(QStringLiteral("level"))
                              .toString();
    if (level == QLatin1String("day"))
        return Level::Day;
    if (level == QLatin1String("exercise"))
        return Level::Slot;
    if (level == QLatin1String("set"))
        return Level::Set;
    return std::nullopt;
}

std::optional<Target> dropTarget(const RoutineTreeModel &model, Level level, int row,
                                 const QModelIndex &parent)
{
    if (!model.tree())
        return std::nullopt;
    const int position = row < 0 ? 0 : row + 1;
    const auto onto = [&](const QModelIndex &item) -> std::optional<Target> {
        // Dropped on a row of the same level: before it.
        return Target { model.idOf(item.parent()) ? model.idOf(item.parent()) : model.routineId(),
                        item.row() + 1 };
    };
    switch (level) {
    case Level::Day:
        if (!parent.isValid())
            return Target { model.routineId(), position };
        if (RoutineTreeModel::levelOf(parent) == Level::Day && row < 0)
            return onto(parent);
        return std::nullopt;
    case Level::Slot:
        if (!parent.isValid())
            return std::nullopt;
        if (RoutineTreeModel::levelOf(parent) == Level::Day)
            return Target { model.idOf(parent), position };
        if (RoutineTreeModel::levelOf(parent) == Level::Slot && row < 0)
            return onto(parent);
        return std::nullopt;
    case Level::Set:
        if (parent.isValid() && RoutineTreeModel::levelOf(parent) == Level::Slot)
            return Target { model.idOf(parent), position };
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::pair<int, QModelIndex>> pastePlace(const RoutineTreeModel &model, Level level,
                                                      const QModelIndex &current)
{
    if (!model.tree())
        return std::nullopt;
    if (!current.isValid())
        return level == Level::Day ? std::optional(std::pair(-1, QModelIndex())) : std::nullopt;
    const QModelIndex item = current.siblingAtColumn(0);
    const Level here = RoutineTreeModel::levelOf(item);
    if (here == level)
        return std::pair(item.row() + 1, item.parent());
    if (int(here) + 1 == int(level))
        return std::pair(-1, item); // into it, at the end
    if (int(here) > int(level)) {
        // A day pasted at a set: after that set's day.
        QModelIndex ancestor = item;
        while (RoutineTreeModel::levelOf(ancestor) != level)
            ancestor = ancestor.parent();
        return std::pair(ancestor.row() + 1, ancestor.parent());
    }
    return std::nullopt;
}

core::Status drop(Session &session, const RoutineTreeModel &model, const QMimeData *data,
                  Qt::DropAction action, int row, const QModelIndex &parent)
{
    if (!data || !data->hasFormat(mimeType()))
        return core::Error::invalid(QStringLiteral("clipboard"),
                                    data ? data->formats().join(QStringLiteral(", ")) : QString(),
                                    Tr::tr("holds no part of a FitnessTrack routine"));
    auto fragment = core::plan::fragmentFromJson(data->data(mimeType()));
    if (!fragment)
        return fragment.error();
    const Level level = modelLevel(fragment->level);
    const auto target = dropTarget(model, level, row, parent);
    if (!target) {
        const QString what = level == Level::Day ? Tr::tr("Days go between days")
            : level == Level::Slot               ? Tr::tr("Exercises go into a day")
                                                 : Tr::tr("Sets go into an exercise");
        return core::Error::invalid(QStringLiteral("drop"), QString(),
                                    Tr::tr("%1; this is not such a place.").arg(what));
    }
    const Id routineId = model.routineId();
    const bool sameDatabase = fragment->sourceDatabase == databaseIdentity(session);
    // Days move only within their routine (moveDay); elsewhere they are copied and removed.
    const bool move = action == Qt::MoveAction && sameDatabase
        && (level != Level::Day || fragment->sourceRoutineId == routineId);
    const bool cut = action == Qt::MoveAction && sameDatabase && !move;
    const qsizetype n = fragment->size();
    QString text;
    switch (level) {
    case Level::Day:
        text = move ? Tr::tr("Move %n Day(s)", nullptr, int(n))
                    : Tr::tr("Paste %n Day(s)", nullptr, int(n));
        break;
    case Level::Slot:
        text = move ? Tr::tr("Move %n Exercise(s)", nullptr, int(n))
                    : Tr::tr("Paste %n Exercise(s)", nullptr, int(n));
        break;
    case Level::Set:
        text = move ? Tr::tr("Move %n Set(s)", nullptr, int(n))
                    : Tr::tr("Paste %n Set(s)", nullptr, int(n));
        break;
    }
    QList<Id> routines { routineId };
    if ((move || cut) && fragment->sourceRoutineId && fragment->sourceRoutineId != routineId)
        routines.append(fragment->sourceRoutineId);
    const QList<Id> ids = fragment->ids();
    const QList<Id> siblings = childIds(model, level, target->containerId);
    return commands::editRoutines(session, text, routines, [&](core::Database &db) -> core::Status {
        if (!move) {
            auto copies =
                core::plan::insertFragment(db, *fragment, target->containerId, target->position);
            if (!copies)
                return copies.error();
            for (Id id : cut ? ids : QList<Id>()) {
                if (core::Status s = removeRow(db, level, id); !s)
                    return s;
            }
            return {};
        }
        // The order the container ends with, then every row that is not yet in its place moved
        // there, first to last: each move leaves the rows before it alone.
        QList<Id> order = siblings;
        qsizetype insertAt = target->position == 0 ? order.size() : target->position - 1;
        for (Id id : ids) {
            const qsizetype at = order.indexOf(id);
            if (at < 0)
                continue;
            if (at < insertAt)
                --insertAt;
            order.removeAt(at);
        }
        for (qsizetype k = 0; k < ids.size(); ++k)
            order.insert(insertAt + k, ids.at(k));
        QList<Id> current = siblings;
        for (qsizetype i = 0; i < order.size(); ++i) {
            const Id id = order.at(i);
            if (i < current.size() && current.at(i) == id)
                continue;
            const int position = int(i) + 1;
            core::Status s;
            switch (level) {
            case Level::Day:
                s = core::plan::moveDay(db, id, position);
                break;
            case Level::Slot:
                s = core::plan::moveSlot(db, id, target->containerId, position);
                break;
            case Level::Set:
                s = core::plan::moveSet(db, id, target->containerId, position);
                break;
            }
            if (!s)
                return s;
            current.removeOne(id);
            current.insert(i, id);
        }
        return {};
    });
}

} // namespace ft::ui::RoutineClipboard
