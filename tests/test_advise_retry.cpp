#include "support/httpstatus_api.hpp"

#include <cstdint>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::advise_retry;
using httpstatus::code;
using httpstatus::sys_seconds;
using std::chrono::milliseconds;
using std::chrono::seconds;
namespace policies = httpstatus::retry_policies;

namespace {

constexpr sys_seconds now{seconds(1764460800)};  // 2025-11-30

// The default policy's verdicts, from DESIGN.md's retry table: repeat these
// whatever the method...
constexpr int repeat_any_method[] = {408, 421, 425, 429, 503};
// ...these only for idempotent methods (the server may have acted)...
constexpr int repeat_idempotent_only[] = {500, 502, 504, 507};
// ...and wait as Retry-After says for these (RFC 9110, Section 10.2.3 for
// 503; RFC 6585, Section 4 for 429). 413 has a meaning for Retry-After too,
// but is not repeated unchanged.
constexpr int honour_retry_after[] = {429, 503};

bool idempotent(std::string_view method) { return method == "GET" || method == "PUT"; }

}  // namespace

TEST_CASE("advise_retry: every code x {GET, PUT, POST, PATCH} x {with, without Retry-After}") {
  int decisions = 0;
  for (const auto& entry : expected::registry) {
    for (const std::string_view method : {"GET", "PUT", "POST", "PATCH"}) {
      for (const bool with_header : {false, true}) {
        const auto header = with_header ? std::optional<std::string_view>("7") : std::nullopt;
        const auto advice = advise_retry(static_cast<code>(entry.code), method, header, 1, now);
        const bool expect_retry = expected::contains(repeat_any_method, entry.code) ||
                                  (expected::contains(repeat_idempotent_only, entry.code) && idempotent(method));
        INFO(entry.code << ' ' << method << (with_header ? " with Retry-After: 7" : "") << ": " << advice.reason);
        CHECK(advice.retry == expect_retry);
        CHECK_FALSE(advice.reason.empty());
        if (expect_retry && with_header && expected::contains(honour_retry_after, entry.code)) {
          CHECK(advice.delay == seconds(7));
        } else if (expect_retry) {
          CHECK(advice.delay <= milliseconds(200));  // the first backoff (README: 200 ms doubling)
        } else {
          CHECK(advice.delay == milliseconds(0));
        }
        ++decisions;
      }
    }
  }
  CHECK(decisions == 64 * 4 * 2);
}

TEST_CASE("advise_retry: unknown and invalid codes") {
  CHECK(advise_retry(static_cast<code>(599), "GET", std::nullopt, 1, now).retry);  // as 500
  CHECK_FALSE(advise_retry(static_cast<code>(599), "POST", std::nullopt, 1, now).retry);
  CHECK_FALSE(advise_retry(static_cast<code>(499), "GET", std::nullopt, 1, now).retry);  // as 400
  CHECK_FALSE(advise_retry(static_cast<code>(299), "GET", std::nullopt, 1, now).retry);
  CHECK(advise_retry(static_cast<code>(999), "GET", std::nullopt, 1, now).retry);  // invalid: as 500
}

TEST_CASE("advise_retry: backoff, attempts and Retry-After limits") {
  const auto& p = policies::standard;
  // The standard policy, as README documents it: 4 attempts, backoff caps of
  // 200, 400 and 800 ms after the first three.
  SECTION("full jitter stays within the doubling cap") {
    int attempt = 0;
    for (const std::int64_t cap : {200, 400, 800}) {
      ++attempt;
      INFO("attempt " << attempt);
      CHECK(advise_retry(code::service_unavailable, "GET", std::nullopt, attempt, now, p, 0).delay == milliseconds(0));
      CHECK(advise_retry(code::service_unavailable, "GET", std::nullopt, attempt, now, p, UINT64_MAX).delay <=
            milliseconds(cap));
      CHECK(
          advise_retry(code::service_unavailable, "GET", std::nullopt, attempt, now, p, static_cast<std::uint64_t>(cap))
              .delay == milliseconds(cap));
    }
  }
  SECTION("attempts run out") {
    CHECK(advise_retry(code::service_unavailable, "GET", std::nullopt, 3, now).retry);
    CHECK_FALSE(advise_retry(code::service_unavailable, "GET", std::nullopt, 4, now).retry);
  }
  SECTION("a Retry-After longer than max_delay is not waited for") {
    CHECK_FALSE(advise_retry(code::service_unavailable, "GET", std::string_view("3600"), 1, now).retry);
  }
  SECTION("a Retry-After date") {
    const auto advice =
        advise_retry(code::too_many_requests, "POST", std::string_view("Sun, 30 Nov 2025 00:00:10 GMT"), 1, now);
    CHECK(advice.retry);
    CHECK(advice.delay == seconds(10));
  }
  SECTION("a malformed Retry-After falls back to backoff") {
    const auto advice = advise_retry(code::service_unavailable, "GET", std::string_view("soon"), 1, now, p, 5);
    CHECK(advice.retry);
    CHECK(advice.delay == milliseconds(5));
  }
}

TEST_CASE("advise_retry: presets of widely used clients") {
  const auto decide = [](code status, std::string_view method, std::optional<std::string_view> header,
                         const httpstatus::retry_policy& policy) {
    return advise_retry(status, method, header, 1, now, policy, 0);
  };
  SECTION("urllib3: 413, 429, 503 with Retry-After, idempotent methods") {
    CHECK(decide(code::service_unavailable, "GET", std::string_view("30"), policies::urllib3).delay == seconds(30));
    CHECK(decide(code::content_too_large, "PUT", std::string_view("5"), policies::urllib3).retry);
    CHECK_FALSE(decide(code::service_unavailable, "GET", std::nullopt, policies::urllib3).retry);
    CHECK_FALSE(decide(code::service_unavailable, "POST", std::string_view("30"), policies::urllib3).retry);
    CHECK_FALSE(decide(code::internal_server_error, "GET", std::string_view("30"), policies::urllib3).retry);
  }
  SECTION("AWS SDK standard mode: 500, 502, 503, 504, 429, any method, Retry-After ignored") {
    CHECK(decide(code::internal_server_error, "POST", std::nullopt, policies::aws_standard).retry);
    CHECK(decide(code::too_many_requests, "POST", std::string_view("30"), policies::aws_standard).delay ==
          milliseconds(0));
    CHECK_FALSE(decide(code::request_timeout, "GET", std::nullopt, policies::aws_standard).retry);
    CHECK_FALSE(decide(code::not_implemented, "GET", std::nullopt, policies::aws_standard).retry);
  }
  SECTION("Google Cloud: 408, 429 and every 5xx, idempotent operations") {
    CHECK(decide(code::request_timeout, "GET", std::nullopt, policies::google_cloud).retry);
    CHECK(decide(static_cast<code>(599), "PUT", std::nullopt, policies::google_cloud).retry);
    CHECK(decide(code::not_implemented, "GET", std::nullopt, policies::google_cloud).retry);
    CHECK_FALSE(decide(code::bad_gateway, "POST", std::nullopt, policies::google_cloud).retry);
    CHECK_FALSE(decide(code::conflict, "GET", std::nullopt, policies::google_cloud).retry);
  }
  SECTION("curl --retry: 408, 429, 500, 502, 503, 504, any method, Retry-After honoured") {
    CHECK(decide(code::gateway_timeout, "POST", std::nullopt, policies::curl).retry);
    CHECK(decide(code::too_many_requests, "POST", std::string_view("9"), policies::curl).delay == seconds(9));
    CHECK_FALSE(decide(code::not_implemented, "GET", std::nullopt, policies::curl).retry);
    CHECK_FALSE(decide(code::insufficient_storage, "GET", std::nullopt, policies::curl).retry);
  }
  SECTION("gRPC: the codes that map to UNAVAILABLE") {
    CHECK(decide(code::bad_gateway, "POST", std::nullopt, policies::grpc).retry);
    CHECK(decide(code::too_many_requests, "POST", std::nullopt, policies::grpc).retry);
    CHECK_FALSE(decide(code::internal_server_error, "POST", std::nullopt, policies::grpc).retry);
    CHECK_FALSE(decide(code::request_timeout, "POST", std::nullopt, policies::grpc).retry);
  }
  SECTION("no preset repeats a success") {
    for (const auto* policy : {&policies::standard, &policies::urllib3, &policies::aws_standard,
                               &policies::google_cloud, &policies::curl, &policies::grpc}) {
      INFO(policy->name);
      CHECK_FALSE(decide(code::ok, "GET", std::nullopt, *policy).retry);
    }
  }
}
