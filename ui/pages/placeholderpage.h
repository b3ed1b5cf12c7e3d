#pragma once

#include "page.h"

class QLabel;

namespace ft::ui {

// A page whose editor has not been built yet: it says what will live there and what the user can
// do meanwhile, rather than showing an empty frame.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(Session &session, const QString &id, const QString &title,
                    const QString &explanation, QWidget *parent = nullptr);

    QString pageId() const override { return m_id; }
    QString title() const override { return m_title; }

protected:
    void currentAthleteChanged() override;

private:
    void updateText();

    QString m_id;
    QString m_title;
    QString m_explanation;
    QString m_athlete;
    QLabel *m_label;
};

} // namespace ft::ui
