#include "core/log/sessionrows.h"
#include "core/log/traininglog.h"

#include "core/db/repository.h"

#include <QCoreApplication>

namespace ft::core::log {

using detail::s;
using detail::Tr;

Result<QList<SubjectBodyMetrics>> listBodyMetrics(Database &db, Id subjectId)
{
    return Repository<SubjectBodyMetrics>(db).list(
        Filter().where(s("subject_id"), subjectId).order(s("measured_on"), true));
}

Result<SubjectBodyMetrics> saveBodyMetrics(Database &db, SubjectBodyMetrics row)
{
    Repository<SubjectBodyMetrics> metrics(db);
    if (row.notes) {
        row.notes = row.notes->trimmed();
        if (row.notes->isEmpty())
            row.notes.reset();
    }
    if (row.measuredOn.isValid()) {
        // The day's entry of someone else than this row: name the rule and the day.
        auto same = metrics.list(Filter()
                                     .where(s("subject_id"), row.subjectId)
                                     .where(s("measured_on"), row.measuredOn)
                                     .where(s("id"), Filter::Op::NotEqual, row.id));
        if (!same)
            return same.error();
        if (!same->isEmpty()) {
            Error e;
            e.kind = Error::Kind::Unique;
            e.field = s("subject_body_metrics.measured_on");
            e.value = row.measuredOn.toString(Qt::ISODate);
            e.rule = s("uq_sbm_subject_day");
            e.message = Tr::tr("There is already a body metrics entry on %1: one entry per athlete "
                               "and day (uq_sbm_subject_day).")
                            .arg(e.value);
            return e;
        }
    }
    return row.id == 0 ? metrics.create(row) : metrics.update(row);
}

Status deleteBodyMetrics(Database &db, Id id)
{
    return Repository<SubjectBodyMetrics>(db).remove(id);
}

} // namespace ft::core::log
