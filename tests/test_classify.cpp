#include "support/httpstatus_api.hpp"

#include <climits>
#include <tuple>

#include "support/catch.hpp"

using httpstatus::code;
using httpstatus::status_class;

TEST_CASE("class_of goes by the first digit (RFC 9110, Section 15)") {
  SECTION("int") {
    auto [value, expected] = GENERATE(table<int, status_class>({
        {100, status_class::informational},
        {199, status_class::informational},
        {200, status_class::success},
        {299, status_class::success},
        {300, status_class::redirection},
        {399, status_class::redirection},
        {400, status_class::client_error},
        {499, status_class::client_error},
        {500, status_class::server_error},
        {599, status_class::server_error},
        {99, status_class::invalid},
        {600, status_class::invalid},
        {0, status_class::invalid},
        {-500, status_class::invalid},
        {1000, status_class::invalid},
        {INT_MIN, status_class::invalid},
        {INT_MAX, status_class::invalid},
    }));
    INFO("code " << value);
    CHECK(httpstatus::class_of(value) == expected);
  }
  SECTION("code") {
    CHECK(httpstatus::class_of(code::early_hints) == status_class::informational);
    CHECK(httpstatus::class_of(code::im_used) == status_class::success);
    CHECK(httpstatus::class_of(code::permanent_redirect) == status_class::redirection);
    CHECK(httpstatus::class_of(code::too_early) == status_class::client_error);
    CHECK(httpstatus::class_of(code::loop_detected) == status_class::server_error);
    CHECK(httpstatus::class_of(static_cast<code>(700)) == status_class::invalid);
  }
  STATIC_REQUIRE(httpstatus::class_of(451) == status_class::client_error);
  STATIC_REQUIRE(httpstatus::class_of(code::ok) == status_class::success);
}

TEST_CASE("class predicates") {
  SECTION("is_informational") {
    CHECK(httpstatus::is_informational(100));
    CHECK(httpstatus::is_informational(code::processing));
    CHECK_FALSE(httpstatus::is_informational(200));
    CHECK_FALSE(httpstatus::is_informational(99));
  }
  SECTION("is_success") {
    CHECK(httpstatus::is_success(204));
    CHECK(httpstatus::is_success(code::ok));
    CHECK_FALSE(httpstatus::is_success(304));
  }
  SECTION("is_redirection") {
    CHECK(httpstatus::is_redirection(301));
    CHECK(httpstatus::is_redirection(code::not_modified));
    CHECK_FALSE(httpstatus::is_redirection(400));
  }
  SECTION("is_client_error") {
    CHECK(httpstatus::is_client_error(404));
    CHECK(httpstatus::is_client_error(code::too_many_requests));
    CHECK_FALSE(httpstatus::is_client_error(500));
  }
  SECTION("is_server_error") {
    CHECK(httpstatus::is_server_error(503));
    CHECK(httpstatus::is_server_error(code::not_extended));
    CHECK_FALSE(httpstatus::is_server_error(600));
  }
  SECTION("is_error is 4xx or 5xx, never an invalid code") {
    CHECK(httpstatus::is_error(400));
    CHECK(httpstatus::is_error(599));
    CHECK(httpstatus::is_error(code::gateway_timeout));
    CHECK_FALSE(httpstatus::is_error(399));
    CHECK_FALSE(httpstatus::is_error(600));
    CHECK_FALSE(httpstatus::is_error(1000));
    CHECK_FALSE(httpstatus::is_error(-404));
  }
  STATIC_REQUIRE(httpstatus::is_informational(code::continue_));
  STATIC_REQUIRE(httpstatus::is_success(201));
  STATIC_REQUIRE(httpstatus::is_redirection(code::found));
  STATIC_REQUIRE(httpstatus::is_client_error(418));
  STATIC_REQUIRE(httpstatus::is_server_error(code::bad_gateway));
  STATIC_REQUIRE_FALSE(httpstatus::is_error(1000));
}

TEST_CASE("to_string names each enumeration value") {
  SECTION("status_class") {
    CHECK(httpstatus::to_string(status_class::invalid) == "invalid");
    CHECK(httpstatus::to_string(status_class::informational) == "informational");
    CHECK(httpstatus::to_string(status_class::success) == "success");
    CHECK(httpstatus::to_string(status_class::redirection) == "redirection");
    CHECK(httpstatus::to_string(status_class::client_error) == "client_error");
    CHECK(httpstatus::to_string(status_class::server_error) == "server_error");
    CHECK(httpstatus::to_string(static_cast<status_class>(42)).empty());
  }
  SECTION("retry") {
    using httpstatus::retry;
    CHECK(httpstatus::to_string(retry::not_needed) == "not_needed");
    CHECK(httpstatus::to_string(retry::after_change) == "after_change");
    CHECK(httpstatus::to_string(retry::any_method) == "any_method");
    CHECK(httpstatus::to_string(retry::idempotent_only) == "idempotent_only");
    CHECK(httpstatus::to_string(static_cast<retry>(42)).empty());
  }
  SECTION("standing") {
    using httpstatus::standing;
    CHECK(httpstatus::to_string(standing::current) == "current");
    CHECK(httpstatus::to_string(standing::deprecated) == "deprecated");
    CHECK(httpstatus::to_string(standing::unused) == "unused");
    CHECK(httpstatus::to_string(standing::obsolete) == "obsolete");
    CHECK(httpstatus::to_string(standing::temporary) == "temporary");
    CHECK(httpstatus::to_string(static_cast<standing>(42)).empty());
  }
  STATIC_REQUIRE(httpstatus::to_string(status_class::client_error) == "client_error");
}
