# Runs the generator on a broken data file (status codes, or vendor codes for
# a case named ext_*) and passes only when it exits
# non-zero with a message matching EXPECT.
#   cmake -DSOURCE_DIR=<repo> -DDATA=<file> -DEXPECT=<regex> -DWORK_DIR=<dir> -P expect_rejection.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(case_name "${DATA}" NAME_WE)
# Cases named ext_* are vendor-code files: the generator reads them alone.
if(case_name MATCHES "^ext_")
  set(arguments -DEXTENSIONS_ONLY=ON "-DEXTENSIONS_DATA=${DATA}" "-DEXTENSIONS_OUTPUT=${WORK_DIR}/${case_name}.hpp")
else()
  set(arguments "-DDATA=${DATA}" "-DOUTPUT=${WORK_DIR}/${case_name}.hpp")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" ${arguments} -P "${SOURCE_DIR}/cmake/codegen/generate.cmake"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "the generator accepted ${DATA}")
endif()
string(REGEX REPLACE "[ \t\r\n]+" " " flat "${output}")
if(NOT flat MATCHES "${EXPECT}")
  message(FATAL_ERROR "the generator rejected ${DATA}, but its message does not match '${EXPECT}':\n${output}")
endif()
message(STATUS "rejected as expected: ${flat}")
