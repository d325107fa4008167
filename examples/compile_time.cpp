// Everything in httpstatus works at compile time: checks in static_assert,
// and tables computed from all() while compiling.
#include <httpstatus/httpstatus.hpp>

#include <array>
#include <cstddef>
#include <iostream>

namespace {

static_assert(httpstatus::reason_phrase(404) == "Not Found");
static_assert(httpstatus::class_of(httpstatus::code::im_a_teapot) == httpstatus::status_class::client_error);
static_assert(httpstatus::parse("Request-URI Too Long") == httpstatus::code::uri_too_long);
static_assert(httpstatus::retry_hint(599) == httpstatus::retry_hint(500));
static_assert(!httpstatus::is_error(1000));

constexpr std::size_t count_with_hint(httpstatus::retry hint) {
  std::size_t count = 0;
  for (const auto& info : httpstatus::all()) {
    count += info.retry_hint == hint ? 1 : 0;
  }
  return count;
}

// The codes a client may repeat whatever the method, found while compiling.
constexpr auto repeatable_codes = [] {
  std::array<httpstatus::code, count_with_hint(httpstatus::retry::any_method)> codes{};
  std::size_t next = 0;
  for (const auto& info : httpstatus::all()) {
    if (info.retry_hint == httpstatus::retry::any_method) {
      codes[next++] = info.value;
    }
  }
  return codes;
}();

static_assert(repeatable_codes.size() == 5);
static_assert(repeatable_codes[0] == httpstatus::code::request_timeout);

// The longest reason phrase, e.g. to size a buffer.
constexpr std::size_t longest_phrase = [] {
  std::size_t longest = 0;
  for (const auto& info : httpstatus::all()) {
    longest = info.reason_phrase.size() > longest ? info.reason_phrase.size() : longest;
  }
  return longest;
}();

}  // namespace

int main() {
  std::cout << "Repeatable with any method:\n";
  for (const auto code : repeatable_codes) {
    std::cout << "  " << code << '\n';
  }
  std::cout << "Longest reason phrase: " << longest_phrase << " characters\n";
  std::cout << "Codes that need a change before a retry: " << count_with_hint(httpstatus::retry::after_change) << '\n';
}
