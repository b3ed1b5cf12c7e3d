#include "core/plan/routinetext.h"

#include "core/db/database.h"
#include "core/db/repository.h"
#include "core/plan/plannedvalues.h"
#include "core/plan/routineedit.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace ft::core::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutineText)
};

constexpr double kgPerLb = 0.45359237;

// Refusal of a text at a place; thrown nowhere: carried up as a value.
struct Refusal
{
    int line = 0;
    int column = 0;
    QString message;
};

Error toError(const Refusal &r)
{
    Error e =
        Error::make(Error::Kind::InvalidValue,
                    Tr::tr("line %1, column %2: %3").arg(r.line).arg(r.column).arg(r.message));
    e.field = Tr::tr("line %1, column %2").arg(r.line).arg(r.column);
    e.rule = r.message;
    return e;
}

// One exercise line's groups of sets, scanned character by character.
class LineScanner
{
public:
    LineScanner(const QString &text, int line, int offset)
        : m_text(text)
        , m_line(line)
        , m_offset(offset)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    int column() const { return m_offset + int(m_pos) + 1; }
    Refusal refuse(const QString &message) const { return { m_line, column(), message }; }
    Refusal refuseAt(qsizetype pos, const QString &message) const
    {
        return { m_line, m_offset + int(pos) + 1, message };
    }

    QString digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek().isDigit())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A number with an optional decimal point or comma.
    QString number()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isDigit() || peek() == u'.' || peek() == u','))
            ++m_pos;
        return m_text.mid(start, m_pos - start).replace(u',', u'.');
    }
    // Letters and hyphens: keywords and units.
    QString word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetter() || peek() == u'-'))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toLower();
    }
    // Up to the next space or ';'.
    QString token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !peek().isSpace() && peek() != u';')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    qsizetype pos() const { return m_pos; }
    void advance() { ++m_pos; }

    const QString &text() const { return m_text; }

private:
    const QString &m_text;
    int m_line;
    int m_offset; // columns before m_text in the line
    qsizetype m_pos = 0;
};

const QString &expectedAttribute()
{
    static const QString text =
        Tr::tr("expected @ and a load, RIR, RPE, tempo, rest, to failure, warm-up, a \"note\", "
               "';' or the end of the line");
    return text;
}

// A value for one field, checked by the same rules as the editor's.
std::optional<Refusal> setValue(LineScanner &in, qsizetype at, SetField field,
                                const QVariant &value, PlannedSet &set)
{
    auto normal = normalizeSetField(field, value);
    if (!normal)
        return in.refuseAt(at, normal.error().message);
    switch (field) {
    case SetField::WeightKg:
        set.targetWeightKg = normal->toDouble();
        break;
    case SetField::Reps:
        set.targetReps = normal->toInt();
        break;
    case SetField::Rir:
        set.targetRir = normal->toInt();
        break;
    case SetField::Rpe:
        set.targetRpe = normal->toDouble();
        break;
    case SetField::Tempo:
        set.targetTempo = normal->toString();
        break;
    case SetField::RestSeconds:
        set.targetRestS = normal->toInt();
        break;
    case SetField::Notes:
        set.notes = normal->toString();
        break;
    case SetField::IsWarmup:
    case SetField::ToFailure:
        break;
    }
    return std::nullopt;
}

// "3x5 @ 100kg RPE 8 tempo 3-1-X-0 rest 3:00": `count` sets alike.
std::optional<Refusal> parseGroup(LineScanner &in, int &count, PlannedSet &set)
{
    in.skipSpaces();
    const qsizetype countAt = in.pos();
    const QString countText = in.digits();
    if (countText.isEmpty())
        return in.refuse(Tr::tr("expected a number of sets, e.g. 3x5 or 3 sets"));
    count = countText.toInt();
    if (count < 1 || count > 100)
        return in.refuseAt(countAt, Tr::tr("the number of sets must be from 1 to 100"));
    if (in.peek() == u'x' || in.peek() == u'X' || in.peek() == QChar(0xd7)) {
        in.advance();
        const qsizetype repsAt = in.pos();
        const QString reps = in.digits();
        if (reps.isEmpty())
            return in.refuse(Tr::tr("expected a number of reps after 'x', e.g. 3x5"));
        if (auto r = setValue(in, repsAt, SetField::Reps, reps.toInt(), set))
            return r;
    } else {
        in.skipSpaces();
        const QString sets = in.word();
        if (sets != QLatin1String("sets") && sets != QLatin1String("set"))
            return in.refuse(Tr::tr("expected 'x' and a number of reps, or 'sets'"));
    }
    while (true) {
        in.skipSpaces();
        if (in.atEnd() || in.peek() == u';')
            return std::nullopt;
        const qsizetype at = in.pos();
        if (in.peek() == u'@') {
            in.advance();
            in.skipSpaces();
            const qsizetype numberAt = in.pos();
            const QString number = in.number();
            bool ok = false;
            const double amount = number.toDouble(&ok);
            if (!ok)
                return in.refuse(Tr::tr("expected a load after '@', e.g. @ 100kg or @ 225lb"));
            in.skipSpaces();
            const qsizetype unitAt = in.pos();
            const QString unit = in.word();
            double kg = amount;
            if (unit == QLatin1String("lb") || unit == QLatin1String("lbs"))
                kg = amount * kgPerLb;
            else if (unit != QLatin1String("kg"))
                return in.refuseAt(unitAt, Tr::tr("expected the unit of the load: kg or lb"));
            if (auto r =
                    setValue(in, numberAt, SetField::WeightKg, std::round(kg * 100) / 100, set))
                return r;
            continue;
        }
        if (in.peek() == u'"') {
            in.advance();
            QString note;
            bool closed = false;
            while (!in.atEnd()) {
                const QChar c = in.peek();
                in.advance();
                if (c == u'"') {
                    closed = true;
                    break;
                }
                if (c == u'\\' && !in.atEnd()) {
                    const QChar escaped = in.peek();
                    in.advance();
                    note += escaped == u'n' ? QChar(u'\n') : escaped;
                    continue;
                }
                note += c;
            }
            if (!closed)
                return in.refuse(Tr::tr("expected the closing '\"' of the note"));
            if (auto r = setValue(in, at, SetField::Notes, note, set))
                return r;
            continue;
        }
        const QString keyword = in.word();
        const auto valueAfter = [&](SetField field, bool numeric) -> std::optional<Refusal> {
            in.skipSpaces();
            const qsizetype valueAt = in.pos();
            const QString text = numeric ? in.number() : in.token();
            if (text.isEmpty())
                return in.refuse(Tr::tr("expected a value after '%1'").arg(keyword));
            return setValue(in, valueAt, field, text, set);
        };
        if (keyword == QLatin1String("rir")) {
            if (auto r = valueAfter(SetField::Rir, true))
                return r;
        } else if (keyword == QLatin1String("rpe")) {
            if (auto r = valueAfter(SetField::Rpe, true))
                return r;
        } else if (keyword == QLatin1String("tempo")) {
            if (auto r = valueAfter(SetField::Tempo, false))
                return r;
        } else if (keyword == QLatin1String("rest")) {
            if (auto r = valueAfter(SetField::RestSeconds, false))
                return r;
        } else if (keyword == QLatin1String("warm-up") || keyword == QLatin1String("warmup")) {
            set.isWarmup = true;
        } else if (keyword == QLatin1String("to")) {
            in.skipSpaces();
            if (in.word() != QLatin1String("failure"))
                return in.refuse(Tr::tr("expected 'failure' after 'to'"));
            set.toFailure = true;
        } else if (keyword == QLatin1String("failure")) {
            set.toFailure = true;
        } else {
            return in.refuseAt(at, expectedAttribute());
        }
    }
}

// Where " -- " starts outside a quoted note, or -1.
qsizetype notesSeparator(const QString &line, qsizetype from)
{
    bool quoted = false;
    for (qsizetype i = from; i < line.size(); ++i) {
        if (line.at(i) == u'\\' && quoted) {
            ++i;
            continue;
        }
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (!quoted && line.mid(i, 3) == QLatin1String(" --")
                 && (i + 3 == line.size() || line.at(i + 3) == u' '))
            return i;
    }
    return -1;
}

std::optional<Refusal> parseExerciseLine(const QString &line, int lineNumber,
                                         const ExerciseNames &exercises, RoutineSlot &slot)
{
    const qsizetype colon = line.indexOf(u':');
    const qsizetype dashes = notesSeparator(line, colon < 0 ? 0 : colon);
    const qsizetype nameEnd = colon >= 0 && (dashes < 0 || colon < dashes) ? colon
        : dashes >= 0                                                      ? dashes
                                                                           : line.size();
    const QString name = line.left(nameEnd).trimmed();
    if (name.isEmpty())
        return Refusal { lineNumber, 1, Tr::tr("expected an exercise name") };
    QString suggestion;
    const Id exercise = exercises.resolve(name, &suggestion);
    if (exercise == 0) {
        const QString message = suggestion.isEmpty()
            ? Tr::tr("expected an exercise of the catalog (a name or an alias), not \"%1\"")
                  .arg(name)
            : Tr::tr("expected an exercise of the catalog (a name or an alias), not \"%1\"; "
                     "did you mean \"%2\"?")
                  .arg(name, suggestion);
        return Refusal { lineNumber, int(line.indexOf(name)) + 1, message };
    }
    slot.row.exerciseId = exercise;
    slot.exerciseName = exercises.nameOf(exercise);
    if (dashes >= 0) {
        const QString notes = line.mid(dashes + 3).trimmed();
        if (!notes.isEmpty())
            slot.row.notes = notes;
    }
    if (nameEnd != colon)
        return std::nullopt; // an exercise without planned sets
    const QString groups = line.mid(colon + 1, (dashes < 0 ? line.size() : dashes) - colon - 1);
    LineScanner in(groups, lineNumber, int(colon) + 1);
    in.skipSpaces();
    if (in.atEnd())
        return in.refuse(Tr::tr("expected sets after ':', e.g. 3x5 @ 100kg"));
    while (true) {
        int count = 0;
        PlannedSet set;
        if (auto r = parseGroup(in, count, set))
            return r;
        for (int i = 0; i < count; ++i) {
            set.setIndex = int(slot.sets.size()) + 1;
            slot.sets.append(set);
        }
        if (in.atEnd())
            return std::nullopt;
        in.advance(); // ';'
    }
}

// "## Day 3: Upper B", "## Day 2: Rest", "## Day 4: Deload (rest)".
std::optional<Refusal> parseDayHeader(const QString &line, int lineNumber, int expectedIndex,
                                      RoutineDay &day)
{
    LineScanner in(line, lineNumber, 0);
    in.advance();
    in.advance();
    in.skipSpaces();
    const qsizetype dayAt = in.pos();
    if (in.word() != QLatin1String("day"))
        return in.refuseAt(dayAt, Tr::tr("expected \"Day %1\"").arg(expectedIndex));
    in.skipSpaces();
    const qsizetype numberAt = in.pos();
    const QString number = in.digits();
    if (number.toInt() != expectedIndex)
        return in.refuseAt(numberAt,
                           Tr::tr("expected day number %1 (days are numbered 1, 2, 3, "
                                  "... in order)")
                               .arg(expectedIndex));
    day.dayIndex = expectedIndex;
    in.skipSpaces();
    if (in.atEnd())
        return std::nullopt;
    if (in.peek() != u':')
        return in.refuse(Tr::tr("expected ':' and the day's title, or the end of the line"));
    in.advance();
    QString title = in.text().mid(in.pos()).trimmed();
    static const QString restSuffix = QStringLiteral("(rest)");
    if (title.compare(QLatin1String("rest"), Qt::CaseInsensitive) == 0) {
        day.isRest = true;
        return std::nullopt;
    }
    if (title.endsWith(restSuffix, Qt::CaseInsensitive)) {
        day.isRest = true;
        title = title.chopped(restSuffix.size()).trimmed();
    }
    if (title.size() > 100)
        return in.refuse(Tr::tr("the day's title is longer than 100 characters"));
    if (!title.isEmpty())
        day.title = title;
    return std::nullopt;
}

void appendNoteLines(QString &text, const QString &notes)
{
    for (const QString &line : notes.split(u'\n'))
        text += line.isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> ") + line + u'\n';
}

void appendNote(std::optional<QString> &notes, const QString &line)
{
    notes = notes ? *notes + u'\n' + line : line;
}

bool alike(const PlannedSet &a, const PlannedSet &b)
{
    return a.isWarmup == b.isWarmup && a.toFailure == b.toFailure
        && a.targetWeightKg == b.targetWeightKg && a.targetReps == b.targetReps
        && a.targetRir == b.targetRir && a.targetRpe == b.targetRpe
        && a.targetTempo == b.targetTempo && a.targetRestS == b.targetRestS && a.notes == b.notes;
}

QString groupText(const PlannedSet &set, qsizetype count)
{
    QStringList parts;
    parts.append(set.targetReps ? QStringLiteral("%1x%2").arg(count).arg(*set.targetReps)
                                : QStringLiteral("%1 %2").arg(count).arg(
                                    count == 1 ? QStringLiteral("set") : QStringLiteral("sets")));
    if (set.targetWeightKg)
        parts.append(QStringLiteral("@ %1kg").arg(formatNumber(*set.targetWeightKg)));
    if (set.isWarmup)
        parts.append(QStringLiteral("warm-up"));
    if (set.toFailure)
        parts.append(QStringLiteral("to failure"));
    if (set.targetRir)
        parts.append(QStringLiteral("RIR %1").arg(*set.targetRir));
    if (set.targetRpe)
        parts.append(QStringLiteral("RPE %1").arg(formatNumber(*set.targetRpe)));
    if (set.targetTempo)
        parts.append(QStringLiteral("tempo ") + *set.targetTempo);
    if (set.targetRestS)
        parts.append(QStringLiteral("rest ") + formatRest(*set.targetRestS));
    if (set.notes && !set.notes->isEmpty()) {
        QString escaped = *set.notes;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"));
        parts.append(u'"' + escaped + u'"');
    }
    return parts.join(u' ');
}

} // namespace

// ---- ExerciseNames -----------------------------------------------------------------------------

Result<ExerciseNames> ExerciseNames::load(Database &db)
{
    QHash<Id, QStringList> aliases;
    auto a = db.exec(QStringLiteral("SELECT exercise_id, alias FROM exercise_aliases ORDER BY id"));
    if (!a)
        return a.error();
    while (a->next())
        aliases[a->value(0).toLongLong()].append(a->value(1).toString());
    a->finish();
    auto q = db.exec(QStringLiteral("SELECT id, name, is_active FROM exercises ORDER BY id"));
    if (!q)
        return q.error();
    ExerciseNames names;
    while (q->next()) {
        const Id id = q->value(0).toLongLong();
        names.add(id, q->value(1).toString(), aliases.value(id),
                  db.dialect().readBool(q->value(2)));
    }
    return names;
}

void ExerciseNames::add(Id id, const QString &name, const QStringList &aliases, bool active)
{
    m_names.insert(id, name);
    QList<Id> &same = m_byName[name.toCaseFolded()];
    // An active exercise wins over a deactivated one of the same name.
    if (active)
        same.prepend(id);
    else
        same.append(id);
    for (const QString &alias : aliases)
        m_byAlias[alias.toCaseFolded()].append(id);
    m_entries.append({ id, name, aliases });
    m_index.reset();
}

Id ExerciseNames::resolve(const QString &name, QString *suggestion) const
{
    const QString folded = name.trimmed().toCaseFolded();
    if (const auto it = m_byName.constFind(folded); it != m_byName.cend())
        return it->first();
    if (const auto it = m_byAlias.constFind(folded); it != m_byAlias.cend())
        return it->first();
    if (!m_index)
        m_index = std::make_shared<ExerciseSearchIndex>(m_entries);
    const QList<ExerciseSearchIndex::Match> matches = m_index->search(name);
    if (matches.isEmpty())
        return 0;
    const auto kind = matches.first().kind;
    if (kind == ExerciseSearchIndex::MatchKind::NameExact
        || kind == ExerciseSearchIndex::MatchKind::AliasExact)
        return matches.first().id;
    if (suggestion)
        *suggestion = m_names.value(matches.first().id);
    return 0;
}

// ---- Reading and writing -----------------------------------------------------------------------

Result<RoutineTree> parseRoutineText(const QString &text, const ExerciseNames &exercises,
                                     TextPosition *where)
{
    RoutineTree tree;
    bool haveTitle = false;
    enum class NotesOf { Routine, Day, Slot } notesOf = NotesOf::Routine;
    const QStringList lines = text.split(u'\n');
    const auto refused = [&](const Refusal &r) -> Result<RoutineTree> {
        if (where)
            *where = { r.line, r.column };
        return toError(r);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QString line = lines.at(i);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!haveTitle) {
            if (!line.startsWith(QLatin1String("# ")) || line.mid(2).trimmed().isEmpty())
                return refused(
                    { lineNumber, 1, Tr::tr("expected the routine's name as \"# Name\"") });
            const QString name = line.mid(2).trimmed();
            if (name.size() > 120)
                return refused(
                    { lineNumber, 3, Tr::tr("the routine's name is longer than 120 characters") });
            tree.routine.name = name;
            haveTitle = true;
            continue;
        }
        if (line.startsWith(u'>')) {
            const QString note = line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1);
            if (notesOf == NotesOf::Routine)
                appendNote(tree.routine.description, note);
            else if (notesOf == NotesOf::Day)
                appendNote(tree.days.last().row.notes, note);
            else
                appendNote(tree.days.last().exerciseSlots.last().row.notes, note);
            continue;
        }
        if (line.startsWith(QLatin1String("##"))) {
            RoutineTreeDay day;
            if (auto r = parseDayHeader(line, lineNumber, int(tree.days.size()) + 1, day.row))
                return refused(*r);
            tree.days.append(day);
            notesOf = NotesOf::Day;
            continue;
        }
        if (line.startsWith(u'#'))
            return refused({ lineNumber, 1,
                             Tr::tr("expected \"## Day %1\": a routine has one \"# Name\" line")
                                 .arg(tree.days.size() + 1) });
        if (tree.days.isEmpty())
            return refused(
                { lineNumber, 1, Tr::tr("expected \"## Day 1\" before the first exercise") });
        RoutineTreeDay &day = tree.days.last();
        if (day.row.isRest)
            return refused(
                { lineNumber, 1,
                  Tr::tr("expected no exercises on a rest day (Day %1)").arg(day.row.dayIndex) });
        RoutineSlot slot;
        slot.row.position = int(day.exerciseSlots.size()) + 1;
        if (auto r = parseExerciseLine(line, lineNumber, exercises, slot))
            return refused(*r);
        day.exerciseSlots.append(slot);
        notesOf = NotesOf::Slot;
    }
    if (!haveTitle)
        return refused({ int(lines.size()), 1,
                         Tr::tr("expected the routine's name as \"# Name\"; the text is empty") });
    return tree;
}

QString formatRoutineText(const RoutineTree &tree)
{
    QString text = QStringLiteral("# ") + tree.routine.name + u'\n';
    if (tree.routine.description && !tree.routine.description->isEmpty())
        appendNoteLines(text, *tree.routine.description);
    for (const RoutineTreeDay &day : tree.days) {
        text += QStringLiteral("\n## Day %1").arg(day.row.dayIndex);
        const QString title = day.row.title.value_or(QString());
        if (day.row.isRest)
            text += title.isEmpty() ? QStringLiteral(": Rest")
                                    : QStringLiteral(": ") + title + QStringLiteral(" (rest)");
        else if (!title.isEmpty())
            text += QStringLiteral(": ") + title;
        text += u'\n';
        if (day.row.notes && !day.row.notes->isEmpty())
            appendNoteLines(text, *day.row.notes);
        for (const RoutineSlot &slot : day.exerciseSlots) {
            text += slot.exerciseName;
            QStringList groups;
            for (qsizetype i = 0; i < slot.sets.size();) {
                qsizetype n = 1;
                while (i + n < slot.sets.size() && alike(slot.sets.at(i), slot.sets.at(i + n)))
                    ++n;
                groups.append(groupText(slot.sets.at(i), n));
                i += n;
            }
            if (!groups.isEmpty())
                text += QStringLiteral(": ") + groups.join(QStringLiteral("; "));
            const QString notes = slot.row.notes.value_or(QString());
            const bool oneLine = !notes.contains(u'\n');
            if (!notes.isEmpty() && oneLine)
                text += QStringLiteral(" -- ") + notes;
            text += u'\n';
            if (!notes.isEmpty() && !oneLine)
                appendNoteLines(text, notes);
        }
    }
    return text;
}

Result<Id> insertRoutineTree(Database &db, Id subjectId, const RoutineTree &tree)
{
    Id routineId = 0;
    const Status done = db.transaction([&]() -> Status {
        auto created = createRoutine(db, subjectId, tree.routine.name);
        if (!created)
            return created.error();
        routineId = *created;
        if (tree.routine.description) {
            if (Status s = setRoutineDescription(db, routineId, *tree.routine.description); !s)
                return s;
        }
        Repository<RoutineDay> days(db);
        Repository<RoutineDayExercise> slotRows(db);
        Repository<PlannedSet> sets(db);
        for (qsizetype d = 0; d < tree.days.size(); ++d) {
            RoutineDay day = tree.days.at(d).row;
            day.id = 0;
            day.routineId = routineId;
            day.dayIndex = int(d) + 1;
            auto storedDay = days.create(day);
            if (!storedDay)
                return storedDay.error();
            const auto &daySlots = tree.days.at(d).exerciseSlots;
            for (qsizetype x = 0; x < daySlots.size(); ++x) {
                RoutineDayExercise slot = daySlots.at(x).row;
                slot.id = 0;
                slot.routineDayId = storedDay->id;
                slot.position = int(x) + 1;
                auto storedSlot = slotRows.create(slot);
                if (!storedSlot)
                    return storedSlot.error();
                for (qsizetype p = 0; p < daySlots.at(x).sets.size(); ++p) {
                    PlannedSet set = daySlots.at(x).sets.at(p);
                    if (Status s = validatePlannedSet(set); !s)
                        return s;
                    set.id = 0;
                    set.routineDayExerciseId = storedSlot->id;
                    set.setIndex = int(p) + 1;
                    if (auto stored = sets.create(set); !stored)
                        return stored.error();
                }
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return routineId;
}

Result<Id> importRoutineText(Database &db, Id subjectId, const QString &text, TextPosition *where)
{
    auto exercises = ExerciseNames::load(db);
    if (!exercises)
        return exercises.error();
    auto tree = parseRoutineText(text, *exercises, where);
    if (!tree)
        return tree.error();
    return insertRoutineTree(db, subjectId, *tree);
}

} // namespace ft::core::plan
