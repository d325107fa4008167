#include "support/httpstatus_api.hpp"

#include <climits>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::code;
using httpstatus::retry;

namespace {

// Our verdict for every registered 4xx and 5xx code, with the rule behind it
// (DESIGN.md's retry table; RFC 9110, Sections 9.2.2 and 15.5-15.6).
struct verdict {
  int code;
  retry hint;
};

constexpr verdict error_verdicts[] = {
    {400, retry::after_change},     // malformed request
    {401, retry::after_change},     // needs credentials
    {402, retry::after_change},     //
    {403, retry::after_change},     // refused
    {404, retry::after_change},     // wrong URI
    {405, retry::after_change},     // wrong method
    {406, retry::after_change},     // relax Accept-*
    {407, retry::after_change},     // needs proxy credentials
    {408, retry::any_method},       // 15.5.9: server did not get the request; may repeat
    {409, retry::after_change},     // resolve the conflict
    {410, retry::after_change},     // gone for good
    {411, retry::after_change},     // add Content-Length
    {412, retry::after_change},     // refresh the precondition
    {413, retry::after_change},     // send less
    {414, retry::after_change},     // shorter URI
    {415, retry::after_change},     // another media type
    {416, retry::after_change},     // valid range
    {417, retry::after_change},     // drop Expect
    {418, retry::after_change},     // handled as 400
    {421, retry::any_method},       // 15.5.20: repeat on another connection, any method
    {422, retry::after_change},     // fix the content
    {423, retry::after_change},     // needs the lock token
    {424, retry::after_change},     // fix the dependency
    {425, retry::any_method},       // RFC 8470, 5.2: repeat after the handshake
    {426, retry::after_change},     // upgrade first
    {428, retry::after_change},     // add a precondition
    {429, retry::any_method},       // rate limited before acting
    {431, retry::after_change},     // smaller header fields
    {451, retry::after_change},     // legal block
    {500, retry::idempotent_only},  // may have acted
    {501, retry::after_change},     // feature missing
    {502, retry::idempotent_only},  // upstream may have acted
    {503, retry::any_method},       // refused before acting
    {504, retry::idempotent_only},  // upstream may still act
    {505, retry::after_change},     // another HTTP version
    {506, retry::after_change},     // server misconfiguration
    {507, retry::idempotent_only},  // temporary, may have done part of the work
    {508, retry::after_change},     // the loop is in the data
    {510, retry::after_change},     // needs an extension declaration
    {511, retry::after_change},     // log in to the network
};

}  // namespace

TEST_CASE("retry_hint") {
  SECTION("nothing failed for 1xx, 2xx and 3xx") {
    for (const auto& entry : expected::registry) {
      if (entry.code < 400) {
        INFO("code " << entry.code);
        CHECK(httpstatus::retry_hint(entry.code) == retry::not_needed);
      }
    }
  }
  SECTION("every 4xx and 5xx code") {
    std::size_t errors = 0;
    for (const auto& entry : expected::registry) {
      errors += entry.code >= 400 ? 1U : 0U;
    }
    CHECK(errors == std::size(error_verdicts));
    for (const auto& v : error_verdicts) {
      INFO("code " << v.code);
      CHECK(httpstatus::retry_hint(v.code) == v.hint);
      CHECK(httpstatus::retry_hint(static_cast<code>(v.code)) == v.hint);
    }
  }
  SECTION("unknown codes answer as the x00 code of their class") {
    CHECK(httpstatus::retry_hint(199) == retry::not_needed);
    CHECK(httpstatus::retry_hint(299) == retry::not_needed);
    CHECK(httpstatus::retry_hint(399) == retry::not_needed);
    CHECK(httpstatus::retry_hint(499) == retry::after_change);
    CHECK(httpstatus::retry_hint(599) == retry::idempotent_only);
  }
  SECTION("invalid codes answer as 500") {
    CHECK(httpstatus::retry_hint(999) == retry::idempotent_only);
    CHECK(httpstatus::retry_hint(0) == retry::idempotent_only);
    CHECK(httpstatus::retry_hint(INT_MIN) == retry::idempotent_only);
    CHECK(httpstatus::retry_hint(static_cast<code>(1234)) == retry::idempotent_only);
  }
  STATIC_REQUIRE(httpstatus::retry_hint(code::too_many_requests) == retry::any_method);
  STATIC_REQUIRE(httpstatus::retry_hint(501) == retry::after_change);
}

TEST_CASE("is_retryable combines the hint with the method") {
  SECTION("int") {
    CHECK(httpstatus::is_retryable(503, false));
    CHECK(httpstatus::is_retryable(503, true));
    CHECK(httpstatus::is_retryable(429, false));
    CHECK(httpstatus::is_retryable(408, false));
    CHECK(httpstatus::is_retryable(502, true));
    CHECK_FALSE(httpstatus::is_retryable(502, false));
    CHECK_FALSE(httpstatus::is_retryable(500, false));
    CHECK_FALSE(httpstatus::is_retryable(404, true));
    CHECK_FALSE(httpstatus::is_retryable(501, true));
    CHECK_FALSE(httpstatus::is_retryable(200, true));
    CHECK(httpstatus::is_retryable(599, true));
    CHECK_FALSE(httpstatus::is_retryable(599, false));
  }
  SECTION("code") {
    CHECK(httpstatus::is_retryable(code::gateway_timeout, true));
    CHECK_FALSE(httpstatus::is_retryable(code::gateway_timeout, false));
  }
  STATIC_REQUIRE(httpstatus::is_retryable(code::service_unavailable, false));
}

TEST_CASE("is_idempotent follows RFC 9110, Section 9.2.2") {
  for (const char* method : {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}) {
    INFO(method);
    CHECK(httpstatus::is_idempotent(method));
  }
  for (const char* method : {"POST", "PATCH", "CONNECT", "get", "Put", "", " GET", "GET ", "GETS", "PROPFIND"}) {
    INFO(method);
    CHECK_FALSE(httpstatus::is_idempotent(method));
  }
  STATIC_REQUIRE(httpstatus::is_idempotent("PUT"));
  STATIC_REQUIRE_FALSE(httpstatus::is_idempotent("POST"));
}

TEST_CASE("retry_after_applies") {
  SECTION("every registered code") {
    for (const auto& entry : expected::registry) {
      INFO("code " << entry.code);
      CHECK(httpstatus::retry_after_applies(entry.code) == expected::retry_after_applies(entry.code));
    }
  }
  SECTION("unknown and invalid codes") {
    CHECK(httpstatus::retry_after_applies(399));
    CHECK_FALSE(httpstatus::retry_after_applies(499));
    CHECK_FALSE(httpstatus::retry_after_applies(599));
    CHECK_FALSE(httpstatus::retry_after_applies(1000));
  }
  SECTION("code") { CHECK(httpstatus::retry_after_applies(code::content_too_large)); }
  STATIC_REQUIRE(httpstatus::retry_after_applies(code::service_unavailable));
}

TEST_CASE("is_cacheable_by_default") {
  SECTION("every registered code") {
    for (const auto& entry : expected::registry) {
      INFO("code " << entry.code);
      CHECK(httpstatus::is_cacheable_by_default(entry.code) ==
            expected::contains(expected::heuristically_cacheable, entry.code));
    }
  }
  SECTION("a recipient must not cache an unrecognised code (RFC 9110, Section 15)") {
    CHECK_FALSE(httpstatus::is_cacheable_by_default(299));
    CHECK_FALSE(httpstatus::is_cacheable_by_default(499));
    CHECK_FALSE(httpstatus::is_cacheable_by_default(-200));
  }
  SECTION("code") { CHECK(httpstatus::is_cacheable_by_default(code::permanent_redirect)); }
  STATIC_REQUIRE(httpstatus::is_cacheable_by_default(code::not_found));
  STATIC_REQUIRE_FALSE(httpstatus::is_cacheable_by_default(201));
}

TEST_CASE("allows_content") {
  SECTION("every registered code") {
    for (const auto& entry : expected::registry) {
      INFO("code " << entry.code);
      CHECK(httpstatus::allows_content(entry.code) == expected::allows_content(entry.code));
    }
  }
  SECTION("unknown codes answer as their x00 code") {
    CHECK_FALSE(httpstatus::allows_content(199));
    CHECK(httpstatus::allows_content(299));
    CHECK(httpstatus::allows_content(599));
  }
  SECTION("code") { CHECK_FALSE(httpstatus::allows_content(code::no_content)); }
  STATIC_REQUIRE_FALSE(httpstatus::allows_content(code::not_modified));
}
