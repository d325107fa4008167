#!/usr/bin/env bash
# Mutation testing: does the test suite notice when the library is wrong?
#
#   tests/mutation/run.sh [--list FILE] [--only REGEX] [--jobs N] [--keep] [--check]
#
# Each mutant in tests/mutation/mutants.txt is one small change to the data
# file, the header template, the generator or a hand-written header. In a
# scratch copy of the working tree (under $TMPDIR, one build directory
# reused), each is applied alone, the header regenerated where the data or
# template changed, and the unit and example tests built and run. A mutant is
# killed when the generator rejects it, something fails to compile (the
# static_asserts count), or a test fails; it survives otherwise. Mutants
# marked `equivalent:` in the list, and those whose regenerated header is
# unchanged, are reported apart. Exit status 1 when a non-equivalent mutant
# survives (or a listed equivalent is killed: the list is then wrong).
# --check only applies each mutant (no build): every `from` text must be
# found, once.
#
# Compiler: $CXX (default g++), one standard (HTTPSTATUS_MUTATION_STANDARD,
# default 17), to keep a run short.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
list="$root/tests/mutation/mutants.txt"
only=""
jobs=2
keep=0
check=0
while (($#)); do
  case "$1" in
    --list) list="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --check) check=1; shift ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
compiler="${CXX:-g++}"
standard="${HTTPSTATUS_MUTATION_STANDARD:-17}"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-mutation.XXXXXX")"
cleanup() { if ((keep)); then echo "scratch copy kept: $scratch"; else rm -rf "$scratch"; fi; }
trap cleanup EXIT
src="$scratch/src"
orig="$scratch/orig"
build="$scratch/build"
log="$scratch/log"
mkdir -p "$src" "$log"

# The working tree as it is (tracked files and new, not ignored, ones).
(cd "$root" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$root" && xargs -0 cp --parents -t "$src" 2>/dev/null || true)
cp -a "$src" "$orig"

generate() { cmake -P "$src/cmake/codegen/generate.cmake" >"$log/generate.txt" 2>&1; }
build_unit() { cmake --build "$build" -j "$jobs" --target "httpstatus_tests_cxx$standard" >"$log/build.txt" 2>&1; }
run_unit() { ctest --test-dir "$build" -R "^unit_cxx$standard\$" --timeout 120 >"$log/test.txt" 2>&1; }
build_all() { cmake --build "$build" -j "$jobs" >"$log/build.txt" 2>&1; }
run_all() { ctest --test-dir "$build" -L 'unit|example' -j "$jobs" --timeout 120 >"$log/test.txt" 2>&1; }

# --- The mutants -------------------------------------------------------------
# Blocks separated by blank lines:
#   ## <id>: <what the mutant breaks>
#   file: <path from the repository root>
#   from: <exact text>          (one or more from/to pairs, each on one line)
#   to: <replacement>
#   equivalent: <why no test can tell>   (optional)
ids=() files=() pair_dirs=() pair_counts=() equivalents=()
parse_list() {
  local id="" file="" count=0 equivalent="" dir="" line
  flush() {
    if [ -n "$id" ]; then
      ids+=("$id") files+=("$file") pair_dirs+=("$dir") pair_counts+=("$count") equivalents+=("$equivalent")
    fi
    id="" file="" count=0 equivalent="" dir=""
  }
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "## "*)
        flush
        id="${line#\#\# }"
        dir="$scratch/mutants/${#ids[@]}"
        mkdir -p "$dir"
        ;;
      "file: "*) file="${line#file: }" ;;
      "from: "*) count=$((count + 1)); printf '%s' "${line#from: }" >"$dir/from_$count.txt" ;;
      "to: "*) printf '%s' "${line#to: }" >"$dir/to_$count.txt" ;;
      "to:") printf '' >"$dir/to_$count.txt" ;;
      "equivalent: "*) equivalent="${line#equivalent: }" ;;
    esac
  done <"$list"
  flush
}
parse_list

# Puts back what a mutant changed; an untouched file keeps its time stamp,
# so that the next build recompiles only what depends on the next mutant.
restore() {
  local file
  for file in "$@" include/httpstatus/httpstatus.hpp README.md; do
    cmp -s "$orig/$file" "$src/$file" || cp "$orig/$file" "$src/$file"
  done
}

apply() {
  cmake -DFILE="$src/$2" -DFROM_DIR="${pair_dirs[$1]}" -DCOUNT="${pair_counts[$1]}" \
    -P "$root/tests/mutation/apply_mutant.cmake" >"$log/apply.txt" 2>&1
}

if ((check)); then
  errors=0
  for i in "${!ids[@]}"; do
    if ! apply "$i" "${files[$i]}"; then
      echo "${ids[$i]}: $(grep -m1 -E 'stale|ambiguous' "$log/apply.txt")"
      errors=$((errors + 1))
    fi
    restore "${files[$i]}"
  done
  echo "${#ids[@]} mutants, $errors that do not apply"
  exit $((errors != 0))
fi

echo "::: configuring $compiler, C++$standard in $scratch"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER="$compiler" \
  -DHTTPSTATUS_TEST_STANDARDS="$standard" -DHTTPSTATUS_LINT=OFF >"$log/configure.txt" 2>&1 ||
  { cat "$log/configure.txt"; exit 2; }
echo "::: the unmutated tree must pass"
if ! (build_all && run_all); then
  cat "$log/build.txt" "$log/test.txt" | tail -40
  echo "the unmutated tree fails its tests: fix that first" >&2
  exit 2
fi

killed=0 survived=0 equivalent_count=0 wrong_equivalents=0 total=0
survivors=() equivalent_lines=()
for i in "${!ids[@]}"; do
  id="${ids[$i]}" file="${files[$i]}"
  if [ -n "$only" ] && ! [[ "$id" =~ $only ]]; then
    continue
  fi
  total=$((total + 1))
  if ! apply "$i" "$file"; then
    echo "ERROR     $id: $(grep -m1 -E 'stale|ambiguous' "$log/apply.txt")"
    restore "$file"
    exit 2
  fi
  verdict="" how=""
  case "$file" in
    cmake/codegen/*)
      if ! generate; then
        verdict=killed how="the generator rejects it"
      elif cmp -s "$src/include/httpstatus/httpstatus.hpp" "$orig/include/httpstatus/httpstatus.hpp"; then
        verdict=equivalent how="the generated header is unchanged"
      fi
      ;;
  esac
  if [ -z "$verdict" ]; then
    if ! build_unit; then
      verdict=killed how="does not compile"
    elif ! run_unit; then
      verdict=killed how="unit tests fail"
    elif ! build_all; then
      verdict=killed how="does not compile (examples, header checks)"
    elif ! run_all; then
      verdict=killed how="tests fail: $(grep -oE '[0-9]+ - [a-z_0-9]+' "$log/test.txt" | sed 's/^[0-9]* - //' | tr '\n' ' ')"
    else
      verdict=survived
    fi
  fi
  listed="${equivalents[$i]}"
  case "$verdict" in
    killed)
      if [ -n "$listed" ]; then
        wrong_equivalents=$((wrong_equivalents + 1))
        echo "KILLED    $id ($how), though listed as equivalent"
      else
        killed=$((killed + 1))
        echo "killed    $id ($how)"
      fi
      ;;
    equivalent)
      equivalent_count=$((equivalent_count + 1))
      equivalent_lines+=("$id: ${listed:-$how}")
      echo "equal     $id ($how)"
      ;;
    survived)
      if [ -n "$listed" ]; then
        equivalent_count=$((equivalent_count + 1))
        equivalent_lines+=("$id: $listed")
        echo "equal     $id (survives, as listed: $listed)"
      else
        survived=$((survived + 1))
        survivors+=("$id ($file)")
        echo "SURVIVED  $id ($file)"
      fi
      ;;
  esac
  restore "$file"
done

meaningful=$((total - equivalent_count))
echo
echo "mutants: $total, equivalent: $equivalent_count, killed: $killed of $meaningful" \
  "($(awk -v k="$killed" -v m="$meaningful" 'BEGIN { printf "%.1f", m ? 100 * k / m : 100 }')%)"
for line in "${equivalent_lines[@]}"; do echo "  equivalent: $line"; done
for line in "${survivors[@]}"; do echo "  SURVIVOR: $line"; done
((survived == 0 && wrong_equivalents == 0))
