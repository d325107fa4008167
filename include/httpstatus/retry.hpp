// SPDX-License-Identifier: MIT
// Retry decisions: may a request that failed be sent again, and when?
//
//   advise_retry(503, "POST", "30", 1)                        {retry, 30 s, reason}
//   advise_retry(transport_failure::connect_failed, "POST", 1)  never sent: repeat it
//
// Policies are values (retry_policies::standard and presets of widely used
// clients). Everything is noexcept and allocation-free; the forms that take
// `now` are constexpr, those without it read the system clock.
#ifndef HTTPSTATUS_RETRY_HPP
#define HTTPSTATUS_RETRY_HPP

#include <httpstatus/retry_after.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <random>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE

// Which requests a policy repeats after an error response.
enum class retry_methods : std::uint8_t {
  by_hint,          // as retry_hint says: any_method, or idempotent_only for idempotent methods
  idempotent_only,  // only idempotent methods, whatever the code
  any,              // any method
};

// When a policy waits as Retry-After says.
enum class retry_after_use : std::uint8_t {
  when_meaningful,  // for codes where Retry-After has a meaning (retry_after_applies)
  required,         // only retry when the response carries Retry-After (urllib3)
  ignored,          // always back off (AWS SDK standard mode)
};

// Failures that leave a client without a response.
enum class transport_failure : std::uint8_t {
  connect_failed,          // never sent: DNS, TCP refused or unreachable, TLS handshake, proxy CONNECT
  refused_stream,          // not processed: HTTP/2 REFUSED_STREAM or a GOAWAY below the stream's id, HTTP/3
                           // H3_REQUEST_REJECTED (RFC 9113, Section 8.7)
  closed_before_response,  // sent, then the connection closed or reset before a response
  response_timeout,        // sent, then no response within the client's timeout
};

// "connect_failed", ...; "" for a value outside the enumeration.
[[nodiscard]] constexpr std::string_view to_string(transport_failure value) noexcept {
  switch (value) {
    case transport_failure::connect_failed: return "connect_failed";
    case transport_failure::refused_stream: return "refused_stream";
    case transport_failure::closed_before_response: return "closed_before_response";
    case transport_failure::response_timeout: return "response_timeout";
  }
  return {};
}

// What a policy does after a transport failure.
enum class transport_retry : std::uint8_t {
  never,            // do not send it again
  idempotent_only,  // send idempotent requests again
  any_method,       // send it again, whatever the method
};

struct transport_rules {
  transport_retry connect_failed = transport_retry::any_method;
  transport_retry refused_stream = transport_retry::any_method;
  transport_retry closed_before_response = transport_retry::idempotent_only;
  transport_retry response_timeout = transport_retry::idempotent_only;

  [[nodiscard]] constexpr transport_retry operator[](transport_failure failure) const noexcept {
    switch (failure) {
      case transport_failure::connect_failed: return connect_failed;
      case transport_failure::refused_stream: return refused_stream;
      case transport_failure::closed_before_response: return closed_before_response;
      case transport_failure::response_timeout: return response_timeout;
    }
    return transport_retry::never;
  }
};

// A retry policy, as a value. The defaults are those of
// retry_policies::standard: copy a preset and change what you need.
struct retry_policy {
  std::string_view name = "httpstatus";
  // The codes the policy repeats, 0-terminated; none (and all_server_errors
  // false): decide by retry hint.
  std::uint16_t codes[8] = {};
  bool all_server_errors = false;  // every 5xx too
  retry_methods methods = retry_methods::by_hint;
  retry_after_use retry_after = retry_after_use::when_meaningful;
  int max_attempts = 4;  // attempts in all, the first included
  // Exponential backoff: min(max_delay, base_delay * 2^(attempt - 1)).
  std::chrono::milliseconds base_delay{200};
  std::chrono::milliseconds max_delay{30000};
  // The longest Retry-After waited for; a longer one: no retry.
  std::chrono::seconds max_retry_after{300};
  transport_rules transport{};
  // Where decisions by retry hint read their hints; nullptr: retry_hint.
  retry (*hints)(int) noexcept = nullptr;
};

namespace detail {

// Writes a preset's code list (at most 7 codes, so that a 0 ends it).
constexpr void set_codes(retry_policy& policy, std::initializer_list<std::uint16_t> codes) noexcept {
  std::size_t i = 0;
  for (const std::uint16_t value : codes) {
    policy.codes[i++] = value;
  }
}

}  // namespace detail

namespace retry_policies {

using std::chrono::milliseconds;
using std::chrono::seconds;

// Ours: DESIGN's retry hints, Retry-After where it has a meaning and up to
// 5 minutes, 4 attempts, backoff 200 ms doubling up to 30 s.
inline constexpr retry_policy standard{};

// urllib3's default Retry (total=3): no status list, so only 413, 429 and
// 503 with a Retry-After header, for its allowed (idempotent) methods, and
// however long Retry-After says; no backoff (backoff_factor=0). Connection
// errors are retried for any method, read errors and read timeouts only for
// the allowed methods.
inline constexpr retry_policy urllib3 = [] {
  retry_policy p;
  p.name = "urllib3";
  detail::set_codes(p, {413, 429, 503});
  p.methods = retry_methods::idempotent_only;
  p.retry_after = retry_after_use::required;
  p.base_delay = milliseconds(0);
  p.max_delay = milliseconds(120000);
  p.max_retry_after = max_retry_after;
  return p;
}();

// AWS SDK standard retry mode: 500, 502, 503, 504 as transient errors and
// 429 as throttling, plus connection errors and timeouts, for any
// operation; 3 attempts; backoff min(random * 2^attempt s, 20 s);
// Retry-After is not read.
inline constexpr retry_policy aws_standard = [] {
  retry_policy p;
  p.name = "aws-standard";
  detail::set_codes(p, {429, 500, 502, 503, 504});
  p.methods = retry_methods::any;
  p.retry_after = retry_after_use::ignored;
  p.max_attempts = 3;
  p.base_delay = milliseconds(1000);
  p.max_delay = milliseconds(20000);
  p.max_retry_after = seconds(0);  // not read
  p.transport = {transport_retry::any_method, transport_retry::any_method, transport_retry::any_method,
                 transport_retry::any_method};
  return p;
}();

// Google Cloud's guidance: 408, 429 and 5xx, connection errors and timeouts,
// all for idempotent operations only; exponential backoff from 1 s to 32 s.
// The 6 attempts and the 32 s limit on Retry-After are ours.
inline constexpr retry_policy google_cloud = [] {
  retry_policy p;
  p.name = "google-cloud";
  detail::set_codes(p, {408, 429});
  p.all_server_errors = true;
  p.methods = retry_methods::idempotent_only;
  p.max_attempts = 6;
  p.base_delay = milliseconds(1000);
  p.max_delay = milliseconds(32000);
  p.max_retry_after = seconds(32);
  p.transport = {transport_retry::idempotent_only, transport_retry::idempotent_only, transport_retry::idempotent_only,
                 transport_retry::idempotent_only};
  return p;
}();

// curl --retry 3: 408, 429, 500, 502, 503, 504 and timeouts, whatever the
// method; Retry-After honoured however long (only --retry-max-time limits
// it); delays doubling from 1 s up to 10 minutes. A refused connection is
// retried only with --retry-connrefused, a connection closed without a
// response not at all (but with --retry-all-errors); libcurl itself sends a
// request again after an HTTP/2 REFUSED_STREAM. The count is ours.
inline constexpr retry_policy curl = [] {
  retry_policy p;
  p.name = "curl";
  detail::set_codes(p, {408, 429, 500, 502, 503, 504});
  p.methods = retry_methods::any;
  p.base_delay = milliseconds(1000);
  p.max_delay = milliseconds(600000);
  p.max_retry_after = max_retry_after;
  p.transport = {transport_retry::never, transport_retry::any_method, transport_retry::never,
                 transport_retry::any_method};
  return p;
}();

// gRPC: the codes HTTP-to-gRPC mapping turns into UNAVAILABLE, the status a
// gRPC retry policy repeats (gRPC calls are all POST; a retry policy is
// configured only for methods safe to repeat). Connection failures and
// resets are UNAVAILABLE too; a stream the server refused is retried
// transparently; a deadline that expires (DEADLINE_EXCEEDED) is not
// retried. Retry-After is not read. Attempts and backoff are ours.
inline constexpr retry_policy grpc = [] {
  retry_policy p;
  p.name = "grpc";
  detail::set_codes(p, {429, 502, 503, 504});
  p.methods = retry_methods::any;
  p.retry_after = retry_after_use::ignored;
  p.max_attempts = 5;
  p.base_delay = milliseconds(1000);
  p.max_delay = milliseconds(120000);
  p.max_retry_after = seconds(0);  // not read
  p.transport = {transport_retry::any_method, transport_retry::any_method, transport_retry::any_method,
                 transport_retry::never};
  return p;
}();

}  // namespace retry_policies

struct retry_advice {
  bool retry;
  std::chrono::milliseconds delay;  // how long to wait first; zero when not retrying
  std::string_view reason;          // the rule that decided, with its source
};

namespace detail {

constexpr retry_advice no_retry(std::string_view reason) noexcept {
  return {false, std::chrono::milliseconds(0), reason};
}

// min(max_delay, base_delay * 2^(attempt - 1)), in milliseconds; an attempt
// below 1 counts as 1.
constexpr std::int64_t backoff_cap(const retry_policy& policy, int attempt) noexcept {
  std::int64_t cap = policy.base_delay.count();
  for (int i = 1; i < attempt && cap < policy.max_delay.count(); ++i) {
    cap *= 2;
  }
  return cap > policy.max_delay.count() ? policy.max_delay.count() : (cap < 0 ? 0 : cap);
}

// The cap itself without a random value; with one, full jitter: a delay
// drawn from [0, cap].
constexpr std::chrono::milliseconds backoff(const retry_policy& policy, int attempt,
                                            std::optional<std::uint64_t> random) noexcept {
  const std::int64_t cap = backoff_cap(policy, attempt);
  if (!random) {
    return std::chrono::milliseconds(cap);
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(*random % (static_cast<std::uint64_t>(cap) + 1)));
}

constexpr bool policy_lists(const retry_policy& policy, int value) noexcept {
  if (policy.all_server_errors && is_server_error(value)) {
    return true;
  }
  for (const std::uint16_t listed : policy.codes) {
    if (listed == 0) {
      break;
    }
    if (listed == value) {
      return true;
    }
  }
  return false;
}

constexpr bool reads_retry_after(const retry_policy& policy, int value) noexcept {
  return policy.retry_after == retry_after_use::required ||
         (policy.retry_after == retry_after_use::when_meaningful && retry_after_applies(value));
}

// Why a policy that decides by retry hint does not repeat a code, or "" when
// it does. `asked`: the Retry-After delay, when the policy reads one.
constexpr std::string_view hint_refusal(const retry_policy& policy, int value, bool idempotent,
                                        const std::optional<std::chrono::seconds>& asked) noexcept {
  const retry hint = policy.hints != nullptr ? policy.hints(value) : retry_hint(value);
  switch (hint) {
    case retry::not_needed: return "not a failure: nothing to repeat";
    case retry::after_change:
      // RFC 9110, Section 15.5.14: with Retry-After, a 413's limit is temporary.
      if (asked && retry_after_applies(value)) {
        return {};
      }
      return "the same request would fail again: change it first (retry hint after_change)";
    case retry::idempotent_only:
      if (!idempotent && policy.methods == retry_methods::by_hint) {
        return "the server may have acted on the request and the method is not idempotent (RFC 9110, Section 9.2.2)";
      }
      return {};
    case retry::any_method: return {};
  }
  return "unknown retry hint";
}

constexpr retry_advice advise_on_status(int value, std::string_view method, const retry_after_value& retry_after,
                                        int attempt, sys_seconds now, const retry_policy& policy,
                                        std::optional<std::uint64_t> random) noexcept {
  if (is_valid(value) && !is_error(value)) {
    return no_retry("not a failure: nothing to repeat (1xx, 2xx, 3xx)");
  }
  if (attempt >= policy.max_attempts) {
    return no_retry("the policy's attempts are used up");
  }
  const bool idempotent = is_idempotent(method);
  const std::optional<std::chrono::seconds> asked =
      reads_retry_after(policy, value) ? retry_after.delay(now) : std::nullopt;
  const bool by_hint = policy.codes[0] == 0 && !policy.all_server_errors;
  if (by_hint) {
    const std::string_view refusal = hint_refusal(policy, value, idempotent, asked);
    if (!refusal.empty()) {
      return no_retry(refusal);
    }
  } else if (!policy_lists(policy, value)) {
    return no_retry("the policy does not repeat this status code");
  }
  if (policy.methods == retry_methods::idempotent_only && !idempotent) {
    return no_retry("the policy repeats only idempotent methods (RFC 9110, Section 9.2.2)");
  }
  if (policy.retry_after == retry_after_use::required && !asked) {
    return no_retry("the policy repeats this code only when Retry-After says when");
  }
  if (asked) {
    if (*asked > policy.max_retry_after) {
      return no_retry("Retry-After asks for a longer wait than the policy's max_retry_after");
    }
    return {true, *asked, "wait as Retry-After says (RFC 9110, Section 10.2.3)"};
  }
  return {true, backoff(policy, attempt, random),
          random ? "exponential backoff with full jitter" : "exponential backoff"};
}

constexpr std::string_view transport_reason(transport_failure failure, transport_retry rule) noexcept {
  switch (failure) {
    case transport_failure::connect_failed: return "the request was never sent: send it again after a backoff";
    case transport_failure::refused_stream:
      return "the server refused the stream unprocessed (RFC 9113, Section 8.7): send it again after a backoff";
    case transport_failure::closed_before_response:
    case transport_failure::response_timeout: break;
  }
  return rule == transport_retry::idempotent_only
             ? "the server may have acted on it, but the method is idempotent (RFC 9110, Section 9.2.2): send it "
               "again after a backoff"
             : "the policy repeats any method after this failure: send it again after a backoff";
}

constexpr retry_advice advise_on_transport(transport_failure failure, std::string_view method, int attempt,
                                           const retry_policy& policy, std::optional<std::uint64_t> random) noexcept {
  if (attempt >= policy.max_attempts) {
    return no_retry("the policy's attempts are used up");
  }
  const transport_retry rule = policy.transport[failure];
  switch (rule) {
    case transport_retry::never: return no_retry("the policy does not repeat a request after this transport failure");
    case transport_retry::idempotent_only:
      if (!is_idempotent(method)) {
        return no_retry(
            "the server may have acted on the request and the method is not idempotent (RFC 9110, Section 9.2.2; "
            "RFC 9112, Section 9.3.1)");
      }
      break;
    case transport_retry::any_method: break;
  }
  return {true, backoff(policy, attempt, random), transport_reason(failure, rule)};
}

// A per-thread splitmix64 generator, seeded from std::random_device (and the
// clock, should the device fail), for the forms that draw their own jitter.
inline std::uint64_t seed_for_thread() noexcept {
  auto seed = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
  try {
    std::random_device device;
    seed ^= static_cast<std::uint64_t>(device()) << 32U ^ device();
  } catch (...) {  // no entropy source: the clock alone
  }
#else
  std::random_device device;
  seed ^= static_cast<std::uint64_t>(device()) << 32U ^ device();
#endif
  return seed;
}

inline std::uint64_t thread_random() noexcept {
  thread_local std::uint64_t state = seed_for_thread();
  state += 0x9E3779B97F4A7C15U;
  std::uint64_t mixed = state;
  mixed = (mixed ^ (mixed >> 30U)) * 0xBF58476D1CE4E5B9U;
  mixed = (mixed ^ (mixed >> 27U)) * 0x94D049BB133111EBU;
  return mixed ^ (mixed >> 31U);
}

}  // namespace detail

// Should a client send the request again after this response, and when?
//   status        the response's code: a `code` or any integer
//   method        the request's method (case-sensitive, as on the wire)
//   retry_after   the Retry-After field, in any form a client holds it
//                 (see retry_after_value); {} when the response had none
//   attempt       attempts made so far, the failed one included (1 after the first)
//   now           the current time, for Retry-After dates
//   policy        a retry_policies value, or your own
// Without `random` the backoff is the full exponential delay; with it, full
// jitter: random % (delay + 1) ms, for a uniform random 64-bit value.
[[nodiscard]] constexpr retry_advice advise_retry(status_value status, std::string_view method,
                                                  retry_after_value retry_after, int attempt, sys_seconds now,
                                                  const retry_policy& policy = retry_policies::standard) noexcept {
  return detail::advise_on_status(status.get(), method, retry_after, attempt, now, policy, std::nullopt);
}
[[nodiscard]] constexpr retry_advice advise_retry(status_value status, std::string_view method,
                                                  retry_after_value retry_after, int attempt, sys_seconds now,
                                                  const retry_policy& policy, std::uint64_t random) noexcept {
  return detail::advise_on_status(status.get(), method, retry_after, attempt, now, policy, random);
}

// The same against the system clock, with jitter from a per-thread generator.
[[nodiscard]] inline retry_advice advise_retry(status_value status, std::string_view method,
                                               retry_after_value retry_after, int attempt,
                                               const retry_policy& policy = retry_policies::standard) noexcept {
  return detail::advise_on_status(status.get(), method, retry_after, attempt, seconds_now(), policy,
                                  detail::thread_random());
}

// Should a client send the request again after a transport failure? A
// request never sent (connect_failed) or refused unprocessed
// (refused_stream) may be, whatever the method; one the server may have
// acted on (closed_before_response, response_timeout) only when idempotent.
// Presets follow their clients' rules (policy.transport). `now` is unused
// but keeps the forms alike.
[[nodiscard]] constexpr retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                                  sys_seconds /*now*/,
                                                  const retry_policy& policy = retry_policies::standard) noexcept {
  return detail::advise_on_transport(failure, method, attempt, policy, std::nullopt);
}
[[nodiscard]] constexpr retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                                  sys_seconds /*now*/, const retry_policy& policy,
                                                  std::uint64_t random) noexcept {
  return detail::advise_on_transport(failure, method, attempt, policy, random);
}
[[nodiscard]] inline retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                               const retry_policy& policy = retry_policies::standard) noexcept {
  return detail::advise_on_transport(failure, method, attempt, policy, detail::thread_random());
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_RETRY_HPP
