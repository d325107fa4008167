#include "support/httpstatus_api.hpp"

#include <climits>
#include <string>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::code;

TEST_CASE("is_valid accepts exactly 100..599") {
  SECTION("int") {
    CHECK(httpstatus::is_valid(100));
    CHECK(httpstatus::is_valid(599));
    CHECK(httpstatus::is_valid(299));
    CHECK_FALSE(httpstatus::is_valid(99));
    CHECK_FALSE(httpstatus::is_valid(600));
    CHECK_FALSE(httpstatus::is_valid(0));
    CHECK_FALSE(httpstatus::is_valid(-404));
    CHECK_FALSE(httpstatus::is_valid(INT_MIN));
    CHECK_FALSE(httpstatus::is_valid(INT_MAX));
  }
  SECTION("code") {
    CHECK(httpstatus::is_valid(code::not_found));
    CHECK(httpstatus::is_valid(static_cast<code>(599)));
    CHECK_FALSE(httpstatus::is_valid(static_cast<code>(600)));
    CHECK_FALSE(httpstatus::is_valid(static_cast<code>(0)));
  }
  STATIC_REQUIRE(httpstatus::is_valid(404));
  STATIC_REQUIRE_FALSE(httpstatus::is_valid(1000));
}

TEST_CASE("is_known is true exactly for the registry's codes") {
  SECTION("int") {
    int known = 0;
    for (int value = 0; value < 1000; ++value) {
      if (httpstatus::is_known(value)) {
        ++known;
      }
    }
    CHECK(known == static_cast<int>(expected::registry_size));
    for (const auto& entry : expected::registry) {
      CHECK(httpstatus::is_known(entry.code));
    }
    CHECK_FALSE(httpstatus::is_known(299));
    CHECK_FALSE(httpstatus::is_known(419));
    CHECK_FALSE(httpstatus::is_known(509));
  }
  SECTION("code") {
    CHECK(httpstatus::is_known(code::im_a_teapot));
    CHECK_FALSE(httpstatus::is_known(static_cast<code>(420)));
  }
  STATIC_REQUIRE(httpstatus::is_known(code::too_early));
}

TEST_CASE("reason_phrase gives the RFC 9110 phrase, or empty") {
  SECTION("every registered code") {
    for (const auto& entry : expected::registry) {
      INFO("code " << entry.code);
      CHECK(httpstatus::reason_phrase(entry.code) == entry.phrase);
      CHECK(httpstatus::reason_phrase(static_cast<code>(entry.code)) == entry.phrase);
    }
  }
  SECTION("renamed codes use today's phrase") {
    CHECK(httpstatus::reason_phrase(413) == "Content Too Large");
    CHECK(httpstatus::reason_phrase(414) == "URI Too Long");
    CHECK(httpstatus::reason_phrase(416) == "Range Not Satisfiable");
    CHECK(httpstatus::reason_phrase(422) == "Unprocessable Content");
  }
  SECTION("no registry markup") {
    CHECK(httpstatus::reason_phrase(306) == "Unused");
    CHECK(httpstatus::reason_phrase(418) == "I'm a teapot");
    CHECK(httpstatus::reason_phrase(510) == "Not Extended");
  }
  SECTION("unknown and invalid codes give an empty view") {
    CHECK(httpstatus::reason_phrase(299).empty());
    CHECK(httpstatus::reason_phrase(599).empty());
    CHECK(httpstatus::reason_phrase(600).empty());
    CHECK(httpstatus::reason_phrase(-1).empty());
    CHECK(httpstatus::reason_phrase(static_cast<code>(65535)).empty());
  }
  STATIC_REQUIRE(httpstatus::reason_phrase(code::ok) == "OK");
  STATIC_REQUIRE(httpstatus::reason_phrase(700).empty());
}

TEST_CASE("description explains every known code") {
  for (const auto& entry : expected::registry) {
    INFO("code " << entry.code);
    const std::string_view text = httpstatus::description(entry.code);
    CHECK(text.size() > 40);
    CHECK(text.back() == '.');
    CHECK(httpstatus::description(static_cast<code>(entry.code)) == text);
  }
  CHECK(httpstatus::description(299).empty());
  CHECK(httpstatus::description(1000).empty());
  STATIC_REQUIRE_FALSE(httpstatus::description(503).empty());
}

TEST_CASE("name is the enumerator") {
  SECTION("int") {
    CHECK(httpstatus::name(100) == "continue_");
    CHECK(httpstatus::name(200) == "ok");
    CHECK(httpstatus::name(404) == "not_found");
    CHECK(httpstatus::name(413) == "content_too_large");
    CHECK(httpstatus::name(418) == "im_a_teapot");
    CHECK(httpstatus::name(505) == "http_version_not_supported");
    CHECK(httpstatus::name(299).empty());
    CHECK(httpstatus::name(-5).empty());
  }
  SECTION("code") { CHECK(httpstatus::name(code::service_unavailable) == "service_unavailable"); }
  SECTION("every name is the phrase in snake_case") {
    for (const auto& entry : expected::registry) {
      INFO("code " << entry.code);
      CHECK(httpstatus::name(entry.code) == expected::enumerator_name(entry.phrase));
    }
  }
  STATIC_REQUIRE(httpstatus::name(code::gone) == "gone");
}

TEST_CASE("deprecated enumerators keep their values") {
  // Using them must warn in users' code, so the warning is off only here
  // (C4996 with MSVC, which the GitHub matrix builds with /WX).
#if defined(_MSC_VER) && !defined(__clang__)
#pragma warning(push)
#pragma warning(disable : 4996)
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
  CHECK(code::payload_too_large == code::content_too_large);
  CHECK(code::request_entity_too_large == code::content_too_large);
  CHECK(code::request_uri_too_long == code::uri_too_long);
  CHECK(code::requested_range_not_satisfiable == code::range_not_satisfiable);
  CHECK(code::unprocessable_entity == code::unprocessable_content);
  CHECK(code::moved_temporarily == code::found);
#if defined(_MSC_VER) && !defined(__clang__)
#pragma warning(pop)
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}

TEST_CASE("find gives everything about a known code") {
  SECTION("a current code") {
    const auto info = httpstatus::find(404);
    REQUIRE(info.has_value());
    CHECK(info->value == code::not_found);
    CHECK(info->reason_phrase == "Not Found");
    CHECK(info->name == "not_found");
    CHECK(info->reference == "RFC 9110, Section 15.5.5");
    CHECK(info->category == httpstatus::status_class::client_error);
    CHECK(info->retry_hint == httpstatus::retry::after_change);
    CHECK(info->cacheable);
    CHECK(info->content);
    CHECK_FALSE(info->retry_after);
    CHECK(info->standing == httpstatus::standing::current);
    CHECK(info->expires.empty());
  }
  SECTION("references of codes defined outside RFC 9110") {
    CHECK(httpstatus::find(103)->reference == "RFC 8297, Section 2");
    CHECK(httpstatus::find(207)->reference == "RFC 4918, Section 11.1");
    CHECK(httpstatus::find(425)->reference == "RFC 8470, Section 5.2");
    CHECK(httpstatus::find(429)->reference == "RFC 6585, Section 4");
    CHECK(httpstatus::find(451)->reference == "RFC 7725, Section 3");
    CHECK(httpstatus::find(508)->reference == "RFC 5842, Section 7.2");
  }
  SECTION("registry standing") {
    using httpstatus::standing;
    CHECK(httpstatus::find(305)->standing == standing::deprecated);
    CHECK(httpstatus::find(306)->standing == standing::unused);
    CHECK(httpstatus::find(418)->standing == standing::unused);
    CHECK(httpstatus::find(510)->standing == standing::obsolete);
    CHECK(httpstatus::find(104)->standing == standing::temporary);
    CHECK(httpstatus::find(104)->expires == "2026-11-13");
    CHECK(httpstatus::find(200)->standing == standing::current);
  }
  SECTION("unknown codes") {
    CHECK_FALSE(httpstatus::find(299).has_value());
    CHECK_FALSE(httpstatus::find(0).has_value());
    CHECK_FALSE(httpstatus::find(static_cast<code>(777)).has_value());
  }
  SECTION("code overload") { CHECK(httpstatus::find(code::created)->reason_phrase == "Created"); }
  STATIC_REQUIRE(httpstatus::find(code::locked)->reference == "RFC 4918, Section 11.3");
}

TEST_CASE("all walks every known code in ascending order") {
  const auto table = httpstatus::all();
  REQUIRE(table.size() == expected::registry_size);
  std::size_t i = 0;
  for (const httpstatus::status_info& info : table) {
    INFO("row " << i);
    REQUIRE(i < expected::registry_size);
    CHECK(static_cast<int>(info.value) == expected::registry[i].code);
    CHECK(info.reason_phrase == expected::registry[i].phrase);
    CHECK(table[i].value == info.value);
    ++i;
  }
  CHECK(i == expected::registry_size);
  STATIC_REQUIRE(httpstatus::all()[0].value == code::continue_);
  STATIC_REQUIRE(httpstatus::all().end() - httpstatus::all().begin() == 64);
}

TEST_CASE("the header states its registry snapshot and version") {
  CHECK(httpstatus::registry_updated == "2025-09-15");
#ifndef HTTPSTATUS_TEST_IMPORT  // macros do not cross an import
  const std::string version = std::to_string(HTTPSTATUS_VERSION_MAJOR) + "." +
                              std::to_string(HTTPSTATUS_VERSION_MINOR) + "." + std::to_string(HTTPSTATUS_VERSION_PATCH);
  CHECK(version == HTTPSTATUS_EXPECTED_VERSION);
  CHECK(HTTPSTATUS_VERSION ==
        HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH);
#endif
}

TEST_CASE("every code cites the document and section that define it") {
  CHECK(std::size(expected::references) == expected::registry_size);
  for (const auto& entry : expected::references) {
    INFO("code " << entry.code);
    const auto info = httpstatus::find(entry.code);
    REQUIRE(info.has_value());
    CHECK(info->reference == entry.reference);
  }
}
