#pragma once

#include "core/exchange/import/tablereader.h"

class QIODevice;

namespace ft::core::import {

// FitNotes' export: Date,Exercise,Category,Weight (kgs)|Weight (lbs),Reps,Distance,Distance Unit,
// Time[,Comment], or the newer Date,Exercise,Category,Weight,Weight Unit,Reps,... with a unit per
// row (kgs, lbs). One row per set, no time of day and no workout name: the sets of one day are
// one workout, keyed by the day, untitled, starting at 12:00 local time. Exercise names with
// commas are written unquoted: extra fields go to Exercise first, then Comment, then Category.
// Dates may be ISO or in the phone's locale (23/12/2025): the order of day and month is looked up
// over the whole file when the device can be read twice (see assumptions()).
class FitNotesReader : public TableReader
{
public:
    static int score(const Header &header);
    // `device` and `start` (its position before the header, or -1) let the reader look over the
    // file once for the order of numeric dates before reading it.
    static Result<std::unique_ptr<WorkoutReader>> open(std::unique_ptr<CsvReader> csv,
                                                       const Header &header,
                                                       const ReadOptions &options,
                                                       QIODevice &device, qint64 start);

    Format format() const override { return Format::FitNotes; }

protected:
    void parseRow(const QStringList &fields, RowContext &context, ParsedRow &row) override;

private:
    FitNotesReader(std::unique_ptr<CsvReader> csv, const Header &header,
                   const ReadOptions &options);

    enum class WeightColumn { Kilograms, Pounds, PerRow, Assumed };
    WeightColumn m_weightColumn = WeightColumn::Kilograms;
    bool m_noteDateOrderOnFirstUse = false;
    double m_metresPerDistance = 1000.0;
    struct Columns
    {
        int date = -1, exercise = -1, weight = -1, weightUnit = -1, reps = -1, distance = -1,
            distanceUnit = -1, time = -1, comment = -1;
    } m_col;
};

} // namespace ft::core::import
