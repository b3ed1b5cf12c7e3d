#pragma once

#include "core/exchange/import/tablereader.h"

namespace ft::core::import {

// Hevy's export: title,start_time,end_time,description,exercise_title,superset_id,
// exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,
// duration_seconds,rpe. Times are local, to the minute, in several spellings ("2 Mar 2026,
// 19:59", "May 7, 2026, 6:13 AM"); a workout is its start_time and title; sets are sorted by the
// 0-based set_index within each run of one exercise; set_type normal, warmup, failure or dropset
// (another value is flagged and read as normal). Workouts come newest first, as in the file.
// Rows with more fields than the header (dates written without quotes) are read by giving the
// extra commas to the times first, then to the names and notes.
class HevyReader : public TableReader
{
public:
    static int score(const Header &header);
    static Result<std::unique_ptr<WorkoutReader>>
    open(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options);

    Format format() const override { return Format::Hevy; }

protected:
    void parseRow(const QStringList &fields, RowContext &context, ParsedRow &row) override;

private:
    HevyReader(std::unique_ptr<CsvReader> csv, const Header &header, const ReadOptions &options);

    struct Columns
    {
        int title = -1, start = -1, end = -1, description = -1, exercise = -1, notes = -1,
            setIndex = -1, setType = -1, weightKg = -1, weightLbs = -1, reps = -1, distanceKm = -1,
            distanceMiles = -1, duration = -1, rpe = -1;
    } m_col;
};

} // namespace ft::core::import
