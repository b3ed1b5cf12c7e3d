// libFuzzer target: the FitNotes reader (openReader with Format::FitNotes) on any bytes.
#include "fuzzreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::readAs(ft::core::import::Format::FitNotes, data, size);
    return 0;
}
