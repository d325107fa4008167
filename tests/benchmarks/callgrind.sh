#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind: stable on a noisy machine.
# Each variant runs twice, N1 and N2 lookups; (Ir(N2) - Ir(N1)) / (N2 - N1)
# is what one lookup costs, with start-up and input set-up cancelled out.
#
#   tests/benchmarks/callgrind.sh [build dir]     default: build/bench
#
# The build dir must hold a Release build with -DHTTPSTATUS_BUILD_BENCHMARKS=ON.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/bench}
program="$build/tests/benchmarks/httpstatus_bench_loops"
[ -x "$program" ] || { echo "no $program: build with -DHTTPSTATUS_BUILD_BENCHMARKS=ON first" >&2; exit 1; }
n1=${N1:-20000}
n2=${N2:-120000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/out" "$program" "$1" "$2" >/dev/null 2>&1
  grep -E '^(summary|totals):' "$work/out" | head -1 | awk '{print $2}'
}

per_lookup() {
  local a b
  a=$(instructions "$1" "$n1")
  b=$(instructions "$1" "$n2")
  awk -v a="$a" -v b="$b" -v n1="$n1" -v n2="$n2" 'BEGIN {printf "%.2f", (b - a) / (n2 - n1)}'
}

report() { # title, floor variant, variants...
  local title=$1 floor_variant=$2
  shift 2
  local floor
  floor=$(per_lookup "$floor_variant")
  echo "$title (instructions per operation; ratio to $floor_variant)"
  for variant in "$floor_variant" "$@"; do
    if "$program" "$variant" 1 >/dev/null 2>&1; then
      local cost
      cost=$(per_lookup "$variant")
      awk -v n="$variant" -v c="$cost" -v f="$floor" 'BEGIN {printf "  %-30s %8.2f  %6.2fx\n", n, c, c / f}'
    else
      printf "  %-30s %s\n" "$variant" "not built (dependency missing)"
    fi
  done
}

report "Reason phrase lookup" phrase_array phrase_httpstatus phrase_switch phrase_unordered_map phrase_beast \
  class_of retry_hint
report "parse" parse_unordered_map_phrases parse_httpstatus_phrases parse_httpstatus_mixed parse_linear_scan_phrases
