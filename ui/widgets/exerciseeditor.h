#pragma once

#include "core/catalog/catalog.h"
#include "core/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStringListModel;

namespace ft::ui {

// The catalog page's detail pane: every field of one exercise, its aliases (one per line), tags
// (comma-separated, completed from the tags in use) and secondary muscles (a checkable list).
// It edits a copy; nothing is written until Save, which the page performs (saveRequested) and
// answers with setExercise() on success or showError() on failure, so a refused exercise keeps
// what the user typed. Save and Revert are enabled only while something differs from the
// exercise as loaded.
class ExerciseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseEditor(QWidget *parent = nullptr);

    // Shows `details` as the unmodified state. An id of 0 is a new exercise not stored yet.
    // `loggedSets` (-1: unknown) is said beside the title.
    void setExercise(const core::ExerciseDetails &details, qint64 loggedSets = -1);
    // Nothing to edit: the fields are disabled and say how to pick an exercise.
    void clear();
    bool hasExercise() const { return m_hasExercise; }
    bool isNew() const { return m_hasExercise && m_original.exercise.id == 0; }
    core::Id exerciseId() const { return m_original.exercise.id; }

    // The exercise as the fields say now (the original's id and timestamps).
    core::ExerciseDetails exercise() const;
    const core::ExerciseDetails &original() const { return m_original; }
    bool isModified() const { return m_modified; }

    // The stored exercise was (de)activated on its own: the original and the Active box follow,
    // other unsaved changes stay.
    void setStoredActive(bool active);
    // Back to the exercise as loaded.
    void revert();
    // The message in the pane, and the keyboard on the field the error names.
    void showError(const core::Error &error);
    // The message shown (core's), empty when none.
    QString errorText() const;

    void setTagSuggestions(const QStringList &tags);
    QWidget *firstField() const;
    QWidget *lastField() const;
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *revertButton() const { return m_revertButton; }

    // The field that shows `field` ("exercises.name", "exercise_aliases.alias", ...), or nullptr.
    QWidget *widgetForField(const QString &field) const;

signals:
    void modifiedChanged(bool modified);
    void saveRequested();

private:
    void updateModified();
    void updateSecondaryForPrimary();
    void clearError();
    void updateTitle();

    core::ExerciseDetails m_original;
    qint64 m_loggedSets = -1;
    bool m_hasExercise = false;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_info;
    QScrollArea *m_scroll;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_slug;
    QPlainTextEdit *m_aliases;
    QLineEdit *m_tags;
    QStringListModel *m_tagModel;
    QComboBox *m_primary;
    QListWidget *m_secondary;
    QComboBox *m_movement;
    QComboBox *m_mechanics;
    QComboBox *m_force;
    QComboBox *m_equipment;
    QComboBox *m_difficulty;
    QCheckBox *m_unilateral;
    QLineEdit *m_grip;
    QLineEdit *m_range;
    QPlainTextEdit *m_cues;
    QPlainTextEdit *m_instructions;
    QLineEdit *m_videoUrl;
    QCheckBox *m_active;
    QFormLayout *m_formLayout;
    QLabel *m_error;
    QString m_errorMessage;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
};

} // namespace ft::ui
