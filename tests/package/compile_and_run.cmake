# Compiles consumer.cpp by hand, the way a project without CMake would:
#   MODE=pkg-config     with the flags `pkg-config --cflags httpstatus` gives
#   MODE=single-header  against a copy of httpstatus.hpp alone in an empty folder
#   cmake -DMODE= -DCXX= -DSOURCE_DIR= -DWORK_DIR= [-DPKG_CONFIG_PATH=] [-DCXX_FLAGS=] -P compile_and_run.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")
if(MODE STREQUAL "pkg-config")
  find_program(pkg_config NAMES pkg-config pkgconf REQUIRED)
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_PATH}")
  execute_process(
    COMMAND "${pkg_config}" --cflags httpstatus
    RESULT_VARIABLE result
    OUTPUT_VARIABLE cflags
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know httpstatus (PKG_CONFIG_PATH=${PKG_CONFIG_PATH})")
  endif()
  message(STATUS "pkg-config --cflags httpstatus: ${cflags}")
  separate_arguments(flags UNIX_COMMAND "${cflags}")
elseif(MODE STREQUAL "single-header")
  file(COPY "${SOURCE_DIR}/include/httpstatus/httpstatus.hpp" DESTINATION "${WORK_DIR}/header")
  file(GLOB copied "${WORK_DIR}/header/*")
  list(LENGTH copied count)
  if(NOT count EQUAL 1)
    message(FATAL_ERROR "the header folder should hold one file")
  endif()
  set(flags "-I${WORK_DIR}/header" -DHTTPSTATUS_SINGLE_HEADER)
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
execute_process(
  COMMAND "${CXX}" -std=c++17 ${flags} ${extra_flags} "${SOURCE_DIR}/tests/package/consumer.cpp" -o
          "${WORK_DIR}/consumer"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "compiling the consumer failed")
endif()
execute_process(COMMAND "${WORK_DIR}/consumer" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the consumer program failed")
endif()
