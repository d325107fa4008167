// A client's retry loop with advise_retry, over simulated outcomes (no
// network): each scenario lists what successive attempts got, a response
// (status and Retry-After) or a transport failure. The clock and the jitter
// are fixed here so that the output is the same on every run; a real client
// calls the forms without `now` and `random`.
#include <httpstatus/retry.hpp>

#include <initializer_list>
#include <iostream>
#include <optional>
#include <string_view>

namespace {

using httpstatus::transport_failure;

struct outcome {
  int status;  // 0: no response
  const char* retry_after;
  std::optional<transport_failure> failure;
};

outcome response(int status, const char* retry_after = nullptr) { return {status, retry_after, std::nullopt}; }
outcome failed(transport_failure failure) { return {0, nullptr, failure}; }

struct scenario {
  std::string_view method;
  std::string_view target;
  std::initializer_list<outcome> outcomes;
};

constexpr httpstatus::sys_seconds now{std::chrono::seconds(1764460800)};  // Sun, 30 Nov 2025 00:00:00 GMT

void print_outcome(const outcome& o) {
  if (o.failure) {
    std::cout << "no response (" << httpstatus::to_string(*o.failure) << ')';
    return;
  }
  std::cout << static_cast<httpstatus::code>(o.status);
  if (o.retry_after != nullptr) {
    std::cout << ", Retry-After: " << o.retry_after;
  }
}

void run(const scenario& s) {
  std::cout << s.method << ' ' << s.target << '\n';
  int attempt = 0;
  for (const outcome& o : s.outcomes) {
    ++attempt;
    std::cout << "  attempt " << attempt << ": ";
    print_outcome(o);
    if (!o.failure && httpstatus::is_success(o.status)) {
      std::cout << " -> done\n";
      return;
    }
    const httpstatus::retry_advice advice =
        o.failure ? httpstatus::advise_retry(*o.failure, s.method, attempt, now)
                  : httpstatus::advise_retry(o.status, s.method, o.retry_after, attempt, now);
    if (!advice.retry) {
      std::cout << " -> stop: " << advice.reason << '\n';
      return;
    }
    std::cout << " -> retry in " << advice.delay.count() << " ms: " << advice.reason << '\n';
  }
}

}  // namespace

int main() {
  const scenario scenarios[] = {
      {"GET", "/catalog", {response(503, "2"), response(502), response(200)}},
      {"POST", "/orders", {response(502)}},
      {"POST", "/orders", {failed(transport_failure::connect_failed), response(201)}},
      {"POST", "/orders", {failed(transport_failure::response_timeout)}},
      {"PUT", "/avatar", {response(413, "Sun, 30 Nov 2025 00:01:00 GMT"), response(204)}},
      {"POST", "/upload", {response(413)}},
      {"GET", "/report", {response(503, "3600")}},
      {"DELETE",
       "/session",
       {response(504), failed(transport_failure::closed_before_response), response(504), response(504)}},
  };
  for (const auto& s : scenarios) {
    run(s);
  }
}
