// The benchmark loops without a framework, for callgrind.sh: it runs one
// variant N times over the same inputs, so that the difference between two
// runs with different N is the instructions of N lookups alone.
//   httpstatus_bench_loops <variant> <n>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "baselines.hpp"

namespace {

// Keeps the compiler from dropping or merging the lookups.
template <class T>
void keep(const T& value) {
#if defined(__GNUC__)
  asm volatile("" : : "r,m"(value) : "memory");
#else
  static volatile const void* sink;
  sink = &value;
#endif
}

template <class Lookup>
void over_codes(long n, Lookup lookup) {
  const std::vector<int> codes = baseline::code_sequence();
  for (long i = 0; i < n; ++i) {
    keep(lookup(codes[static_cast<std::size_t>(i) % codes.size()]));
  }
}

template <class Parse>
void over_texts(long n, const std::vector<std::string>& texts, Parse parse) {
  for (long i = 0; i < n; ++i) {
    keep(parse(std::string_view(texts[static_cast<std::size_t>(i) % texts.size()])));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: httpstatus_bench_loops <variant> <n>\n", stderr);
    return 2;
  }
  const std::string variant = argv[1];
  const long n = std::atol(argv[2]);
  const baseline::phrase_array array;
  const baseline::phrase_map map;
  const baseline::parse_map text_map;
  if (variant == "phrase_array") {
    over_codes(n, [&](int value) { return array(value); });
  } else if (variant == "phrase_httpstatus") {
    over_codes(n, [](int value) { return httpstatus::reason_phrase(value); });
  } else if (variant == "phrase_switch") {
    over_codes(n, baseline::phrase_switch);
  } else if (variant == "phrase_unordered_map") {
    over_codes(n, [&](int value) { return map(value); });
#ifdef HTTPSTATUS_BENCH_HAS_BEAST
  } else if (variant == "phrase_beast") {
    over_codes(n, baseline::phrase_beast);
#endif
  } else if (variant == "class_of") {
    over_codes(n, [](int value) { return httpstatus::class_of(value); });
  } else if (variant == "retry_hint") {
    over_codes(n, [](int value) { return httpstatus::retry_hint(value); });
  } else if (variant == "parse_httpstatus_mixed") {
    over_texts(n, baseline::parse_inputs(), [](std::string_view text) { return httpstatus::parse(text); });
  } else if (variant == "parse_httpstatus_phrases") {
    over_texts(n, baseline::exact_phrases(), [](std::string_view text) { return httpstatus::parse(text); });
  } else if (variant == "parse_unordered_map_phrases") {
    over_texts(n, baseline::exact_phrases(), [&](std::string_view text) { return text_map(text); });
  } else if (variant == "parse_linear_scan_phrases") {
    over_texts(n, baseline::exact_phrases(), baseline::parse_scan);
  } else {
    std::fprintf(stderr, "unknown variant %s\n", variant.c_str());
    return 2;
  }
  return 0;
}
