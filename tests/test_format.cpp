// std::format support: detected where the standard library has it, and, when
// it is there, printing exactly what {fmt} prints.
#include <httpstatus/format.hpp>

#include "support/catch.hpp"

// CMake found out by compiling a std::format call whether this toolchain has
// a working <format>; the header must agree (unless the user opted out).
TEST_CASE("std::format support is detected") {
#if defined(HTTPSTATUS_OPTED_OUT)
  STATIC_REQUIRE(HTTPSTATUS_HAS_STD_FORMAT == 0);
#else
  STATIC_REQUIRE(HTTPSTATUS_HAS_STD_FORMAT == HTTPSTATUS_TOOLCHAIN_HAS_STD_FORMAT);
#endif
}

#if HTTPSTATUS_HAS_STD_FORMAT

#include <httpstatus/fmt.hpp>

#include <string>

using httpstatus::code;

TEST_CASE("std::format prints what {fmt} prints") {
  for (int value = 0; value <= 1000; ++value) {
    const auto c = static_cast<code>(value);
    INFO(value);
    REQUIRE(std::format("{}", c) == fmt::format("{}", c));
    REQUIRE(std::format("{:d}", c) == fmt::format("{:d}", c));
    REQUIRE(std::format("{:p}", c) == fmt::format("{:p}", c));
    REQUIRE(std::format("{:>20}", c) == fmt::format("{:>20}", c));
    REQUIRE(std::format("{:*^24p}", c) == fmt::format("{:*^24p}", c));
    REQUIRE(std::format("{:-<7d}", c) == fmt::format("{:-<7d}", c));
  }
  for (const auto value : {65535, 9999, 60000}) {
    const auto c = static_cast<code>(value);
    CHECK(std::format("{}", c) == fmt::format("{}", c));
  }
  for (int value = 0; value <= 5; ++value) {
    const auto category = static_cast<httpstatus::status_class>(value);
    CHECK(std::format("{:>14}", category) == fmt::format("{:>14}", category));
  }
  for (int value = 0; value <= 3; ++value) {
    const auto hint = static_cast<httpstatus::retry>(value);
    CHECK(std::format("{:^17s}", hint) == fmt::format("{:^17s}", hint));
  }
  CHECK(std::format("{}", httpstatus::standing::temporary) == "temporary");
}

TEST_CASE("std::format: the documented examples") {
  CHECK(std::format("{}", code::not_found) == "404 Not Found");
  CHECK(std::format("{:d}", code::not_found) == "404");
  CHECK(std::format("{:p}", code::not_found) == "Not Found");
  CHECK(std::format("{:*^20p}", code::not_found) == "*****Not Found******");
  CHECK(std::format("{}", static_cast<code>(299)) == "299");
}

TEST_CASE("std::format: a bad spec is a format_error at run time") {
  const code ok = code::ok;
  for (const char* spec : {"{:x}", "{:s}", "{:05}", "{:.3}"}) {
    INFO(spec);
    CHECK_THROWS_AS((void)std::vformat(spec, std::make_format_args(ok)), std::format_error);
  }
}

TEST_CASE("std::format: widths up to 4096, and neither '{' nor '}' as a fill") {
  const code ok = code::ok;
  CHECK(std::format("{:4095}", ok).size() == 4095);
  CHECK(std::format("{:4096}", ok).size() == 4096);
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
  for (const char* spec : {"{:4097}", "{:{<10}", "{:{^10p}"}) {
    INFO(spec);
    CHECK_THROWS_AS((void)std::vformat(spec, std::make_format_args(ok)), std::format_error);
  }
#endif
}

#endif
