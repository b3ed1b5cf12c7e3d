#include "importworkoutsdialog.h"
#include "commands/commands.h"
#include "formhelpers.h"
#include "messagebox.h"
#include "session.h"

#include "delegates/exercisechoicedelegate.h"
#include "models/importissuesmodel.h"
#include "models/importmappingmodel.h"
#include "models/importworkoutsmodel.h"

#include "core/catalog/catalogstore.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace ft::ui {

namespace import = core::import;

namespace {

// A wizard page whose checks the dialog supplies.
class StepPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> validate;
    std::function<bool()> complete;
    std::function<void()> enter;

    bool validatePage() override { return validate ? validate() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void completeChangedNow() { emit completeChanged(); }
};

// A sortable table over `model` (header clicks sort; until then the model's order).
QTableView *sortableTable(QAbstractItemModel *model, const QString &objectName,
                          const QString &accessibleName, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    auto *view = rowTable(proxy, objectName, accessibleName, parent);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    return view;
}

} // namespace

ImportWorkoutsDialog::ImportWorkoutsDialog(Session &session, const QList<core::Athlete> &athletes,
                                           core::Id currentSubjectId, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_db(*session.database())
    , m_mapping(new ImportMappingModel(this))
    , m_issues(new ImportIssuesModel(this))
    , m_workouts(new ImportWorkoutsModel(this))
{
    setObjectName(QStringLiteral("importWorkoutsDialog"));
    setWindowTitle(tr("Import Workouts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    resize(860, 600);

    for (const core::Athlete &a : athletes)
        m_athlete->addItem(a.displayName(), qlonglong(a.subject.id));
    m_athlete->setCurrentIndex(std::max(0, m_athlete->findData(qlonglong(currentSubjectId))));

    // Every exercise the user may map a name to: active ones first, by name.
    auto exercises = core::loadExercises(m_db);
    QHash<core::Id, QString> names;
    QList<std::pair<core::Id, QString>> choices;
    if (exercises) {
        std::stable_sort(exercises->begin(), exercises->end(), [](const auto &a, const auto &b) {
            if (a.exercise.isActive != b.exercise.isActive)
                return a.exercise.isActive;
            return QString::localeAwareCompare(a.exercise.name, b.exercise.name) < 0;
        });
        for (const auto &e : std::as_const(*exercises)) {
            const QString label =
                e.exercise.isActive ? e.exercise.name : tr("%1 (inactive)").arg(e.exercise.name);
            names.insert(e.exercise.id, e.exercise.name);
            choices.append({ e.exercise.id, label });
        }
    }
    m_mapping->setExerciseNames(std::move(names));
    auto *delegate = new ExerciseChoiceDelegate(m_mappingView);
    delegate->setExercises(std::move(choices));
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::ExerciseColumn, delegate);
}

ImportWorkoutsDialog::~ImportWorkoutsDialog() = default;

QWizardPage *ImportWorkoutsDialog::createFilePage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose the export file"));
    page->setSubTitle(tr("Strong, Hevy and FitNotes exports (CSV) are read. Nothing is written "
                         "before the last step."));

    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("Path of the CSV file"));
    m_file->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), page);
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browseButton, &QPushButton::clicked, this, &ImportWorkoutsDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_athlete = new QComboBox(page);
    m_athlete->setObjectName(QStringLiteral("importAthleteCombo"));

    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->addItem(tr("Detect from the file"), QString());
    for (auto format : { import::Format::Strong, import::Format::Hevy, import::Format::FitNotes })
        m_format->addItem(import::formatDisplayName(format), import::formatName(format));

    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("importUnitCombo"));
    m_unit->addItem(tr("Kilograms"), int(import::WeightUnit::Kilogram));
    m_unit->addItem(tr("Pounds"), int(import::WeightUnit::Pound));
    m_unit->setCurrentIndex(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem);
    m_unit->setToolTip(tr("Strong's comma-separated export does not say its unit. Files that "
                          "do say it are read in their own unit."));

    m_dateOrder = new QComboBox(page);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrderCombo"));
    m_dateOrder->addItem(tr("Decide from the file"), -1);
    m_dateOrder->addItem(tr("Day first (03/04 is 3 April)"), int(import::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (03/04 is March 4)"), int(import::DateOrder::MonthFirst));

    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("importTimeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (m_timeZone->findText(systemZone) < 0)
        m_timeZone->insertItem(0, systemZone);
    m_timeZone->setCurrentText(systemZone);
    m_timeZone->setToolTip(tr("The exports write local wall-clock times: the zone they were "
                              "recorded in decides each session's day."));

    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_fileProblem = errorLabel(QStringLiteral("importFileProblem"), page);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&File:"), m_file, page), fileRow);
    form->addRow(buddyLabel(tr("&Athlete:"), m_athlete, page), m_athlete);
    form->addRow(buddyLabel(tr("F&ormat:"), m_format, page), m_format);
    form->addRow(buddyLabel(tr("&Weights without a unit:"), m_unit, page), m_unit);
    form->addRow(buddyLabel(tr("&Dates such as 03/04:"), m_dateOrder, page), m_dateOrder);
    form->addRow(buddyLabel(tr("&Time zone of the times:"), m_timeZone, page), m_timeZone);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_fileProblem);
    layout->addStretch();

    connect(m_file, &QLineEdit::textChanged, this, &ImportWorkoutsDialog::fileOptionsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            &ImportWorkoutsDialog::fileOptionsChanged);
    page->complete = [this] { return !m_file->text().trimmed().isEmpty(); };
    page->validate = [this] { return runPreview(m_fileProblem); };
    connect(m_file, &QLineEdit::textChanged, page, [page] { page->completeChangedNow(); });
    return page;
}

QWizardPage *ImportWorkoutsDialog::createMappingPage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("Check the exercises"));
    page->setSubTitle(tr("Each exercise name of the file and what it becomes. Double-click "
                         "“Imported as” (or press F2) to pick another exercise or a new one; "
                         "for a name without a match, press 1, 2 or 3 to take one of the "
                         "closest exercises. Your choices are remembered for the next import."));

    m_mappingView = sortableTable(m_mapping, QStringLiteral("importMappingView"),
                                  tr("Exercises of the file"), page);
    m_mappingView->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_mappingView->horizontalHeader()->setSectionResizeMode(ImportMappingModel::SourceColumn,
                                                            QHeaderView::Interactive);
    m_mappingView->setColumnWidth(ImportMappingModel::SourceColumn, 260);
    m_mappingView->setColumnWidth(ImportMappingModel::SetsColumn, 60);
    m_mappingView->setColumnWidth(ImportMappingModel::ExerciseColumn, 280);
    m_mappingView->setColumnWidth(ImportMappingModel::MatchColumn, 180);
    m_mappingView->installEventFilter(this);

    auto *newButton = new QPushButton(tr("Create New E&xercise"), page);
    newButton->setObjectName(QStringLiteral("importNewExerciseButton"));
    newButton->setToolTip(tr("Import the selected name as a new exercise of its own."));
    connect(newButton, &QPushButton::clicked, this, [this] { setSelectedChoice(0); });
    auto *resetButton = new QPushButton(tr("&Reset to the Match"), page);
    resetButton->setObjectName(QStringLiteral("importResetChoiceButton"));
    resetButton->setToolTip(tr("Forget the choice for the selected name."));
    connect(resetButton, &QPushButton::clicked, this, [this] { setSelectedChoice(std::nullopt); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(resetButton);
    buttons->addStretch();

    m_mappingProblem = errorLabel(QStringLiteral("importMappingProblem"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_mappingProblem);

    page->enter = [this] {
        showError(m_mappingProblem, {});
        m_mappingView->setFocus();
        // The keyboard starts on the column it can change: F2 or typing picks an exercise.
        if (m_mapping->rowCount() > 0)
            m_mappingView->setCurrentIndex(
                m_mappingView->model()->index(0, ImportMappingModel::ExerciseColumn));
    };
    page->validate = [this] { return runPreview(m_mappingProblem); };
    return page;
}

QWizardPage *ImportWorkoutsDialog::createPreviewPage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("This is what the import writes, all in one step. Rows listed as "
                         "skipped are left out; values to check are imported as they are."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAccessibleName(tr("Import summary"));
    m_workoutsView = sortableTable(m_workouts, QStringLiteral("importWorkoutsView"),
                                   tr("Workouts of the file"), page);
    // Dates and set counts sort by value, not by their text.
    static_cast<QSortFilterProxyModel *>(m_workoutsView->model())->setSortRole(Qt::EditRole);
    m_workoutsView->setColumnWidth(ImportWorkoutsModel::NameColumn, 220);
    m_issuesView = sortableTable(m_issues, QStringLiteral("importIssuesView"),
                                 tr("Skipped rows and values to check"), page);
    m_issuesView->setColumnWidth(ImportIssuesModel::LineColumn, 70);
    m_issuesView->setColumnWidth(ImportIssuesModel::KindColumn, 90);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_workoutsView, 2);
    layout->addWidget(m_issuesView, 1);
    page->setFinalPage(true);
    page->enter = [this] { showPreview(); };
    page->complete = [this] { return m_preview && m_preview->setsImported > 0; };
    return page;
}

void ImportWorkoutsDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString ImportWorkoutsDialog::filePath() const
{
    return m_file->text().trimmed();
}

core::Id ImportWorkoutsDialog::subjectId() const
{
    return m_athlete->currentData().toLongLong();
}

void ImportWorkoutsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Workouts"), QFileInfo(filePath()).absolutePath(),
        tr("Workout exports (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportWorkoutsDialog::fileOptionsChanged()
{
    showError(m_fileProblem, {});
    describeFile();
}

// Reads just the header: which export this is, before the user goes on.
void ImportWorkoutsDialog::describeFile()
{
    const QString path = filePath();
    QFile file(path);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        m_fileInfo->clear();
        return;
    }
    QString problem;
    const auto opts = options(&problem);
    if (!opts) {
        m_fileInfo->clear();
        return;
    }
    const QString wanted = m_format->currentData().toString();
    auto reader = import::openReader(
        file, wanted.isEmpty() ? std::nullopt : import::formatFromName(wanted), opts->read);
    if (!reader) {
        // Next says why, in full.
        m_fileInfo->setText(tr("Not a Strong, Hevy or FitNotes export."));
        return;
    }
    m_fileInfo->setText(tr("A %1 export (%2).")
                            .arg(import::formatDisplayName((*reader)->format()),
                                 QLocale().formattedDataSize(QFileInfo(path).size())));
}

std::optional<import::ImportOptions> ImportWorkoutsDialog::options(QString *problem) const
{
    import::ImportOptions o;
    o.read.unit = import::WeightUnit(m_unit->currentData().toInt());
    if (const int order = m_dateOrder->currentData().toInt(); order >= 0)
        o.read.dateOrder = import::DateOrder(order);
    const QString zone = m_timeZone->currentText().trimmed();
    o.read.timeZone = QTimeZone(zone.toUtf8());
    if (!o.read.timeZone.isValid()) {
        *problem = tr("Time zone: “%1” is not a time zone; pick one from the list, such as "
                      "Europe/Berlin or UTC.")
                       .arg(zone);
        return std::nullopt;
    }
    o.chosen = m_mapping->choices();
    return o;
}

bool ImportWorkoutsDialog::runPreview(QLabel *problemLabel)
{
    showError(problemLabel, {});
    const QString path = filePath();
    QString problem;
    if (m_athlete->currentIndex() < 0)
        problem = tr("Athlete: there is none yet. Add the athlete the workouts belong to first.");
    else if (!QFileInfo(path).isFile())
        problem = tr("File: “%1” does not exist or is not a file.").arg(path);
    if (!problem.isEmpty()) {
        showError(problemLabel, problem);
        return false;
    }
    // Another file: the choices made for the last one do not apply.
    if (path != m_previewedFile)
        m_mapping->clearChoices();
    auto opts = options(&problem);
    if (!opts) {
        showError(problemLabel, problem);
        return false;
    }
    opts->dryRun = true;
    auto report = run(*opts);
    if (!report) {
        showError(problemLabel, report.error().message);
        return false;
    }
    m_preview = std::move(*report);
    m_previewedFile = path;
    m_mapping->setExercises(m_preview->exercises);
    m_issues->setReport(*m_preview);
    m_workouts->setReport(*m_preview);
    return true;
}

void ImportWorkoutsDialog::showPreview()
{
    if (!m_preview)
        return;
    const import::ImportReport &r = *m_preview;
    const QLocale locale;
    QStringList lines;
    if (r.previousBatch)
        lines.append(tr("This file was imported before (import %1). Only what is not in the "
                        "database yet is added.")
                         .arg(*r.previousBatch));
    lines.append(r.firstDate.isValid()
                     ? tr("Workouts: %1, from %2 to %3")
                           .arg(locale.toString(r.workouts),
                                locale.toString(r.firstDate, QLocale::ShortFormat),
                                locale.toString(r.lastDate, QLocale::ShortFormat))
                     : tr("Workouts: %1").arg(locale.toString(r.workouts)));
    lines.append(tr("Sets: %1 to import, %2 already in the database; new exercises: %3")
                     .arg(locale.toString(r.setsImported), locale.toString(r.setsDuplicate),
                          locale.toString(r.exercisesNew())));
    lines.append(tr("Rows skipped: %1; values to check: %2")
                     .arg(locale.toString(r.skippedCount), locale.toString(r.flagCount)));
    if (r.skippedCount > r.skipped.size() || r.flagCount > r.flags.size())
        lines.append(tr("The list shows the first %1 of each.")
                         .arg(locale.toString(import::limits::maxListed)));
    lines.append(r.assumptions);
    if (r.setsImported == 0)
        lines.append(tr("Nothing to import: every set of this file is in the database already."));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_issuesView->setVisible(m_issues->rowCount() > 0);
    if (auto *p = dynamic_cast<StepPage *>(page(PreviewPage)))
        p->completeChangedNow();
}

bool ImportWorkoutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mappingView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int n = key->key() - Qt::Key_0;
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (n >= 1 && n <= 3 && modifiers == Qt::NoModifier
            && !m_mappingView->isPersistentEditorOpen(m_mappingView->currentIndex())) {
            const QModelIndex current = m_mappingView->currentIndex();
            if (current.isValid()) {
                auto *proxy = static_cast<QSortFilterProxyModel *>(m_mappingView->model());
                if (m_mapping->chooseOffered(proxy->mapToSource(current).row(), n))
                    return true;
            }
        }
    }
    return QWizard::eventFilter(watched, event);
}

void ImportWorkoutsDialog::setSelectedChoice(std::optional<core::Id> exerciseId)
{
    const QModelIndex current = m_mappingView->currentIndex();
    if (!current.isValid())
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_mappingView->model());
    const QModelIndex source = proxy->mapToSource(current);
    const QModelIndex target = m_mapping->index(source.row(), ImportMappingModel::ExerciseColumn);
    if (exerciseId) {
        m_mapping->setData(target, qlonglong(*exerciseId));
        return;
    }
    // Back to the matcher's answer: the preview's target, unless that was a choice itself.
    const auto &found = m_preview->exercises.value(source.row());
    if (found.match != import::MatchKind::Chosen)
        m_mapping->setData(target, qlonglong(found.exerciseId));
}

core::Result<import::ImportReport> ImportWorkoutsDialog::run(import::ImportOptions options)
{
    WaitCursor wait;
    // Shown when reading takes a moment (a file of years); Cancel rolls everything back.
    QProgressDialog progress(options.dryRun
                                 ? tr("Reading %1…").arg(QFileInfo(filePath()).fileName())
                                 : tr("Importing %1…").arg(QFileInfo(filePath()).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    options.progress = [&progress](double fraction) {
        if (fraction >= 0.0)
            progress.setValue(int(fraction * 1000));
        else
            QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const QString wanted = m_format->currentData().toString();
    auto source = import::fileSource(
        filePath(), wanted.isEmpty() ? std::nullopt : import::formatFromName(wanted), options.read);
    if (!source)
        return source.error();
    auto report = commands::importWorkouts(m_session, subjectId(), *source, options);
    // The keyboard goes back to the wizard, also where no window manager hands it back.
    if (progress.isVisible()) {
        progress.close();
        activateWindow();
    }
    return report;
}

void ImportWorkoutsDialog::accept()
{
    m_result.reset();
    QString problem;
    if (auto opts = options(&problem)) {
        auto report = run(*opts);
        if (report)
            m_result = std::move(*report);
        else if (report.error().kind == core::Error::Kind::Cancelled)
            return; // the user's own choice: the preview stays, nothing to explain
        else
            problem = report.error().message;
    }
    if (!m_result) {
        MessageBox::critical(this, tr("Import Workouts"),
                             tr("Nothing was imported.\n\n%1").arg(problem));
        return;
    }
    QWizard::accept();
}

} // namespace ft::ui
