// SPDX-License-Identifier: MIT
// Retry-After (RFC 9110, Section 10.2.3): the delay a field value asks for,
// and retry_after_value, the one parameter type for whatever form a client
// holds the field in.
//
//   parse_retry_after("120", now)                            120 s
//   parse_retry_after("Sun, 30 Nov 2025 00:02:00 GMT", now)  the time until then
//
// Everything is noexcept and allocation-free; bad input gives nullopt.
#ifndef HTTPSTATUS_RETRY_AFTER_HPP
#define HTTPSTATUS_RETRY_AFTER_HPP

#include <httpstatus/http_date.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

HTTPSTATUS_BEGIN_NAMESPACE

// The longest delay parse_retry_after gives: a longer delay-seconds value
// saturates here rather than overflowing (about 68 years).
inline constexpr std::chrono::seconds max_retry_after{0x7FFFFFFF};

namespace detail {

constexpr bool is_optional_white_space(char c) noexcept { return c == ' ' || c == '\t'; }

// Removes OWS (space and tab, RFC 9110, Section 5.6.3) around a field value.
constexpr std::string_view trim_ows(std::string_view text) noexcept {
  while (!text.empty() && is_optional_white_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_optional_white_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace detail

// The delay a Retry-After field value asks for (RFC 9110, Section 10.2.3):
// delay-seconds (1*DIGIT; huge values saturate at max_retry_after) or an
// HTTP-date (a date in the past gives zero). OWS around the value is ignored;
// anything else (signs, fractions, trailing text, empty) gives nullopt.
[[nodiscard]] constexpr std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                                              sys_seconds now) noexcept {
  value = detail::trim_ows(value);
  if (value.empty()) {
    return std::nullopt;
  }
  if (value.front() >= '0' && value.front() <= '9') {
    std::int64_t seconds = 0;
    for (const char c : value) {
      if (c < '0' || c > '9') {
        return std::nullopt;
      }
      seconds = seconds * 10 + (c - '0');
      if (seconds > max_retry_after.count()) {
        seconds = max_retry_after.count() + 1;  // keeps reading digits without overflowing
      }
    }
    return std::chrono::seconds(seconds > max_retry_after.count() ? max_retry_after.count() : seconds);
  }
  const auto date = parse_http_date(value, now);
  if (!date) {
    return std::nullopt;
  }
  const std::chrono::seconds delay = *date - now;
  if (delay.count() <= 0) {
    return std::chrono::seconds(0);
  }
  return delay > max_retry_after ? max_retry_after : delay;
}

// The same, for a date against the system clock.
[[nodiscard]] inline std::optional<std::chrono::seconds> parse_retry_after(std::string_view value) noexcept {
  return parse_retry_after(value, seconds_now());
}

// A Retry-After field as a client holds it, converted implicitly from:
//   nothing: {} or std::nullopt
//   the field value: std::string_view (empty: absent), std::string or anything
//     else convertible to std::string_view, std::optional<std::string_view>
//   const char*: nullptr means absent and is never read
//   a delay already parsed: std::chrono::seconds (libcurl's
//     CURLINFO_RETRY_AFTER); a negative one is treated as absent
// It refers to the text, so use it within the call it is passed to.
class retry_after_value {
 public:
  constexpr retry_after_value() noexcept = default;
  constexpr retry_after_value(std::nullopt_t /*absent*/) noexcept {}
  constexpr retry_after_value(std::string_view text) noexcept
      : form_(text.empty() ? form::absent : form::text), text_(text) {}
  constexpr retry_after_value(const char* text) noexcept
      : retry_after_value(text == nullptr ? std::string_view() : std::string_view(text)) {}
  template <class Text, std::enable_if_t<std::is_convertible_v<const Text&, std::string_view> &&
                                             !std::is_convertible_v<const Text&, const char*>,
                                         int> = 0>
  constexpr retry_after_value(const Text& text) noexcept : retry_after_value(static_cast<std::string_view>(text)) {}
  constexpr retry_after_value(std::optional<std::string_view> text) noexcept
      : retry_after_value(text ? *text : std::string_view()) {}
  constexpr retry_after_value(std::chrono::seconds delay) noexcept
      : form_(delay.count() < 0 ? form::absent : form::delay),
        delay_(delay > max_retry_after ? max_retry_after : delay) {}

  // Did the response carry the field?
  [[nodiscard]] constexpr bool present() const noexcept { return form_ != form::absent; }

  // The delay it asks for; nullopt when absent or not a valid value.
  [[nodiscard]] constexpr std::optional<std::chrono::seconds> delay(sys_seconds now) const noexcept {
    switch (form_) {
      case form::text: return parse_retry_after(text_, now);
      case form::delay: return delay_;
      case form::absent: break;
    }
    return std::nullopt;
  }

 private:
  enum class form : std::uint8_t { absent, text, delay };
  form form_ = form::absent;
  std::string_view text_;
  std::chrono::seconds delay_{0};
};

HTTPSTATUS_END_NAMESPACE

// Code written against version 1.0 found the retry decisions here.
#include <httpstatus/retry.hpp>

#endif  // HTTPSTATUS_RETRY_AFTER_HPP
