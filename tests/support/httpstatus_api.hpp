// The library as the unit tests see it: the std-only headers, or, where the
// build defines HTTPSTATUS_TEST_IMPORT, the C++20 module over the same
// headers. One set of test sources checks both ways in.
#ifndef HTTPSTATUS_TESTS_HTTPSTATUS_API_HPP
#define HTTPSTATUS_TESTS_HTTPSTATUS_API_HPP

#ifdef HTTPSTATUS_TEST_IMPORT
// Clang 16 fails to merge some standard-library declarations (libc++'s
// lambdas) that a file includes after an import with the same ones in the
// module's global fragment. So every standard header the tests use comes
// first, and their own #includes below the import find them already read.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iomanip>
#include <iterator>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <type_traits>
#include <vector>

#include "catch.hpp"

import httpstatus;
#else
#include <httpstatus/error_code.hpp>
#include <httpstatus/extensions.hpp>
#include <httpstatus/extensions_retry.hpp>
#include <httpstatus/http_date.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>
#include <httpstatus/retry_after.hpp>
#include <httpstatus/retry_budget.hpp>
#endif

#endif
