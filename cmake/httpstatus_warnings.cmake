# The strict warning set that tests and examples build with. Users of the
# library get none of these flags: the INTERFACE target only asks for C++17.
option(HTTPSTATUS_WARNINGS_AS_ERRORS "Treat warnings in tests and examples as errors" ON)

function(httpstatus_strict_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(HTTPSTATUS_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
    if(HTTPSTATUS_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# The C++ standards to build the same test and example sources in: 17 and
# 20, and 23 where the compiler and CMake know it.
# A CI matrix may pick one with -DHTTPSTATUS_TEST_STANDARDS=20.
set(default_standards 17 20)
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.20 AND "cxx_std_23" IN_LIST CMAKE_CXX_COMPILE_FEATURES)
  list(APPEND default_standards 23)
endif()
set(HTTPSTATUS_TEST_STANDARDS "${default_standards}" CACHE STRING "C++ standards to build the tests in")
