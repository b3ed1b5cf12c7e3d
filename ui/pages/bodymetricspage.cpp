#include "bodymetricspage.h"

#include "commands/commands.h"
#include "formhelpers.h"
#include "models/bodymetricsmodel.h"
#include "session.h"
#include "widgets/profilefields.h"

#include "core/log/traininglog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

namespace {

const QString bodyFatField = QStringLiteral("subject_body_metrics.bodyfat_pct");
const QString restingHrField = QStringLiteral("subject_body_metrics.resting_hr");
const QString weightField = QStringLiteral("subject_body_metrics.weight_kg");

// An optional number typed in the locale's notation: empty is none; anything else that is not a
// number is refused naming the field.
core::Result<std::optional<double>> optionalNumber(const QString &text, const QString &field,
                                                   bool integer)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = integer ? QLocale().toInt(trimmed, &ok) : QLocale().toDouble(trimmed, &ok);
    if (!ok)
        return core::Error::invalid(field, trimmed,
                                    integer ? BodyMetricsPage::tr("must be a whole number")
                                            : BodyMetricsPage::tr("must be a number"));
    return std::optional<double>(value);
}

} // namespace

BodyMetricsPage::BodyMetricsPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new BodyMetricsModel(session, this))
{
    setObjectName(QStringLiteral("bodyMetricsPage"));
    m_table = rowTable(m_model, QStringLiteral("bodyMetricsTable"), tr("Body metrics"), this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);

    QWidget *entry = createEntryForm();
    QWidget *profile = createProfileForm();
    auto *side = new QVBoxLayout;
    side->addWidget(entry);
    side->addWidget(profile);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(side);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEntry(current.row());
                updateState();
            });
    // The current row changes before the click selects it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BodyMetricsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BodyMetricsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BodyMetricsPage::updateState);
    connect(&session, &Session::preferencesChanged, this, [this] {
        m_weightUnit->setText(Page::session().weightFormat().unitSuffix());
        const int row = m_model->rowOn(m_date->date());
        if (row >= 0)
            showEntry(row);
    });

    setTabOrder(m_table, m_date);
    setTabOrder(m_date, m_weight);
    setTabOrder(m_weight, m_bodyFat);
    setTabOrder(m_bodyFat, m_restingHr);
    setTabOrder(m_restingHr, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_delete);
    QWidget *previous = m_delete;
    for (QWidget *field : m_profile->fields()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_saveProfile);
    loadAthlete();
}

QWidget *BodyMetricsPage::createEntryForm()
{
    auto *box = new QGroupBox(tr("Entry"), this);
    box->setObjectName(QStringLiteral("entryForm"));
    m_date = new QDateEdit(QDate::currentDate(), box);
    m_date->setObjectName(QStringLiteral("measuredOnEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_weight = new QLineEdit(box);
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    m_weightUnit = new QLabel(session().weightFormat().unitSuffix(), box);
    m_bodyFat = new QLineEdit(box);
    m_bodyFat->setObjectName(QStringLiteral("bodyFatEdit"));
    m_bodyFat->setPlaceholderText(tr("%"));
    m_restingHr = new QLineEdit(box);
    m_restingHr->setObjectName(QStringLiteral("restingHrEdit"));
    m_restingHr->setPlaceholderText(tr("bpm"));
    m_notes = new QLineEdit(box);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_save = new QPushButton(tr("&Save Entry"), box);
    m_save->setObjectName(QStringLiteral("saveEntryButton"));
    m_save->setAccessibleName(tr("Save entry"));
    m_save->setDefault(true);
    m_delete = new QPushButton(tr("De&lete Entry"), box);
    m_delete->setObjectName(QStringLiteral("deleteEntryButton"));
    m_delete->setAccessibleName(tr("Delete entry"));
    m_entryError = errorLabel(QStringLiteral("entryError"), box);

    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_weight);
    weightRow->addWidget(m_weightUnit);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Da&y:"), m_date, box), m_date);
    form->addRow(buddyLabel(tr("&Weight:"), m_weight, box), weightRow);
    form->addRow(buddyLabel(tr("Body &fat (%):"), m_bodyFat, box), m_bodyFat);
    form->addRow(buddyLabel(tr("&Resting HR (bpm):"), m_restingHr, box), m_restingHr);
    form->addRow(buddyLabel(tr("&Notes:"), m_notes, box), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *column = new QVBoxLayout(box);
    column->addLayout(form);
    column->addWidget(m_entryError);
    column->addLayout(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &BodyMetricsPage::dateChosen);
    connect(m_save, &QPushButton::clicked, this, &BodyMetricsPage::saveEntry);
    connect(m_delete, &QPushButton::clicked, this, &BodyMetricsPage::deleteEntry);
    for (QLineEdit *edit : { m_weight, m_bodyFat, m_restingHr, m_notes })
        connect(edit, &QLineEdit::returnPressed, this, &BodyMetricsPage::saveEntry);
    return box;
}

QWidget *BodyMetricsPage::createProfileForm()
{
    auto *box = new QGroupBox(tr("Profile"), this);
    box->setObjectName(QStringLiteral("profileForm"));
    m_profile = new ProfileFields(box);
    m_saveProfile = new QPushButton(tr("Save &Profile"), box);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setAccessibleName(tr("Save profile"));
    m_profileError = errorLabel(QStringLiteral("profileError"), box);
    auto *form = new QFormLayout;
    m_profile->addRowsTo(form, box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveProfile);
    auto *column = new QVBoxLayout(box);
    column->addLayout(form);
    column->addWidget(m_profileError);
    column->addLayout(buttons);
    connect(m_saveProfile, &QPushButton::clicked, this, &BodyMetricsPage::saveProfile);
    return box;
}

QWidget *BodyMetricsPage::searchField() const
{
    return m_table;
}

void BodyMetricsPage::databaseChanged()
{
    loadAthlete();
}

void BodyMetricsPage::currentAthleteChanged()
{
    loadAthlete();
}

void BodyMetricsPage::refresh()
{
    m_model->reload();
}

void BodyMetricsPage::loadAthlete()
{
    const auto &athlete = session().currentAthlete();
    const core::Id subjectId = athlete && db() ? athlete->subject.id : 0;
    if (subjectId != m_model->athleteId()) {
        m_model->setAthlete(subjectId);
        showError(m_entryError, {});
        dateChosen();
    }
    // Also after an edit or an undo of the profile.
    m_profile->setProfile(athlete ? athlete->profile : std::nullopt);
    showError(m_profileError, {});
    updateState();
}

void BodyMetricsPage::showEntry(int row)
{
    const core::SubjectBodyMetrics *e = m_model->entryAt(row);
    if (!e)
        return;
    const QLocale locale;
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(e->measuredOn);
    }
    m_weight->setText(e->weightKg ? session().weightFormat().format(*e->weightKg, false)
                                  : QString());
    m_bodyFat->setText(e->bodyfatPct ? locale.toString(*e->bodyfatPct, 'f', 1) : QString());
    m_restingHr->setText(e->restingHr ? locale.toString(*e->restingHr) : QString());
    m_notes->setText(e->notes.value_or(QString()));
    showError(m_entryError, {});
}

// Another day in the date field: that day's entry, or an empty form for a new one.
void BodyMetricsPage::dateChosen()
{
    const int row = m_model->rowOn(m_date->date());
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        showEntry(row);
    } else {
        m_table->clearSelection();
        for (QLineEdit *edit : { m_weight, m_bodyFat, m_restingHr, m_notes })
            edit->clear();
    }
    updateState();
}

void BodyMetricsPage::updateState()
{
    const bool athlete = m_model->athleteId() != 0;
    QList<QWidget *> inputs = m_profile->fields();
    inputs << m_date << m_weight << m_bodyFat << m_restingHr << m_notes << m_save << m_saveProfile;
    for (QWidget *w : inputs)
        w->setEnabled(athlete);
    const QModelIndex current = m_table->currentIndex();
    m_delete->setEnabled(athlete && current.isValid()
                         && m_table->selectionModel()->isRowSelected(current.row(), {}));
}

void BodyMetricsPage::refuseEntry(const core::Error &error)
{
    showError(m_entryError, error.message);
    const QHash<QString, QWidget *> fields = {
        { weightField, m_weight },
        { bodyFatField, m_bodyFat },
        { restingHrField, m_restingHr },
        { QStringLiteral("subject_body_metrics.measured_on"), m_date },
        { QStringLiteral("subject_body_metrics.notes"), m_notes },
    };
    if (QWidget *w = fields.value(error.field))
        w->setFocus();
}

bool BodyMetricsPage::saveEntry()
{
    const core::Id subjectId = m_model->athleteId();
    if (!subjectId || !db())
        return false;
    core::SubjectBodyMetrics row;
    const int existing = m_model->rowOn(m_date->date());
    if (existing >= 0)
        row = *m_model->entryAt(existing);
    row.subjectId = subjectId;
    row.measuredOn = m_date->date();
    row.weightKg.reset();
    if (!m_weight->text().trimmed().isEmpty()) {
        auto kg = session().weightFormat().parseKg(m_weight->text(), weightField);
        if (!kg) {
            refuseEntry(kg.error());
            return false;
        }
        row.weightKg = *kg;
    }
    auto fat = optionalNumber(m_bodyFat->text(), bodyFatField, false);
    if (!fat) {
        refuseEntry(fat.error());
        return false;
    }
    row.bodyfatPct = *fat;
    auto hr = optionalNumber(m_restingHr->text(), restingHrField, true);
    if (!hr) {
        refuseEntry(hr.error());
        return false;
    }
    row.restingHr = *hr ? std::optional<int>(int(**hr)) : std::nullopt;
    const QString notes = m_notes->text().trimmed();
    row.notes = notes.isEmpty() ? std::nullopt : std::optional<QString>(notes);

    const QString day = QLocale().toString(row.measuredOn, QLocale::ShortFormat);
    const core::Status status = commands::editBodyMetricsOf(
        session(), row.id ? tr("Edit Body Metrics of %1").arg(day) : tr("Add Body Metrics"),
        subjectId, [&row](core::Database &d) -> core::Status {
            auto saved = core::log::saveBodyMetrics(d, row);
            if (!saved)
                return saved.error();
            row = *saved;
            return {};
        });
    if (!status) {
        refuseEntry(status.error());
        return false;
    }
    showError(m_entryError, {});
    if (const int at = m_model->rowOn(row.measuredOn); at >= 0)
        m_table->setCurrentIndex(m_model->index(at, 0));
    emit statusMessage(tr("Saved the body metrics of %1.").arg(day));
    return true;
}

bool BodyMetricsPage::deleteEntry()
{
    const QModelIndex current = m_table->currentIndex();
    const core::SubjectBodyMetrics *e =
        current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    if (!e || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return false;
    const core::Id id = e->id;
    const QString day = QLocale().toString(e->measuredOn, QLocale::ShortFormat);
    const core::Status status = commands::editBodyMetricsOf(
        session(), tr("Delete Body Metrics of %1").arg(day), e->subjectId,
        [id](core::Database &d) { return core::log::deleteBodyMetrics(d, id); });
    if (!status) {
        refuseEntry(status.error());
        return false;
    }
    dateChosen();
    emit statusMessage(tr("Deleted the body metrics of %1.").arg(day));
    return true;
}

bool BodyMetricsPage::saveProfile()
{
    const auto &current = session().currentAthlete();
    if (!current || !db())
        return false;
    core::Athlete athlete = *current;
    athlete.profile = m_profile->profile(athlete.profile.value_or(core::SubjectProfile()));
    auto saved = commands::saveAthlete(session(), athlete);
    if (!saved) {
        showError(m_profileError, saved.error().message);
        if (QWidget *w = m_profile->fieldFor(saved.error().field))
            w->setFocus();
        return false;
    }
    showError(m_profileError, {});
    emit statusMessage(tr("Saved the profile of %1.").arg(saved->displayName()));
    return true;
}

QString BodyMetricsPage::entryError() const
{
    return m_entryError->isHidden() ? QString() : m_entryError->text();
}

QString BodyMetricsPage::profileError() const
{
    return m_profileError->isHidden() ? QString() : m_profileError->text();
}

} // namespace ft::ui
