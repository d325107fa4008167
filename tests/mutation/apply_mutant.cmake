# Applies one mutant to a file: every pair of texts FROM_DIR/from_<i>.txt,
# FROM_DIR/to_<i>.txt (i = 1..COUNT) replaces the first with the second.
# Each original text must occur exactly once; the pairs are applied together,
# so that a mutant may swap two texts. "{NL}" in a text stands for a line
# break.
#
#   cmake -DFILE=<file> -DFROM_DIR=<dir> -DCOUNT=<n> -P apply_mutant.cmake
cmake_minimum_required(VERSION 3.16)

file(READ "${FILE}" text)
foreach(i RANGE 1 ${COUNT})
  file(READ "${FROM_DIR}/from_${i}.txt" from_${i})
  file(READ "${FROM_DIR}/to_${i}.txt" to_${i})
  string(REPLACE "{NL}" "\n" from_${i} "${from_${i}}")
  string(REPLACE "{NL}" "\n" to_${i} "${to_${i}}")
  string(FIND "${text}" "${from_${i}}" first)
  string(FIND "${text}" "${from_${i}}" last REVERSE)
  if(first EQUAL -1)
    message(FATAL_ERROR "stale mutant: ${FILE} no longer holds: ${from_${i}}")
  endif()
  if(NOT first EQUAL last)
    message(FATAL_ERROR "ambiguous mutant: ${FILE} holds more than once: ${from_${i}}")
  endif()
  string(REPLACE "${from_${i}}" "@HTTPSTATUS_MUTANT_${i}@" text "${text}")
endforeach()
foreach(i RANGE 1 ${COUNT})
  string(REPLACE "@HTTPSTATUS_MUTANT_${i}@" "${to_${i}}" text "${text}")
endforeach()
file(WRITE "${FILE}" "${text}")
