#include <httpstatus/fmt.hpp>

#include <string>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::code;

TEST_CASE("fmt: {} is the number and the phrase") {
  CHECK(fmt::format("{}", code::not_found) == "404 Not Found");
  CHECK(fmt::format("{}", code::content_too_large) == "413 Content Too Large");
  CHECK(fmt::format("{}", static_cast<code>(299)) == "299");
  CHECK(fmt::format("{}", static_cast<code>(0)) == "0");
  for (const auto& entry : expected::registry) {
    INFO(entry.code);
    CHECK(fmt::format("{}", static_cast<code>(entry.code)) ==
          std::to_string(entry.code) + " " + std::string(entry.phrase));
    CHECK(fmt::format("{:d}", static_cast<code>(entry.code)) == std::to_string(entry.code));
    CHECK(fmt::format("{:p}", static_cast<code>(entry.code)) == entry.phrase);
  }
}

TEST_CASE("fmt: {:d} and {:p}") {
  CHECK(fmt::format("{:d}", code::not_found) == "404");
  CHECK(fmt::format("{:p}", code::not_found) == "Not Found");
  CHECK(fmt::format("{:d}", static_cast<code>(299)) == "299");
  CHECK(fmt::format("{:p}", static_cast<code>(299)) == "299");
  CHECK(fmt::format(FMT_STRING("{:p}"), code::im_a_teapot) == "I'm a teapot");
}

TEST_CASE("fmt: fill, align and width apply to the whole text") {
  CHECK(fmt::format("{:>16}", code::not_found) == "   404 Not Found");
  CHECK(fmt::format("{:16}", code::not_found) == "404 Not Found   ");
  CHECK(fmt::format("{:<16}", code::not_found) == "404 Not Found   ");
  CHECK(fmt::format("{:^17}", code::not_found) == "  404 Not Found  ");
  CHECK(fmt::format("{:*^20p}", code::not_found) == "*****Not Found******");
  CHECK(fmt::format("{:->6d}", code::ok) == "---200");
  CHECK(fmt::format("{:3}", code::not_found) == "404 Not Found");
  CHECK(fmt::format("{:\xC3\xA9^7d}", code::ok) ==
        "\xC3\xA9\xC3\xA9"
        "200"
        "\xC3\xA9\xC3\xA9");
  CHECK(fmt::format("[{:>5}]", static_cast<code>(299)) == "[  299]");
}

TEST_CASE("fmt: enumerations") {
  CHECK(fmt::format("{}", httpstatus::status_class::client_error) == "client_error");
  CHECK(fmt::format("{:s}", httpstatus::retry::idempotent_only) == "idempotent_only");
  CHECK(fmt::format("{:>12}", httpstatus::retry::any_method) == "  any_method");
  CHECK(fmt::format("{:_<9}", httpstatus::standing::unused) == "unused___");
}

TEST_CASE("fmt: a bad spec is a format_error at run time") {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
  for (const char* spec : {"{:x}", "{:s}", "{:dd}", "{:05}", "{:+}", "{:#}", "{:.3}", "{:99999}", "{:<^<}", "{:{}}"}) {
    INFO(spec);
    CHECK_THROWS_AS(fmt::format(fmt::runtime(spec), code::ok), fmt::format_error);
  }
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:p}"), httpstatus::retry::any_method), fmt::format_error);
#else
  SUCCEED("exceptions are off: a bad spec aborts");
#endif
}

TEST_CASE("fmt: widths up to 4096, and neither '{' nor '}' as a fill") {
  // The width limit is ours (format_spec.hpp: max_format_width); pinned at
  // it and one either side.
  CHECK(fmt::format("{:4095}", code::ok).size() == 4095);
  CHECK(fmt::format("{:4096}", code::ok).size() == 4096);
  CHECK(fmt::format("{:>4096d}", code::ok).substr(4093) == "200");
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:4097}"), code::ok), fmt::format_error);
  // {fmt} rejects '{' as a fill ("invalid fill character"), and the standard
  // format spec ([format.string.std]) allows any fill but '{' and '}'.
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:{<10}"), code::ok), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:{^10p}"), code::ok), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:{<10}"), httpstatus::retry::any_method), fmt::format_error);
#endif
  CHECK(fmt::format("{:[<8}", code::ok) == "200 OK[[");
}
