// Catch2 v3 or v2.13 (as Debian packages it), whichever the build found.
#ifndef HTTPSTATUS_TESTS_CATCH_HPP
#define HTTPSTATUS_TESTS_CATCH_HPP

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
