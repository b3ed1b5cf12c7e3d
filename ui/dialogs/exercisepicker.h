#pragma once

#include "core/catalog/exercisedetails.h"
#include "core/catalog/exercisesearch.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ft::ui {

// Picks an exercise with the catalog's ranked search (names and aliases) from the keyboard:
// type, Up/Down to move through the matches, Enter to take one, Escape to leave. Active
// exercises only.
class ExercisePicker : public QDialog
{
    Q_OBJECT

public:
    ExercisePicker(const QList<core::ExerciseDetails> &exercises, QWidget *parent = nullptr);

    core::Id chosenId() const { return m_chosen; }
    void setQuery(const QString &text);

    // Opens the picker; 0 when the user left it.
    static core::Id pick(const QList<core::ExerciseDetails> &exercises, QWidget *parent,
                         const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);

    QList<core::ExerciseDetails> m_exercises;
    QHash<core::Id, int> m_byId;
    core::ExerciseSearchIndex m_index;
    QLineEdit *m_query;
    QListWidget *m_matches;
    core::Id m_chosen = 0;
};

} // namespace ft::ui
