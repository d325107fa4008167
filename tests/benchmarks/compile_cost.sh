#!/usr/bin/env bash
# Compile cost of including httpstatus, as ratios against a translation unit
# that includes only <string_view>. Each TU is compiled ROUNDS times (default
# 15), the variants alternating so that machine noise hits them all alike;
# the median wall time of each is compared with the baseline's.
#
#   tests/benchmarks/compile_cost.sh [compiler...]     default: g++ clang++
#
# Then the same three calls through `import httpstatus;` against the header,
# in C++20 with MODULE_CXX (default clang++-16).
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
#   compiler_instructions <compiler> <source> <flag>...
compiler_instructions() {
  local cxx=$1 source=$2
  shift 2
  rm -f "$work"/callgrind.*
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/callgrind.%p" \
    "$cxx" "$@" -c -o /dev/null "$source" >/dev/null 2>&1
  cat "$work"/callgrind.* | awk '/^summary:/ {sum += $2} END {print sum}'
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

# Times each variant ROUNDS times, alternating, then prints a table.
#   measure <compiler> <label> <preprocess: 1 or 0> <variant>... -- <flag>...
measure() {
  local cxx=$1 label=$2 preprocess=$3
  shift 3
  local variants_here=() flags_here=()
  while [ "$1" != "--" ]; do
    variants_here+=("$1")
    shift
  done
  shift
  flags_here=("$@")
  for round in $(seq "$rounds"); do
    for variant in "${variants_here[@]}"; do
      start=$(date +%s%N)
      "$cxx" "${flags_here[@]}" -c -o /dev/null "$work/$variant.cpp"
      end=$(date +%s%N)
      echo $(((end - start) / 1000)) >>"$work/$label.$variant.times"
    done
  done
  base=$(median <"$work/$label.${variants_here[0]}.times")
  echo "$cxx ${flags_here[*]}, median of $rounds compiles (ratio to <string_view> alone):"
  base_instructions=""
  for variant in "${variants_here[@]}"; do
    ms=$(median <"$work/$label.$variant.times")
    awk -v n="$variant" -v t="$ms" -v b="$base" 'BEGIN {printf "  %-14s %6.1f ms  %5.2fx", n, t / 1000, t / b}'
    if [ "$preprocess" = 1 ]; then
      lines=$("$cxx" "${flags_here[@]}" -E "$work/$variant.cpp" | wc -l)
      printf "  %6d preprocessed lines" "$lines"
    fi
    if [ "${INSTRUCTIONS:-0}" = 1 ]; then
      count=$(compiler_instructions "$cxx" "$work/$variant.cpp" "${flags_here[@]}")
      base_instructions=${base_instructions:-$count}
      awk -v c="$count" -v b="$base_instructions" 'BEGIN {printf "  %5.0fM instructions  %5.2fx", c / 1e6, c / b}'
    fi
    echo
  done
}

for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "$cxx: not found, skipped"; continue; }
  measure "$cxx" "$cxx" 1 "${variants[@]}" -- -std=c++17 -O2 -Iinclude
done

# include vs import: the same three calls in C++20, through the header and
# through `import httpstatus;` (a file that includes nothing else), with
# MODULE_CXX (default clang++-16). The module interface is compiled once
# beforehand, as a build does once for all its files; that one-off cost is
# printed apart.
module_cxx=${MODULE_CXX:-clang++-16}
if command -v "$module_cxx" >/dev/null; then
  cat >"$work/import.cpp" <<'CPP'
import httpstatus;
int use(int status, const char* text, decltype(sizeof 0) size) {
  return static_cast<int>(httpstatus::reason_phrase(status).size()) + (httpstatus::is_client_error(status) ? 1 : 0) +
         static_cast<int>(httpstatus::parse({text, size}).value_or(httpstatus::code::ok));
}
CPP
  start=$(date +%s%N)
  "$module_cxx" -std=c++20 -O2 -Iinclude --precompile include/httpstatus/httpstatus.cppm -o "$work/httpstatus.pcm"
  end=$(date +%s%N)
  awk -v t="$(((end - start) / 1000))" 'BEGIN {printf "building the module interface once: %.1f ms\n", t / 1000}'
  measure "$module_cxx" module 0 baseline calls import -- -std=c++20 -O2 -Iinclude \
    "-fmodule-file=httpstatus=$work/httpstatus.pcm"
else
  echo "$module_cxx: not found, include vs import skipped"
fi
