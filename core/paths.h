#pragma once

#include <QString>

namespace ft::core {

// Sets the organisation and application names that QStandardPaths and QSettings use, so the GUI
// and the CLI agree on where the default database lives.
void setApplicationIdentity();

// The SQLite file both the GUI and the CLI use when no --db is given:
// $XDG_DATA_HOME/FitnessTrack/fitnesstrack.sqlite (usually ~/.local/share/...).
QString defaultDatabasePath();

} // namespace ft::core
