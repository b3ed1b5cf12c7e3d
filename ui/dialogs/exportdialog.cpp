#include "exportdialog.h"
#include "formhelpers.h"
#include "messagebox.h"

#include <QButtonGroup>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ft::ui {

ExportDialog::ExportDialog(core::Database &db, const std::optional<core::Athlete> &athlete,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_athlete(athlete)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_athleteScope = new QRadioButton(
        athlete ? tr("The &athlete %1").arg(athlete->displayName()) : tr("The &athlete"), this);
    m_athleteScope->setObjectName(QStringLiteral("exportAthleteScope"));
    m_athleteScope->setEnabled(athlete.has_value());
    m_databaseScope =
        new QRadioButton(tr("The &whole database (every athlete, the catalog)"), this);
    m_databaseScope->setObjectName(QStringLiteral("exportDatabaseScope"));
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_athleteScope);
    scopes->addButton(m_databaseScope);
    (athlete ? m_athleteScope : m_databaseScope)->setChecked(true);

    m_json = new QRadioButton(tr("&JSON: everything, can be imported again"), this);
    m_json->setObjectName(QStringLiteral("exportJson"));
    m_csv = new QRadioButton(tr("&CSV: one line per logged set, for a spreadsheet"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_json);
    formats->addButton(m_csv);
    m_json->setChecked(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_file->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_athleteScope);
    scopeBox->addWidget(m_databaseScope);
    auto *formatBox = new QVBoxLayout;
    formatBox->addWidget(m_json);
    formatBox->addWidget(m_csv);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scopeBox);
    form->addRow(tr("As:"), formatBox);
    form->addRow(buddyLabel(tr("&File:"), m_file, this), fileRow);

    m_error = errorLabel(QStringLiteral("exportError"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    // Once per change (a group toggles one button off and another on).
    for (QButtonGroup *group : { scopes, formats })
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                suggestFileName();
        });
    suggestFileName();
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Athlete && m_athlete ? m_athleteScope : m_databaseScope)->setChecked(true);
}

void ExportDialog::setFormat(Format format)
{
    (format == Format::Json ? m_json : m_csv)->setChecked(true);
}

void ExportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_athleteScope->isChecked() ? Scope::Athlete : Scope::Database;
}

ExportDialog::Format ExportDialog::format() const
{
    return m_json->isChecked() ? Format::Json : Format::Csv;
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

// "fitnesstrack-alex-2026-11-25.json" in the documents folder, or beside the file named so far.
void ExportDialog::suggestFileName()
{
    const QString folder =
        filePath().isEmpty() ? documentsFolder() : QFileInfo(filePath()).absolutePath();
    QString name = QStringLiteral("fitnesstrack");
    if (scope() == Scope::Athlete && m_athlete)
        name += QLatin1Char('-') + m_athlete->user.username;
    name += QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate)
        + (format() == Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv"));
    m_file->setText(QDir(folder).filePath(name));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), filePath(),
                                                      format() == Format::Json ? tr("JSON (*.json)")
                                                                               : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    setFilePath(path);
    m_confirmedPath = path; // the file dialog asked before choosing an existing file
}

void ExportDialog::accept()
{
    showError(m_error, {});
    const QString path = filePath();
    if (path.isEmpty()) {
        showError(m_error, tr("File: name the file to write."));
        return;
    }
    if (QFileInfo::exists(path) && path != m_confirmedPath
        && MessageBox::question(this, tr("Export"), tr("%1 exists already. Replace it?").arg(path),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    const std::optional<core::Id> subject = scope() == Scope::Athlete && m_athlete
        ? std::optional<core::Id>(m_athlete->subject.id)
        : std::nullopt;
    auto written = waitingFor([&] {
        return format() == Format::Json ? core::exportJsonFile(m_db, path, subject, true)
                                        : core::exportSetsCsvFile(m_db, path, subject, true);
    });
    if (!written) {
        showError(m_error, written.error().message);
        return;
    }
    m_summary = std::move(*written);
    QDialog::accept();
}

} // namespace ft::ui
