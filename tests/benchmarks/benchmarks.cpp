// Google Benchmark: httpstatus against the alternatives, in one run.
//   cmake --preset default -DHTTPSTATUS_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
//   cmake --build build/default --target httpstatus_benchmarks && build/default/tests/benchmarks/httpstatus_benchmarks
#include <benchmark/benchmark.h>

#include "baselines.hpp"

namespace {

const std::vector<int>& codes() {
  static const std::vector<int> sequence = baseline::code_sequence();
  return sequence;
}

// Runs `lookup` over the code sequence; items are lookups.
template <class Lookup>
void over_codes(benchmark::State& state, Lookup lookup) {
  const std::vector<int>& sequence = codes();
  for (auto _ : state) {
    for (const int value : sequence) {
      auto result = lookup(value);
      benchmark::DoNotOptimize(result);
    }
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * sequence.size()));
}

template <class Parse>
void over_texts(benchmark::State& state, const std::vector<std::string>& texts, Parse parse) {
  for (auto _ : state) {
    for (const std::string& text : texts) {
      auto result = parse(std::string_view(text));
      benchmark::DoNotOptimize(result);
    }
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
}

void phrase_httpstatus(benchmark::State& state) {
  over_codes(state, [](int value) { return httpstatus::reason_phrase(value); });
}
void phrase_array(benchmark::State& state) {
  const baseline::phrase_array array;
  over_codes(state, [&](int value) { return array(value); });
}
void phrase_switch(benchmark::State& state) { over_codes(state, baseline::phrase_switch); }
void phrase_unordered_map(benchmark::State& state) {
  const baseline::phrase_map map;
  over_codes(state, [&](int value) { return map(value); });
}
#ifdef HTTPSTATUS_BENCH_HAS_BEAST
void phrase_beast(benchmark::State& state) { over_codes(state, baseline::phrase_beast); }
BENCHMARK(phrase_beast);
#endif
BENCHMARK(phrase_array);
BENCHMARK(phrase_httpstatus);
BENCHMARK(phrase_switch);
BENCHMARK(phrase_unordered_map);

void is_client_error(benchmark::State& state) {
  over_codes(state, [](int value) { return httpstatus::is_client_error(value); });
}
void class_of(benchmark::State& state) {
  over_codes(state, [](int value) { return httpstatus::class_of(value); });
}
void retry_hint(benchmark::State& state) {
  over_codes(state, [](int value) { return httpstatus::retry_hint(value); });
}
void is_retryable(benchmark::State& state) {
  over_codes(state, [](int value) { return httpstatus::is_retryable(value, true); });
}
BENCHMARK(is_client_error);
BENCHMARK(class_of);
BENCHMARK(retry_hint);
BENCHMARK(is_retryable);

const std::vector<std::string>& mixed_texts() {
  static const std::vector<std::string> texts = baseline::parse_inputs();
  return texts;
}
const std::vector<std::string>& phrase_texts() {
  static const std::vector<std::string> texts = baseline::exact_phrases();
  return texts;
}

void parse_httpstatus_mixed(benchmark::State& state) {
  over_texts(state, mixed_texts(), [](std::string_view text) { return httpstatus::parse(text); });
}
void parse_httpstatus_phrases(benchmark::State& state) {
  over_texts(state, phrase_texts(), [](std::string_view text) { return httpstatus::parse(text); });
}
void parse_unordered_map_phrases(benchmark::State& state) {
  const baseline::parse_map map;
  over_texts(state, phrase_texts(), [&](std::string_view text) { return map(text); });
}
void parse_linear_scan_phrases(benchmark::State& state) { over_texts(state, phrase_texts(), baseline::parse_scan); }
BENCHMARK(parse_httpstatus_mixed);
BENCHMARK(parse_httpstatus_phrases);
BENCHMARK(parse_unordered_map_phrases);
BENCHMARK(parse_linear_scan_phrases);

}  // namespace

BENCHMARK_MAIN();
