#!/usr/bin/env bash
# What the table adds to a program: two programs, one printing
# reason_phrase(atoi(argv[1])), one printing the number, built -O2 as PIE and
# stripped. Prints the size difference and the dynamic relocations of each.
#
#   tests/benchmarks/size.sh [compiler...]     default: g++ clang++
set -euo pipefail
cd "$(dirname "$0")/../.."
compilers=("$@")
if ((${#compilers[@]} == 0)); then compilers=(g++ clang++); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/phrase.cpp" <<'CPP'
#include <httpstatus/httpstatus.hpp>
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
  const std::string_view phrase = httpstatus::reason_phrase(argc > 1 ? std::atoi(argv[1]) : 0);
  std::printf("%.*s\n", static_cast<int>(phrase.size()), phrase.data());
}
CPP
cat >"$work/number.cpp" <<'CPP'
#include <cstdio>
#include <cstdlib>
int main(int argc, char** argv) {
  const int number = argc > 1 ? std::atoi(argv[1]) : 0;
  std::printf("%d\n", number);
}
CPP

relocations() { readelf -r --wide "$1" | grep -cE '^[0-9a-f]+ ' || true; }

for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "$cxx: not found, skipped"; continue; }
  for program in phrase number; do
    "$cxx" -std=c++17 -O2 -fPIE -pie -Iinclude "$work/$program.cpp" -o "$work/$program"
    strip "$work/$program"
  done
  [ "$("$work/phrase" 404)" = "Not Found" ] || { echo "the phrase program is wrong" >&2; exit 1; }
  phrase_size=$(stat -c %s "$work/phrase")
  number_size=$(stat -c %s "$work/number")
  # File sizes move in page-aligned steps; the loaded sections show the bytes.
  phrase_loaded=$(size -B "$work/phrase" | awk 'NR == 2 {print $1 + $2}')
  number_loaded=$(size -B "$work/number" | awk 'NR == 2 {print $1 + $2}')
  echo "$cxx -O2 -fPIE -pie, stripped:"
  echo "  phrase program: file $phrase_size bytes, text+data $phrase_loaded bytes, $(relocations "$work/phrase") dynamic relocations"
  echo "  number program: file $number_size bytes, text+data $number_loaded bytes, $(relocations "$work/number") dynamic relocations"
  echo "  the phrase table adds $((phrase_loaded - number_loaded)) bytes of text+data" \
    "($((phrase_size - number_size)) to the file) and" \
    "$(($(relocations "$work/phrase") - $(relocations "$work/number"))) dynamic relocations"
done
