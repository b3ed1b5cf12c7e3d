#pragma once

#include "core/exchange/import/tablereader.h"

namespace ft::core::import {

// Strong's exports, in its three layouts, told apart by their header:
// - Comma: Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,
//   Notes,Workout Notes,RPE. Weights in ReadOptions::unit, distances in
//   ReadOptions::distanceUnit (or km with kg, miles with lb); Duration as text (20s, 1h 3m).
// - Numbered (semicolon, all quoted): "Workout #";"Date";"Workout Name";"Duration (sec)";
//   "Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";
//   "Notes";"Workout Notes". Always kg and metres; `Workout #` is the workout; sets sorted by
//   Set Order within each run of one exercise (warm-ups first, failure and drop sets right after
//   the set they follow in the file).
// - Legacy: Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;
//   Distance Unit;Seconds;Notes;Workout Notes[;Workout Duration]: units on every row.
// Set Order: a number, W/F/D or WARM_UP/FAILURE/DROP_SET (any case). `Rest Timer` rows are
// passed over silently; `Note` rows add their Notes to the exercise's notes. Without a
// `Workout #`, a workout is its Date and Workout Name.
class StrongReader : public TableReader
{
public:
    enum class Layout { Comma, Numbered, Legacy };

    // How well `header` matches Strong's columns (0: not at all).
    static int score(const Header &header);
    static Result<std::unique_ptr<WorkoutReader>>
    open(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options);

    Format format() const override { return Format::Strong; }
    Layout layout() const { return m_layout; }

protected:
    void parseRow(const QStringList &fields, RowContext &context, ParsedRow &row) override;

private:
    StrongReader(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options,
                 Layout layout);

    Layout m_layout;
    double m_metresPerDistance = 1000.0;
    struct Columns
    {
        int workoutNumber = -1, date = -1, workoutName = -1, duration = -1, exercise = -1,
            setOrder = -1, weight = -1, weightUnit = -1, reps = -1, rpe = -1, distance = -1,
            distanceUnit = -1, seconds = -1, notes = -1, workoutNotes = -1;
    } m_col;
};

} // namespace ft::core::import
