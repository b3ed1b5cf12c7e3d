#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ft::core {

// What each named constraint of the schema means, so that a driver's error ("UNIQUE constraint
// failed: users.email", "violates foreign key constraint ...") becomes a sentence that names the
// field, the value and the rule. A test checks this list against the live schema of both backends.
struct ConstraintInfo
{
    QString name;
    Error::Kind kind;
    QString table;
    QStringList columns;
    QString rule;            // in words, for messages
    QString referencedTable; // foreign keys only
    QString onDelete;        // foreign keys only: CASCADE, SET NULL or NO ACTION
};

const QList<ConstraintInfo> &constraintCatalog();
const ConstraintInfo *findConstraint(const QString &name);
// A unique constraint or primary key of `table` over exactly these columns (any order).
const ConstraintInfo *findUnique(const QString &table, const QStringList &columns);
QList<const ConstraintInfo *> foreignKeysFrom(const QString &table);
QList<const ConstraintInfo *> foreignKeysTo(const QString &table);

} // namespace ft::core
