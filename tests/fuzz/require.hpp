// A property check for fuzz targets: a broken property is a crash, which
// libFuzzer reports with the input that caused it.
#ifndef HTTPSTATUS_FUZZ_REQUIRE_HPP
#define HTTPSTATUS_FUZZ_REQUIRE_HPP

#include <cstdlib>

inline void require(bool property) {
  if (!property) {
    std::abort();
  }
}

#endif
