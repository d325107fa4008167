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

# Stricter still, for the translation unit that includes every public header
# (tests/lint/all_headers.cpp): g++'s casts and duplicated-logic checks, and
# clang's -Weverything but for these, each noisy by design here:
#   c++98-compat, c++98-compat-pedantic  the library is C++17
#   padded                               reports layout, nothing to fix
#   weak-vtables                         a header-only error_category has no
#                                        out-of-line function to anchor its vtable
#   exit-time-destructors                std::error_category objects are
#                                        statics with a virtual destructor
#   unsafe-buffer-usage (clang >= 16)    asks for std::span (C++20) over the
#                                        offsets into the tables' string literals
include(CheckCXXCompilerFlag)
function(httpstatus_strictest_warnings target)
  httpstatus_strict_warnings(${target})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wuseless-cast -Wold-style-cast -Wduplicated-cond -Wlogical-op)
  elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(
      ${target} PRIVATE -Weverything -Wno-c++98-compat -Wno-c++98-compat-pedantic -Wno-padded -Wno-weak-vtables
                        -Wno-exit-time-destructors)
    check_cxx_compiler_flag(-Wunsafe-buffer-usage HTTPSTATUS_HAS_WUNSAFE_BUFFER_USAGE)
    if(HTTPSTATUS_HAS_WUNSAFE_BUFFER_USAGE)
      target_compile_options(${target} PRIVATE -Wno-unsafe-buffer-usage)
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
