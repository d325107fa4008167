#!/usr/bin/env bash
# Compile cost of including httpstatus, as ratios against a translation unit
# that includes only <string_view>. Each TU is compiled ROUNDS times (default
# 15), the variants alternating so that machine noise hits them all alike;
# the median wall time of each is compared with the baseline's.
#
#   tests/benchmarks/compile_cost.sh [compiler...]     default: g++ clang++
#
# Also prints the preprocessed line count of each TU and, with
# INSTRUCTIONS=1, the instructions the compiler executes for it, counted by
# callgrind: the same on every run, however noisy the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-15}
compilers=("$@")
if ((${#compilers[@]} == 0)); then compilers=(g++ clang++); fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/baseline.cpp" <<'CPP'
#include <string_view>
CPP
cat >"$work/optional.cpp" <<'CPP'
#include <optional>
#include <string_view>
CPP
cat >"$work/header.cpp" <<'CPP'
#include <httpstatus/httpstatus.hpp>
CPP
cat >"$work/calls.cpp" <<'CPP'
#include <httpstatus/httpstatus.hpp>
int use(int status, std::string_view text) {
  return static_cast<int>(httpstatus::reason_phrase(status).size()) + (httpstatus::is_client_error(status) ? 1 : 0) +
         static_cast<int>(httpstatus::parse(text).value_or(httpstatus::code::ok));
}
CPP
variants=(baseline optional header calls)
# Alternatives, when installed: what users include today instead.
if [ -f /usr/include/boost/beast/http/status.hpp ]; then
  # Beast 1.74's status.hpp needs <ostream> included before it.
  cat >"$work/beast.cpp" <<'CPP'
#include <ostream>
#include <boost/beast/http/status.hpp>
int use(int status) { return static_cast<int>(boost::beast::http::obsolete_reason(boost::beast::http::int_to_status(static_cast<unsigned>(status))).size()); }
CPP
  variants+=(beast)
fi
cat >"$work/unordered_map.cpp" <<'CPP'
#include <string>
#include <string_view>
#include <unordered_map>
int use(int status) {
  static const std::unordered_map<int, std::string_view> phrases{{404, "Not Found"}, {503, "Service Unavailable"}};
  const auto found = phrases.find(status);
  return found == phrases.end() ? 0 : static_cast<int>(found->second.size());
}
CPP
variants+=(unordered_map)

# Instructions executed by the compiler driver and every process it starts.
compiler_instructions() {
  rm -f "$work"/callgrind.*
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/callgrind.%p" \
    "$1" -std=c++17 -O2 -Iinclude -c -o /dev/null "$2" >/dev/null 2>&1
  cat "$work"/callgrind.* | awk '/^summary:/ {sum += $2} END {print sum}'
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "$cxx: not found, skipped"; continue; }
  flags=(-std=c++17 -O2 -Iinclude -c -o /dev/null)
  for round in $(seq "$rounds"); do
    for variant in "${variants[@]}"; do
      start=$(date +%s%N)
      "$cxx" "${flags[@]}" "$work/$variant.cpp"
      end=$(date +%s%N)
      echo $(((end - start) / 1000)) >>"$work/$cxx.$variant.times"
    done
  done
  base=$(median <"$work/$cxx.baseline.times")
  echo "$cxx -std=c++17 -O2, median of $rounds compiles (ratio to <string_view> alone):"
  base_instructions=""
  for variant in "${variants[@]}"; do
    ms=$(median <"$work/$cxx.$variant.times")
    lines=$("$cxx" -std=c++17 -Iinclude -E "$work/$variant.cpp" | wc -l)
    awk -v n="$variant" -v t="$ms" -v b="$base" -v l="$lines" \
      'BEGIN {printf "  %-14s %6.1f ms  %5.2fx  %6d preprocessed lines", n, t / 1000, t / b, l}'
    if [ "${INSTRUCTIONS:-0}" = 1 ]; then
      count=$(compiler_instructions "$cxx" "$work/$variant.cpp")
      base_instructions=${base_instructions:-$count}
      awk -v c="$count" -v b="$base_instructions" 'BEGIN {printf "  %5.0fM instructions  %5.2fx", c / 1e6, c / b}'
    fi
    echo
  done
done
