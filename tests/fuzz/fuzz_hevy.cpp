// libFuzzer target: the Hevy reader (openReader with Format::Hevy) on any bytes.
#include "fuzzreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::readAs(ft::core::import::Format::Hevy, data, size);
    return 0;
}
