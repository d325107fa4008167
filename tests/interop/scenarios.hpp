// The script every client adapter runs: what the server does, which method
// the client sends, and the transcript we expect. The expectations come from
// RFC 9110 and the standard policy's rules as DESIGN.md states them: 503/429
// wait as Retry-After says; 502 and 520 (a 5xx the registry lacks, handled
// as 500) are repeated for idempotent methods only; 418 is a 4xx, not
// repeated; a refused connection never carried the request (any method);
// a connection closed or silent after the request went out may have been
// acted on (idempotent methods only). Backoff without jitter doubles from
// the policy's base delay, which the test sets to 200 ms.
#ifndef HTTPSTATUS_TESTS_INTEROP_SCENARIOS_HPP
#define HTTPSTATUS_TESTS_INTEROP_SCENARIOS_HPP

#include <httpstatus/http_date.hpp>
#include <httpstatus/retry.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "../support/catch.hpp"
#include "loopback.hpp"

namespace interop {

// How long each client waits for a response after sending the request.
inline constexpr std::chrono::milliseconds client_timeout{500};

// The standard policy, with the numbers the transcripts depend on pinned.
inline httpstatus::retry_policy test_policy() {
  httpstatus::retry_policy policy = httpstatus::retry_policies::standard;
  policy.max_attempts = 4;
  policy.base_delay = std::chrono::milliseconds(200);
  policy.max_delay = std::chrono::milliseconds(30000);
  return policy;
}

// The current second, as the clients pass it to advise_retry.
inline httpstatus::sys_seconds now_seconds() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

struct scenario {
  std::string name;
  std::string method;
  std::vector<reply> script;  // empty: no server, a closed port
  int max_attempts;           // the client gives up after this many
  std::vector<std::string> transcript;
  bool depends_on_the_second = false;  // see start_early_in_a_second
};

// What one exchange gave: the status ("503") or the transport failure
// ("connect_failed"), and the adapter's advice.
struct outcome {
  std::string what;
  httpstatus::retry_advice advice;
};

// One attempt by a client adapter: send `method /` to 127.0.0.1:port, wait
// at most client_timeout for the response, advise with test_policy().
using client = std::function<outcome(const std::string& method, std::uint16_t port, int attempt)>;

// A 429 whose Retry-After is the date 2 s ahead of when it is written.
inline std::string too_many_requests_two_seconds_ahead() {
  const httpstatus::sys_seconds ahead = now_seconds() + std::chrono::seconds(2);
  return "HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + std::string(httpstatus::format_http_date(ahead).view()) +
         "\r\n";
}

// Sleeps into the first half of a second, so that an exchange started now
// ends within the same second: the server's date and the client's clock
// then agree on whole seconds, and the delay is exactly 2 s.
inline void start_early_in_a_second() {
  const auto now = std::chrono::system_clock::now();
  const auto fraction = now - std::chrono::floor<std::chrono::seconds>(now);
  if (fraction >= std::chrono::milliseconds(500)) {
    std::this_thread::sleep_for(std::chrono::seconds(1) - fraction + std::chrono::milliseconds(10));
  }
}

inline std::vector<scenario> scenarios() {
  const std::string ok = "HTTP/1.1 200 OK\r\n";
  return {
      {"503 with Retry-After: 1, then 200",
       "POST",
       {answer("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"), answer(ok)},
       4,
       {"POST #1: 503 -> retry in 1000 ms", "POST #2: 200 -> stop"}},
      {"429 with Retry-After as a date 2 s ahead, then 200",
       "POST",
       {answer_with(too_many_requests_two_seconds_ahead), answer(ok)},
       4,
       {"POST #1: 429 -> retry in 2000 ms", "POST #2: 200 -> stop"},
       true},
      {"502 to a POST", "POST", {answer("HTTP/1.1 502 Bad Gateway\r\n")}, 4, {"POST #1: 502 -> stop"}},
      {"502 to a GET, then 200",
       "GET",
       {answer("HTTP/1.1 502 Bad Gateway\r\n"), answer(ok)},
       4,
       {"GET #1: 502 -> retry in 200 ms", "GET #2: 200 -> stop"}},
      {"418 to a GET", "GET", {answer("HTTP/1.1 418 I'm a teapot\r\n")}, 4, {"GET #1: 418 -> stop"}},
      {"520 to a POST", "POST", {answer("HTTP/1.1 520 Unknown Error\r\n")}, 4, {"POST #1: 520 -> stop"}},
      {"520 to a GET, then 200",
       "GET",
       {answer("HTTP/1.1 520 Unknown Error\r\n"), answer(ok)},
       4,
       {"GET #1: 520 -> retry in 200 ms", "GET #2: 200 -> stop"}},
      {"a closed port, POST",
       "POST",
       {},
       2,
       {"POST #1: connect_failed -> retry in 200 ms", "POST #2: connect_failed -> retry in 400 ms"}},
      {"closed without an answer, POST",
       "POST",
       {close_without_answer()},
       4,
       {"POST #1: closed_before_response -> stop"}},
      {"closed without an answer, GET, then 200",
       "GET",
       {close_without_answer(), answer(ok)},
       4,
       {"GET #1: closed_before_response -> retry in 200 ms", "GET #2: 200 -> stop"}},
      {"no answer within the client's timeout, POST",
       "POST",
       {never_answer()},
       4,
       {"POST #1: response_timeout -> stop"}},
      {"no answer within the client's timeout, GET, then 200",
       "GET",
       {never_answer(), answer(ok)},
       4,
       {"GET #1: response_timeout -> retry in 200 ms", "GET #2: 200 -> stop"}},
  };
}

// Runs one scenario with a client, sleeping as advised between attempts,
// and returns the transcript. `requests_seen` gets the server's count of
// requests read (0 for a closed port).
inline std::vector<std::string> run(const scenario& script, const client& send, std::size_t& requests_seen) {
  std::vector<std::string> transcript;
  const bool with_server = !script.script.empty();
  std::uint16_t port = 0;
  std::unique_ptr<scripted_server> server;
  if (with_server) {
    server = std::make_unique<scripted_server>(script.script);
    port = server->port();
  } else {
    port = closed_port();
  }
  for (int attempt = 1; attempt <= script.max_attempts; ++attempt) {
    if (script.depends_on_the_second) {
      start_early_in_a_second();
    }
    const outcome result = send(script.method, port, attempt);
    std::string line = script.method + " #" + std::to_string(attempt) + ": " + result.what + " -> ";
    line += result.advice.retry ? "retry in " + std::to_string(result.advice.delay.count()) + " ms" : "stop";
    transcript.push_back(line);
    // Every advised delay in the script is short; anything longer is a
    // failure the transcript shows, not a wait.
    if (!result.advice.retry || result.advice.delay > wait_limit) {
      break;
    }
    if (attempt < script.max_attempts) {
      std::this_thread::sleep_for(result.advice.delay);
    }
  }
  requests_seen = server ? server->request_lines().size() : 0;
  return transcript;
}

// Runs every scenario with `send`, one Catch section each, and checks the
// transcript against the expected one as `reported` adapts it to what the
// library can tell apart; and that the server read one request per attempt.
template <class Adapt>
void check_every_scenario(const client& send, Adapt reported) {
  for (const scenario& script : scenarios()) {
    SECTION(script.name) {
      std::size_t requests_seen = 0;
      CHECK(run(script, send, requests_seen) == reported(script.transcript));
      if (!script.script.empty()) {
        CHECK(requests_seen == script.transcript.size());
      }
    }
  }
}

inline void check_every_scenario(const client& send) {
  check_every_scenario(send, [](const std::vector<std::string>& transcript) { return transcript; });
}

}  // namespace interop

#endif  // HTTPSTATUS_TESTS_INTEROP_SCENARIOS_HPP
