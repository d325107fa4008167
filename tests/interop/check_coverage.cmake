# Fails when `ctest -L interop` would run fewer real tests than the found
# libraries allow (none at all when all three are usable is the case CI
# must catch), or, with HTTPSTATUS_REQUIRE_INTEROP=1 in the environment,
# when one of Boost.Beast, libcurl and cpp-httplib is not installed.
#   cmake -DCTEST=<ctest> -DBUILD_DIR=<dir> -DEXPECTED=<n> -DINSTALLED=<a;b;c> -DUSABLE=<a;b;c> -P check_coverage.cmake
set(names "Boost.Beast" "libcurl" "cpp-httplib")
if("$ENV{HTTPSTATUS_REQUIRE_INTEROP}" STREQUAL "1")
  foreach(index RANGE 2)
    list(GET INSTALLED ${index} installed)
    list(GET names ${index} name)
    if(NOT installed)
      message(FATAL_ERROR "${name} is not installed, and HTTPSTATUS_REQUIRE_INTEROP=1 asks for all three "
                          "(Debian: libboost-dev libcurl4-openssl-dev libcpp-httplib-dev)")
    endif()
  endforeach()
endif()

execute_process(
  COMMAND "${CTEST}" -N -L interop
  WORKING_DIRECTORY "${BUILD_DIR}"
  OUTPUT_VARIABLE listing
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "ctest -N -L interop failed:\n${listing}")
endif()
string(REGEX MATCHALL "Test +#[0-9]+: [^\n]+" tests "${listing}")
set(real 0)
foreach(test IN LISTS tests)
  if(NOT test MATCHES "_skipped$")
    math(EXPR real "${real} + 1")
  endif()
endforeach()
if(NOT real EQUAL EXPECTED)
  message(FATAL_ERROR "ctest -L interop lists ${real} tests, expected ${EXPECTED}:\n${listing}")
endif()
if("${USABLE}" STREQUAL "ON;ON;ON" AND real EQUAL 0)
  message(FATAL_ERROR "all three libraries are usable, yet ctest -L interop runs no test")
endif()
message(STATUS "ctest -L interop: ${real} tests")
