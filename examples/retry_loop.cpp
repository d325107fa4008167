// How a client decides whether to send a request again. The responses are
// simulated (no network): each scenario lists what the server answers to
// successive attempts.
#include <httpstatus/httpstatus.hpp>

#include <initializer_list>
#include <iostream>
#include <string_view>

namespace {

constexpr int max_attempts = 3;
constexpr int base_delay_ms = 100;

struct scenario {
  std::string_view method;
  std::string_view target;
  std::initializer_list<int> responses;
};

// Why the client stops, or "" when it may try again.
std::string_view reason_to_stop(int status, std::string_view method) {
  switch (httpstatus::retry_hint(status)) {
    case httpstatus::retry::not_needed: return "done";
    case httpstatus::retry::after_change: return "stop: the same request would fail again; change it first";
    case httpstatus::retry::idempotent_only:
      return httpstatus::is_idempotent(method)
                 ? ""
                 : "stop: the server may have acted on it, and the method is not idempotent";
    case httpstatus::retry::any_method: return "";
  }
  return "stop";
}

void run(const scenario& s) {
  std::cout << s.method << ' ' << s.target << '\n';
  int attempt = 0;
  for (const int status : s.responses) {
    ++attempt;
    std::cout << "  attempt " << attempt << ": " << static_cast<httpstatus::code>(status);
    if (!httpstatus::is_known(status)) {
      std::cout << " (unknown: handled as " << static_cast<httpstatus::code>(status / 100 * 100) << ')';
    }
    const std::string_view stop = reason_to_stop(status, s.method);
    if (!stop.empty()) {
      std::cout << " -> " << stop << '\n';
      return;
    }
    // The same decision in one call:
    const bool retryable = httpstatus::is_retryable(status, httpstatus::is_idempotent(s.method));
    if (!retryable || attempt == max_attempts) {
      std::cout << " -> give up after " << attempt << " attempts\n";
      return;
    }
    const int delay = base_delay_ms << (attempt - 1);
    std::cout << " -> retry (" << httpstatus::retry_hint(status) << ") after "
              << (httpstatus::retry_after_applies(status) ? "Retry-After, or " : "") << delay << " ms\n";
  }
}

}  // namespace

int main() {
  const scenario scenarios[] = {
      {"GET", "/catalog", {503, 502, 200}},    {"POST", "/orders", {502}},
      {"POST", "/orders", {429, 201}},         {"PUT", "/profile", {401}},
      {"DELETE", "/session", {504, 504, 504}}, {"GET", "/health", {599, 200}},
      {"PATCH", "/cart", {421, 200}},
  };
  for (const auto& s : scenarios) {
    run(s);
  }
}
