#include "placeholderpage.h"

#include "session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ft::ui {

PlaceholderPage::PlaceholderPage(Session &session, const QString &id, const QString &title,
                                 const QString &explanation, QWidget *parent)
    : Page(session, parent)
    , m_id(id)
    , m_title(title)
    , m_explanation(explanation)
{
    setObjectName(id + QStringLiteral("Page"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addStretch();
    updateText();
}

void PlaceholderPage::currentAthleteChanged()
{
    const auto &athlete = session().currentAthlete();
    m_athlete = athlete ? athlete->displayName() : QString();
    updateText();
}

void PlaceholderPage::updateText()
{
    const QString who = m_athlete.isEmpty()
        ? tr("No athlete is selected: pick one in the Athlete box above, or create one on the "
             "Athletes page.")
        : tr("Current athlete: %1.").arg(m_athlete.toHtmlEscaped());
    m_label->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                         .arg(m_title.toHtmlEscaped(), m_explanation, who));
}

} // namespace ft::ui
