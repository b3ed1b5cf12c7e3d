#pragma once

#include "core/athletes/athletes.h"
#include "core/exchange/import/importer.h"

#include <QWizard>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ft::core {
class Database;
}

namespace ft::ui {

class ImportIssuesModel;
class ImportMappingModel;
class ImportWorkoutsModel;
class Session;

// File → Import Workouts: another app's export (Strong, Hevy, FitNotes) into one athlete.
//   1. File       the file, the athlete, and what the file may not say (weight unit, date
//                 order, time zone). Next reads the whole file as a preview; a file that is not
//                 an export it knows is refused here, with the reason.
//   2. Exercises  every exercise name of the file and what it becomes, and why ("Matched by");
//                 the user picks another exercise or "new exercise" per name, or for a name
//                 nothing matched one of the three closest exercises with the keys 1, 2, 3.
//                 Choices are remembered by the import.
//   3. Preview    one row per workout (date, name, sets, exercises, new exercises, issues), then
//                 skipped rows and values to check, by line. Import writes it all in one
//                 transaction, or nothing.
// Undo lives in the import history (ImportHistoryDialog).
class ImportWorkoutsDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage };

    ImportWorkoutsDialog(Session &session, const QList<core::Athlete> &athletes,
                         core::Id currentSubjectId, QWidget *parent = nullptr);
    ~ImportWorkoutsDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    core::Id subjectId() const;

    // The last preview (nothing before the file page was accepted).
    const std::optional<core::import::ImportReport> &preview() const { return m_preview; }
    // What the import wrote, once accepted.
    const std::optional<core::import::ImportReport> &importReport() const { return m_result; }
    ImportMappingModel *mappingModel() const { return m_mapping; }
    ImportIssuesModel *issuesModel() const { return m_issues; }
    ImportWorkoutsModel *workoutsModel() const { return m_workouts; }

    void accept() override;

protected:
    // Keys 1, 2, 3 on the exercises table pick a closest exercise for the current name.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    void browse();
    void describeFile();
    void fileOptionsChanged();
    std::optional<core::import::ImportOptions> options(QString *problem) const;
    bool runPreview(QLabel *problemLabel);
    // The preview (options.dryRun) or the import, with a progress dialog that can cancel it.
    core::Result<core::import::ImportReport> run(core::import::ImportOptions options);
    void showPreview();
    void setSelectedChoice(std::optional<core::Id> exerciseId);

    Session &m_session;
    core::Database &m_db;
    ImportMappingModel *m_mapping;
    ImportIssuesModel *m_issues;
    ImportWorkoutsModel *m_workouts;
    std::optional<core::import::ImportReport> m_preview;
    std::optional<core::import::ImportReport> m_result;
    QString m_previewedFile;

    QLineEdit *m_file = nullptr;
    QComboBox *m_athlete = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_fileInfo = nullptr;
    QLabel *m_fileProblem = nullptr;
    QTableView *m_mappingView = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_issuesView = nullptr;
    QTableView *m_workoutsView = nullptr;
};

} // namespace ft::ui
