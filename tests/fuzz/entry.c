/* entry.c — libFuzzer's entry point for one harness of fuzz.h, chosen at
 * compile time with -DFUZZ_TARGET=fuzz_spec (fuzz_cert, fuzz_roundtrip). */
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  return FUZZ_TARGET(data, size);
}
