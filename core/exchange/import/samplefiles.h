#pragma once

#include "core/result.h"

#include <QDate>

class QIODevice;

// Synthetic export files for tests and benchmarks: what a long-time user of another app exports.
// Deterministic: the same options give the same bytes.

namespace ft::core::import {

struct SampleFileOptions
{
    qint64 rows = 100'000; // set rows
    QDate firstDay { 2012, 1, 2 };
    quint64 seed = 1;
};

// A Strong export, comma layout, kilograms: a workout every day or two of 4-6 exercises with
// 3-5 sets each, warm-ups ("W") and failure sets ("F") among them, RPE on some sets, notes on an
// exercise's first row, and now and then a second workout in the evening of the same day.
// Exactly `options.rows` set rows after the header, no two of them the same set: importing the
// file writes `options.rows` set logs.
Status writeStrongSample(QIODevice &out, const SampleFileOptions &options = {});

} // namespace ft::core::import
