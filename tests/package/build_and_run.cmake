# Builds a configured consumer project and runs its program.
#   cmake -DBUILD_DIR=<dir> -P build_and_run.cmake
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "building the consumer in ${BUILD_DIR} failed")
endif()
find_program(program NAMES consumer consumer.exe PATHS "${BUILD_DIR}" "${BUILD_DIR}/Debug" NO_DEFAULT_PATH)
execute_process(COMMAND "${program}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the consumer program failed")
endif()
