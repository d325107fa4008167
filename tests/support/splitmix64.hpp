// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014): a small seeded generator that gives the same
// sequence on every platform, for the retry-budget tests and simulation.
#ifndef HTTPSTATUS_TESTS_SPLITMIX64_HPP
#define HTTPSTATUS_TESTS_SPLITMIX64_HPP

#include <cstdint>

class splitmix64 {
 public:
  explicit splitmix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

 private:
  std::uint64_t state_;
};

#endif
