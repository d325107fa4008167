# Runs an example and compares its standard output with a stored file.
#   cmake -DPROGRAM=<exe> -DARGS=<a^b> -DEXPECTED=<file> [-DEXIT_CODE=<n>] -P run_example.cmake
string(REPLACE "^" ";" ARGS "${ARGS}")
if(NOT DEFINED EXIT_CODE)
  set(EXIT_CODE 0)
endif()
execute_process(
  COMMAND "${PROGRAM}" ${ARGS}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors)
if(NOT result STREQUAL EXIT_CODE)
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit status ${result}, expected ${EXIT_CODE}\n${errors}")
endif()
file(READ "${EXPECTED}" expected_output)
if(NOT output STREQUAL expected_output)
  get_filename_component(name "${EXPECTED}" NAME)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual" "${output}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: output differs from ${EXPECTED}\n"
                      "(actual output written to ${CMAKE_CURRENT_BINARY_DIR}/${name}.actual)")
endif()
if(NOT EXIT_CODE EQUAL 0 AND errors STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: failed without a message on stderr")
endif()
