#pragma once

#include "core/catalog/exercisesearch.h"
#include "core/db/entities.h"

#include <QStringList>

namespace ft::core {

// An exercise with the rows that hang off it: what the catalog page edits as one thing.
struct ExerciseDetails
{
    Exercise exercise;
    QStringList aliases;          // exercise_aliases.alias, in the order entered
    QStringList tags;             // tags.name
    QStringList secondaryMuscles; // muscle_group values, in the enum's order

    // The same exercise as the search index sees it.
    SearchEntry searchEntry() const { return { exercise.id, exercise.name, aliases }; }
};

} // namespace ft::core
