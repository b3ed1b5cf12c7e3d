#pragma once

#include "core/athletes/athletes.h"
#include "core/exchange/export.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ft::core {
class Database;
}

namespace ft::ui {

// File → Export: the current athlete or the whole database, as JSON (everything, lossless: it
// can be imported again) or as CSV (one line per logged set, for a spreadsheet). The file is
// written whole or not at all; a failure is shown in the dialog, which stays open.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Athlete, Database };
    enum class Format { Json, Csv };

    // `athlete` is the current one; without it only the whole database can be exported.
    ExportDialog(core::Database &db, const std::optional<core::Athlete> &athlete,
                 QWidget *parent = nullptr);

    void setScope(Scope scope);
    void setFormat(Format format);
    void setFilePath(const QString &path);
    Scope scope() const;
    Format format() const;
    QString filePath() const;

    // What was written, once accepted.
    const std::optional<core::ExportSummary> &summary() const { return m_summary; }

    void accept() override;

private:
    void browse();
    void suggestFileName();

    core::Database &m_db;
    std::optional<core::Athlete> m_athlete;
    std::optional<core::ExportSummary> m_summary;
    QString m_confirmedPath; // chosen in the file dialog, which asked about replacing it
    QRadioButton *m_athleteScope;
    QRadioButton *m_databaseScope;
    QRadioButton *m_json;
    QRadioButton *m_csv;
    QLineEdit *m_file;
    QLabel *m_error;
};

} // namespace ft::ui
