// libFuzzer target: the Strong reader (openReader with Format::Strong) on any bytes.
#include "fuzzreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::readAs(ft::core::import::Format::Strong, data, size);
    return 0;
}
