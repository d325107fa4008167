#include "support/httpstatus_api.hpp"

#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::advise_retry;
using httpstatus::code;
using httpstatus::retry_policy;
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
// 503; RFC 6585, Section 4 for 429). A 413 with Retry-After is repeated
// after it, any method (RFC 9110, Section 15.5.14: the condition is
// temporary); without it, not at all.
constexpr int honour_retry_after[] = {413, 429, 503};

bool idempotent(std::string_view method) { return method == "GET" || method == "PUT"; }

// A policy of our own, by retry hint, whose backoff reaches its cap on the
// third attempt: 300, 600, then 1000 (not 1200) ms.
constexpr retry_policy capped = [] {
  retry_policy p;
  p.name = "capped";
  p.max_attempts = 10;
  p.base_delay = milliseconds(300);
  p.max_delay = milliseconds(1000);
  return p;
}();

}  // namespace

TEST_CASE("advise_retry: every code x {GET, PUT, POST, PATCH} x {with, without Retry-After}") {
  int decisions = 0;
  for (const auto& entry : expected::registry) {
    for (const std::string_view method : {"GET", "PUT", "POST", "PATCH"}) {
      for (const bool with_header : {false, true}) {
        const std::string_view header = with_header ? "7" : "";
        const auto advice = advise_retry(entry.code, method, header, 1, now);
        const bool waits_as_told = with_header && expected::contains(honour_retry_after, entry.code);
        const bool expect_retry = expected::contains(repeat_any_method, entry.code) ||
                                  (expected::contains(repeat_idempotent_only, entry.code) && idempotent(method)) ||
                                  (entry.code == 413 && with_header);
        INFO(entry.code << ' ' << method << (with_header ? " with Retry-After: 7" : "") << ": " << advice.reason);
        CHECK(advice.retry == expect_retry);
        CHECK_FALSE(advice.reason.empty());
        if (expect_retry && waits_as_told) {
          CHECK(advice.delay == seconds(7));
        } else if (expect_retry) {
          CHECK(advice.delay == milliseconds(200));  // README: the first backoff is 200 ms
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
  CHECK(advise_retry(599, "GET", {}, 1, now).retry);  // as 500
  CHECK_FALSE(advise_retry(599, "POST", {}, 1, now).retry);
  CHECK_FALSE(advise_retry(499, "GET", {}, 1, now).retry);  // as 400
  CHECK_FALSE(advise_retry(299, "GET", {}, 1, now).retry);
  CHECK(advise_retry(999, "GET", {}, 1, now).retry);  // invalid: as 500
  CHECK(advise_retry(0, "GET", {}, 1, now).retry);
  CHECK_FALSE(advise_retry(0, "POST", {}, 1, now).retry);
  // 2^32 + 503 is not 503: invalid, so as 500, not repeated for a POST.
  CHECK(advise_retry(503LL, "POST", {}, 1, now).retry);
  CHECK_FALSE(advise_retry(4294967799LL, "POST", {}, 1, now).retry);
}

TEST_CASE("advise_retry: the backoff formula, min(max_delay, base_delay * 2^(attempt - 1))") {
  SECTION("without a random value: the full delay") {
    CHECK(advise_retry(503, "GET", {}, 1, now).delay == milliseconds(200));
    CHECK(advise_retry(503, "GET", {}, 2, now).delay == milliseconds(400));
    CHECK(advise_retry(503, "GET", {}, 3, now).delay == milliseconds(800));
  }
  SECTION("a custom policy reaches its cap: 300, 600, 1000, 1000 ms") {
    CHECK(advise_retry(503, "GET", {}, 1, now, capped).delay == milliseconds(300));
    CHECK(advise_retry(503, "GET", {}, 2, now, capped).delay == milliseconds(600));
    CHECK(advise_retry(503, "GET", {}, 3, now, capped).delay == milliseconds(1000));
    CHECK(advise_retry(503, "GET", {}, 4, now, capped).delay == milliseconds(1000));
    CHECK(advise_retry(503, "GET", {}, 9, now, capped).delay == milliseconds(1000));
  }
  SECTION("the cap at, one below and one above max_delay") {
    retry_policy p = capped;
    p.base_delay = milliseconds(250);  // 250, 500, 1000: attempt 3 is exactly the cap
    CHECK(advise_retry(503, "GET", {}, 3, now, p).delay == milliseconds(1000));
    p.max_delay = milliseconds(999);
    CHECK(advise_retry(503, "GET", {}, 3, now, p).delay == milliseconds(999));
    p.max_delay = milliseconds(1001);
    CHECK(advise_retry(503, "GET", {}, 3, now, p).delay == milliseconds(1000));
    CHECK(advise_retry(503, "GET", {}, 4, now, p).delay == milliseconds(1001));
  }
  SECTION("with a random value r: r % (cap + 1) ms") {
    CHECK(advise_retry(503, "GET", {}, 3, now, capped, 0).delay == milliseconds(0));
    CHECK(advise_retry(503, "GET", {}, 3, now, capped, 999).delay == milliseconds(999));
    CHECK(advise_retry(503, "GET", {}, 3, now, capped, 1000).delay == milliseconds(1000));
    CHECK(advise_retry(503, "GET", {}, 3, now, capped, 1001).delay == milliseconds(0));
    CHECK(advise_retry(503, "GET", {}, 3, now, capped, 2003).delay == milliseconds(1));
    CHECK(advise_retry(503, "GET", {}, 1, now, capped, UINT64_MAX).delay ==
          milliseconds(static_cast<std::int64_t>(UINT64_MAX % 301)));
  }
  SECTION("full jitter over 10,000 draws: within [0, cap], mean within 5% of cap / 2") {
    std::mt19937_64 generator(20261207);
    double sum = 0;
    bool all_within = true;
    for (int i = 0; i < 10000; ++i) {
      const auto delay = advise_retry(503, "GET", {}, 3, now, capped, generator()).delay;
      all_within = all_within && delay >= milliseconds(0) && delay <= milliseconds(1000);
      sum += static_cast<double>(delay.count());
    }
    CHECK(all_within);
    const double mean = sum / 10000;
    CHECK(mean >= 500 * 0.95);
    CHECK(mean <= 500 * 1.05);
  }
  SECTION("without a random value no preset with a base delay backs off for zero") {
    for (const auto* policy :
         {&policies::standard, &policies::aws_standard, &policies::google_cloud, &policies::curl, &policies::grpc}) {
      for (int attempt = 1; attempt < policy->max_attempts; ++attempt) {
        INFO(policy->name << " attempt " << attempt);
        CHECK(advise_retry(503, "GET", {}, attempt, now, *policy).delay > milliseconds(0));
      }
    }
    // urllib3's backoff_factor is 0: no delay, by design.
    retry_policy no_base = capped;
    no_base.base_delay = milliseconds(0);
    CHECK(advise_retry(503, "GET", {}, 2, now, no_base).delay == milliseconds(0));
  }
}

TEST_CASE("advise_retry: attempts") {
  // The standard policy makes 4 attempts in all.
  CHECK(advise_retry(503, "GET", {}, 3, now).retry);
  CHECK_FALSE(advise_retry(503, "GET", {}, 4, now).retry);
  CHECK_FALSE(advise_retry(503, "GET", {}, 5, now).retry);
  // An attempt below 1 counts as the first.
  CHECK(advise_retry(503, "GET", {}, 0, now).delay == milliseconds(200));
}

TEST_CASE("advise_retry: max_retry_after") {
  SECTION("standard: up to 5 minutes, separate from the 30 s backoff cap") {
    const auto sixty = advise_retry(503, "POST", "60", 1, now);
    CHECK(sixty.retry);
    CHECK(sixty.delay == seconds(60));
    CHECK(advise_retry(503, "GET", "299", 1, now).delay == seconds(299));
    CHECK(advise_retry(503, "GET", "300", 1, now).delay == seconds(300));  // at the limit: waited for
    CHECK_FALSE(advise_retry(503, "GET", "301", 1, now).retry);
  }
  SECTION("the longest Retry-After, 2^31 - 1 s") {
    retry_policy p = capped;
    p.max_retry_after = seconds(2147483647);
    CHECK(advise_retry(503, "GET", "2147483647", 1, now, p).delay == seconds(2147483647));
    CHECK(advise_retry(503, "GET", "2147483648", 1, now, p).delay == seconds(2147483647));  // saturates
    // The same limit for a delay the client parsed itself (libcurl's CURLINFO_RETRY_AFTER).
    CHECK(advise_retry(503, "GET", seconds(2147483646), 1, now, p).delay == seconds(2147483646));
    CHECK(advise_retry(503, "GET", seconds(2147483647), 1, now, p).delay == seconds(2147483647));
    CHECK(advise_retry(503, "GET", seconds(2147483648), 1, now, p).delay == seconds(2147483647));
    p.max_retry_after = seconds(2147483646);
    CHECK_FALSE(advise_retry(503, "GET", "2147483647", 1, now, p).retry);
    CHECK(advise_retry(503, "GET", "2147483646", 1, now, p).retry);
  }
  SECTION("a Retry-After date") {
    const auto advice = advise_retry(code::too_many_requests, "POST", "Sun, 30 Nov 2025 00:00:10 GMT", 1, now);
    CHECK(advice.retry);
    CHECK(advice.delay == seconds(10));
  }
  SECTION("a malformed Retry-After falls back to backoff") {
    const auto advice = advise_retry(503, "GET", "soon", 1, now, policies::standard, 5);
    CHECK(advice.retry);
    CHECK(advice.delay == milliseconds(5));
  }
  SECTION("413: Retry-After makes the limit temporary (RFC 9110, Section 15.5.14)") {
    const auto with = advise_retry(413, "POST", "20", 1, now);
    CHECK(with.retry);
    CHECK(with.delay == seconds(20));
    CHECK_FALSE(advise_retry(413, "POST", {}, 1, now).retry);
    CHECK_FALSE(advise_retry(413, "POST", "later", 1, now).retry);  // not a valid value
    CHECK_FALSE(advise_retry(413, "POST", "301", 1, now).retry);    // beyond max_retry_after
    CHECK_FALSE(advise_retry(413, "POST", "20", 4, now).retry);     // attempts used up
  }
}

TEST_CASE("advise_retry: every form of Retry-After a client holds") {
  const auto& p = policies::standard;
  constexpr std::uint64_t r = 7;  // a backoff of 7 ms when Retry-After is absent
  SECTION("absent") {
    CHECK(advise_retry(503, "GET", std::nullopt, 1, now, p, r).delay == milliseconds(7));
    CHECK(advise_retry(503, "GET", {}, 1, now, p, r).delay == milliseconds(7));
    CHECK(advise_retry(503, "GET", std::string_view{}, 1, now, p, r).delay == milliseconds(7));
    CHECK(advise_retry(503, "GET", static_cast<const char*>(nullptr), 1, now, p, r).delay == milliseconds(7));
    CHECK(advise_retry(503, "GET", std::optional<std::string_view>{}, 1, now, p, r).delay == milliseconds(7));
    CHECK(advise_retry(503, "GET", seconds(-1), 1, now, p, r).delay == milliseconds(7));
  }
  SECTION("present") {
    CHECK(advise_retry(503, "GET", "120", 1, now, p, r).delay == seconds(120));
    const char* from_c_api = "120";
    CHECK(advise_retry(503, "GET", from_c_api, 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(503, "GET", std::string("120"), 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(503, "GET", std::optional<std::string_view>("120"), 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(503, "GET", seconds(5), 1, now, p, r).delay == seconds(5));
    CHECK(advise_retry(503, "GET", seconds(0), 1, now, p, r).delay == seconds(0));
  }
  SECTION("status as a code or any integer") {
    CHECK(advise_retry(code::service_unavailable, "GET", "120", 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(503L, "GET", "120", 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(503U, "GET", "120", 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(std::size_t{503}, "GET", "120", 1, now, p, r).delay == seconds(120));
    CHECK(advise_retry(static_cast<short>(503), "GET", "120", 1, now, p, r).delay == seconds(120));
  }
  STATIC_REQUIRE(advise_retry(503, "GET", "120", 1, now, p, r).delay == seconds(120));
  STATIC_REQUIRE(advise_retry(503, "GET", static_cast<const char*>(nullptr), 1, now, p, r).delay == milliseconds(7));
}

TEST_CASE("advise_retry: custom policies") {
  SECTION("by retry hint, any method: a 500 on POST is repeated") {
    retry_policy p = capped;
    p.methods = httpstatus::retry_methods::any;
    CHECK(advise_retry(500, "POST", {}, 1, now, p).retry);
    CHECK_FALSE(advise_retry(500, "POST", {}, 1, now, capped).retry);  // by hint: not
    CHECK_FALSE(advise_retry(404, "POST", {}, 1, now, p).retry);       // after_change stays
  }
  SECTION("Retry-After required, for a code where it has no meaning") {
    retry_policy p = capped;
    p.codes[0] = 500;
    p.retry_after = httpstatus::retry_after_use::required;
    const auto with = advise_retry(500, "GET", "5", 1, now, p);
    CHECK(with.retry);
    CHECK(with.delay == seconds(5));
    CHECK_FALSE(advise_retry(500, "GET", {}, 1, now, p).retry);
  }
  SECTION("Retry-After ignored") {
    retry_policy p = capped;
    p.retry_after = httpstatus::retry_after_use::ignored;
    CHECK(advise_retry(503, "GET", "60", 1, now, p).delay == milliseconds(300));
    CHECK_FALSE(advise_retry(413, "GET", "60", 1, now, p).retry);
  }
  SECTION("hints from elsewhere") {
    retry_policy p = capped;
    p.hints = [](int value) noexcept {
      return value == 522 ? httpstatus::retry::any_method : httpstatus::retry_hint(value);
    };
    CHECK(advise_retry(522, "POST", {}, 1, now, p).retry);
    CHECK_FALSE(advise_retry(522, "POST", {}, 1, now, capped).retry);
    CHECK_FALSE(advise_retry(502, "POST", {}, 1, now, p).retry);
  }
}

TEST_CASE("advise_retry: the forms that read the clock") {
  const auto advice = advise_retry(503, "GET", {}, 1);
  CHECK(advice.retry);
  CHECK(advice.delay >= milliseconds(0));
  CHECK(advice.delay <= milliseconds(200));
  // A date 30 s ahead of the system clock: between 28 and 30 s, whatever
  // second boundary the test crosses.
  const auto ahead = httpstatus::format_http_date(httpstatus::seconds_now() + seconds(30));
  const auto dated = advise_retry(429, "POST", ahead.view(), 1);
  CHECK(dated.retry);
  CHECK(dated.delay >= seconds(28));
  CHECK(dated.delay <= seconds(30));
  const auto parsed = httpstatus::parse_retry_after(ahead.view());
  REQUIRE(parsed);
  CHECK(*parsed >= seconds(28));
  CHECK(*parsed <= seconds(30));
  CHECK(httpstatus::parse_retry_after("45") == seconds(45));
}

TEST_CASE("advise_retry: presets of widely used clients") {
  const auto decide = [](int status, std::string_view method, httpstatus::retry_after_value header,
                         const retry_policy& policy) {
    return advise_retry(status, method, header, 1, now, policy, 0);
  };
  SECTION("urllib3: 413, 429, 503 with Retry-After, idempotent methods, however long") {
    CHECK(decide(503, "GET", "30", policies::urllib3).delay == seconds(30));
    CHECK(decide(503, "GET", "86400", policies::urllib3).delay == seconds(86400));
    CHECK(decide(413, "PUT", "5", policies::urllib3).retry);
    CHECK_FALSE(decide(503, "GET", {}, policies::urllib3).retry);
    CHECK_FALSE(decide(503, "POST", "30", policies::urllib3).retry);
    CHECK_FALSE(decide(500, "GET", "30", policies::urllib3).retry);
  }
  SECTION("AWS SDK standard mode: 500, 502, 503, 504, 429, any method, Retry-After ignored") {
    CHECK(decide(500, "POST", {}, policies::aws_standard).retry);
    CHECK(decide(429, "POST", "30", policies::aws_standard).delay == milliseconds(0));
    CHECK_FALSE(decide(408, "GET", {}, policies::aws_standard).retry);
    CHECK_FALSE(decide(501, "GET", {}, policies::aws_standard).retry);
    CHECK_FALSE(decide(413, "GET", "5", policies::aws_standard).retry);
  }
  SECTION("Google Cloud: 408, 429 and every 5xx, idempotent operations") {
    CHECK(decide(408, "GET", {}, policies::google_cloud).retry);
    CHECK(decide(599, "PUT", {}, policies::google_cloud).retry);
    CHECK(decide(501, "GET", {}, policies::google_cloud).retry);
    CHECK_FALSE(decide(502, "POST", {}, policies::google_cloud).retry);
    CHECK_FALSE(decide(409, "GET", {}, policies::google_cloud).retry);
  }
  SECTION("curl --retry: 408, 429, 500, 502, 503, 504, any method, Retry-After honoured") {
    CHECK(decide(504, "POST", {}, policies::curl).retry);
    CHECK(decide(429, "POST", "9", policies::curl).delay == seconds(9));
    CHECK(decide(503, "POST", "3600", policies::curl).delay == seconds(3600));
    CHECK_FALSE(decide(501, "GET", {}, policies::curl).retry);
    CHECK_FALSE(decide(507, "GET", {}, policies::curl).retry);
    CHECK_FALSE(decide(413, "GET", "5", policies::curl).retry);
  }
  SECTION("gRPC: the codes that map to UNAVAILABLE") {
    CHECK(decide(502, "POST", {}, policies::grpc).retry);
    CHECK(decide(429, "POST", {}, policies::grpc).retry);
    CHECK_FALSE(decide(500, "POST", {}, policies::grpc).retry);
    CHECK_FALSE(decide(408, "POST", {}, policies::grpc).retry);
  }
  SECTION("no preset repeats a success") {
    for (const auto* policy : {&policies::standard, &policies::urllib3, &policies::aws_standard,
                               &policies::google_cloud, &policies::curl, &policies::grpc}) {
      INFO(policy->name);
      CHECK_FALSE(decide(200, "GET", {}, *policy).retry);
    }
  }
}
