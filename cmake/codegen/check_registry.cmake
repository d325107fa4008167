# Compares the data file with a copy of the IANA registry's CSV
# (https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv)
# and fails, listing every difference, when their codes or phrases disagree.
#
#   cmake -DCSV=<file> [-DDATA=<status_codes.json>] -P cmake/codegen/check_registry.cmake
#
# The registry writes markup into descriptions: "(Unused)" stands for
# standing "unused", a "(OBSOLETED)" suffix for "obsolete", and
# "(TEMPORARY - ...; expires YYYY-MM-DD)" for "temporary" with that expiry.
cmake_minimum_required(VERSION 3.19)

if(NOT DEFINED DATA)
  set(DATA "${CMAKE_CURRENT_LIST_DIR}/status_codes.json")
endif()
if(NOT DEFINED CSV OR NOT EXISTS "${CSV}")
  message(FATAL_ERROR "check_registry.cmake: give the registry CSV with -DCSV=<file>")
endif()

# --- The data file: code -> phrase and standing ------------------------------

file(READ "${DATA}" json)
string(JSON count LENGTH "${json}" codes)
math(EXPR last "${count} - 1")
set(data_codes "")
foreach(i RANGE ${last})
  string(JSON number GET "${json}" codes ${i} code)
  string(JSON data_phrase_${number} GET "${json}" codes ${i} phrase)
  string(JSON data_standing_${number} GET "${json}" codes ${i} standing)
  string(JSON data_expires_${number} ERROR_VARIABLE no_expiry GET "${json}" codes ${i} expires)
  list(APPEND data_codes ${number})
endforeach()

# --- The registry: one line per code or range --------------------------------

file(READ "${CSV}" csv)
string(REPLACE "\r" "" csv "${csv}")
string(REPLACE ";" "<semicolon>" csv "${csv}")
string(REPLACE "\n" ";" lines "${csv}")

set(differences "")
set(registry_codes "")
foreach(line IN LISTS lines)
  string(REPLACE "<semicolon>" ";" line "${line}")
  # Value,Description,Reference: only single codes matter ("105-199" ranges
  # are unassigned); a description may be quoted.
  if(NOT line MATCHES "^([1-5][0-9][0-9]),(\"([^\"]*)\"|([^,]*)),")
    continue()
  endif()
  set(number "${CMAKE_MATCH_1}")
  set(description "${CMAKE_MATCH_3}${CMAKE_MATCH_4}")
  if(description STREQUAL "Unassigned")
    continue()
  endif()
  list(APPEND registry_codes ${number})

  set(standing current)
  set(expires "")
  if(description STREQUAL "(Unused)")
    set(standing unused)
  elseif(description MATCHES "^(.*) \\(OBSOLETED\\)$")
    set(standing obsolete)
    set(description "${CMAKE_MATCH_1}")
  elseif(description MATCHES "^(.*) \\(TEMPORARY[^)]*expires ([0-9-]+)\\)$")
    set(standing temporary)
    set(description "${CMAKE_MATCH_1}")
    set(expires "${CMAKE_MATCH_2}")
  endif()

  if(NOT DEFINED data_phrase_${number})
    list(APPEND differences "${number} \"${description}\" is in the registry, not in the data file")
    continue()
  endif()
  if(NOT standing STREQUAL "unused" AND NOT description STREQUAL data_phrase_${number})
    list(APPEND differences
         "${number}: the registry says \"${description}\", the data file \"${data_phrase_${number}}\"")
  endif()
  # "deprecated" (305) has no registry markup; every other standing must agree.
  if(NOT data_standing_${number} STREQUAL "deprecated" AND NOT standing STREQUAL data_standing_${number})
    list(APPEND differences "${number}: the registry marks it ${standing}, the data file ${data_standing_${number}}")
  endif()
  if(standing STREQUAL "temporary" AND NOT expires STREQUAL data_expires_${number})
    list(APPEND differences
         "${number}: the registry's temporary entry expires ${expires}, the data file says ${data_expires_${number}}")
  endif()
endforeach()

if(registry_codes STREQUAL "")
  message(FATAL_ERROR "check_registry.cmake: ${CSV} holds no status codes; is it the registry CSV?")
endif()
foreach(number IN LISTS data_codes)
  if(NOT number IN_LIST registry_codes)
    list(APPEND differences "${number} \"${data_phrase_${number}}\" is in the data file, not in the registry")
  endif()
endforeach()

if(differences)
  list(JOIN differences "\n  " report)
  message(FATAL_ERROR "The data file differs from the IANA registry:\n  ${report}\n"
                      "Update cmake/codegen/status_codes.json, then run: cmake -P cmake/codegen/generate.cmake")
endif()
list(LENGTH registry_codes checked)
message(STATUS "The data file matches the registry (${checked} codes)")
