// advise_retry after a transport failure: each failure x method x preset,
// against the rules written here from RFC 9110 Section 9.2.2, RFC 9113
// Section 8.7 and each client's documentation (README, "Retrying requests").
#include "support/httpstatus_api.hpp"

#include <string_view>

#include "support/catch.hpp"

using httpstatus::advise_retry;
using httpstatus::retry_policy;
using httpstatus::sys_seconds;
using httpstatus::transport_failure;
using std::chrono::milliseconds;
namespace policies = httpstatus::retry_policies;

namespace {

constexpr sys_seconds now{std::chrono::seconds(1764460800)};

// What a preset does after each failure: 'A' any method, 'I' idempotent
// methods only, '-' never. Order: connect_failed, refused_stream,
// closed_before_response, response_timeout. Then its first backoff, as
// README documents it.
struct expected_rules {
  const retry_policy* policy;
  const char rules[5];
  milliseconds first_backoff;
};

const expected_rules presets[] = {
    {&policies::standard, "AAII", milliseconds(200)},  // never sent / not processed: any; may have acted: idempotent
    {&policies::urllib3, "AAII", milliseconds(0)},     // connect errors any method; read errors only allowed_methods
    {&policies::aws_standard, "AAAA", milliseconds(1000)},  // connection errors and timeouts are transient
    {&policies::google_cloud, "IIII", milliseconds(1000)},  // idempotent operations only
    {&policies::curl, "-A-A", milliseconds(1000)},          // --retry: timeouts; refused needs --retry-connrefused
    {&policies::grpc, "AAA-", milliseconds(1000)},          // UNAVAILABLE, transparent retries; not DEADLINE_EXCEEDED
};

constexpr transport_failure failures[] = {transport_failure::connect_failed, transport_failure::refused_stream,
                                          transport_failure::closed_before_response,
                                          transport_failure::response_timeout};

bool idempotent(std::string_view method) { return method == "GET" || method == "PUT"; }

}  // namespace

TEST_CASE("advise_retry(transport_failure): each failure x {GET, PUT, POST, PATCH} x each preset") {
  int decisions = 0;
  for (const auto& preset : presets) {
    for (int f = 0; f < 4; ++f) {
      for (const std::string_view method : {"GET", "PUT", "POST", "PATCH"}) {
        const char rule = preset.rules[f];
        const bool expect_retry = rule == 'A' || (rule == 'I' && idempotent(method));
        const auto advice = advise_retry(failures[f], method, 1, now, *preset.policy);
        INFO(preset.policy->name << ' ' << httpstatus::to_string(failures[f]) << ' ' << method << ": "
                                 << advice.reason);
        CHECK(advice.retry == expect_retry);
        CHECK_FALSE(advice.reason.empty());
        // Without a random value the delay is the first backoff in full.
        CHECK(advice.delay == (expect_retry ? preset.first_backoff : milliseconds(0)));
        ++decisions;
      }
    }
  }
  CHECK(decisions == 6 * 4 * 4);
}

TEST_CASE("advise_retry(transport_failure): attempts, backoff and jitter") {
  // The standard policy: 4 attempts, 200 ms doubling.
  CHECK(advise_retry(transport_failure::connect_failed, "POST", 3, now).retry);
  CHECK(advise_retry(transport_failure::connect_failed, "POST", 3, now).delay == milliseconds(800));
  CHECK_FALSE(advise_retry(transport_failure::connect_failed, "POST", 4, now).retry);
  CHECK(advise_retry(transport_failure::refused_stream, "POST", 2, now, policies::standard, 401).delay ==
        milliseconds(0));
  CHECK(advise_retry(transport_failure::refused_stream, "POST", 2, now, policies::standard, 400).delay ==
        milliseconds(400));
  // AWS: 3 attempts.
  CHECK(advise_retry(transport_failure::response_timeout, "POST", 2, now, policies::aws_standard).retry);
  CHECK_FALSE(advise_retry(transport_failure::response_timeout, "POST", 3, now, policies::aws_standard).retry);
  STATIC_REQUIRE(advise_retry(transport_failure::closed_before_response, "PUT", 1, now).retry);
  STATIC_REQUIRE_FALSE(advise_retry(transport_failure::closed_before_response, "POST", 1, now).retry);
}

TEST_CASE("advise_retry(transport_failure): the form that reads the clock") {
  const auto advice = advise_retry(transport_failure::connect_failed, "POST", 1);
  CHECK(advice.retry);
  CHECK(advice.delay <= milliseconds(200));
  CHECK_FALSE(advise_retry(transport_failure::response_timeout, "POST", 1).retry);
  CHECK(httpstatus::to_string(transport_failure::refused_stream) == "refused_stream");
}
