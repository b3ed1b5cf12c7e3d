#include "page.h"

#include "session.h"

#include "core/changes/changenotifier.h"

namespace ft::ui {

Page::Page(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // The session connected to the notifier first: pages hear of a change after it updated.
    connect(&session, &Session::databaseChanged, this, [this] { databaseChanged(); });
    connect(&session, &Session::currentAthleteChanged, this, [this] { currentAthleteChanged(); });
    connect(session.notifier(), &core::ChangeNotifier::everythingChanged, this,
            [this] { refresh(); });
}

core::Database *Page::db() const
{
    return m_session.database();
}

} // namespace ft::ui
