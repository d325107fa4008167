// SPDX-License-Identifier: MIT
// Retry-After, HTTP dates and retry decisions.
//
//   parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now)   a sys_seconds
//   parse_retry_after("120", now)                           120 s
//   format_http_date(t).view()                              "Sun, 06 Nov 1994 08:49:37 GMT"
//   advise_retry(code::service_unavailable, "POST", "30", 1, now)
//       {retry: true, delay: 30 s, reason: "..."}
//
// Everything is noexcept and allocation-free; bad input gives nullopt.
#ifndef HTTPSTATUS_RETRY_AFTER_HPP
#define HTTPSTATUS_RETRY_AFTER_HPP

#include <httpstatus/httpstatus.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE

// Whole seconds since 1970-01-01 00:00:00 UTC, leap seconds not counted (as
// std::chrono::system_clock and C++20's std::chrono::sys_seconds).
using sys_seconds = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;

// The longest delay parse_retry_after gives: a longer delay-seconds value
// saturates here rather than overflowing (about 68 years).
inline constexpr std::chrono::seconds max_retry_after{0x7FFFFFFF};

namespace detail {

struct civil_date {
  std::int64_t year;
  unsigned month;  // 1..12
  unsigned day;    // 1..31
};

constexpr bool is_leap_year(std::int64_t year) noexcept {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr unsigned days_in_month(std::int64_t year, unsigned month) noexcept {
  constexpr unsigned char lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29U : lengths[month - 1];
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by
// counting 400-year eras (146097 days each) from 0000-03-01, so that the
// leap day ends a year.
constexpr std::int64_t days_from_civil(civil_date date) noexcept {
  const std::int64_t year = date.month <= 2 ? date.year - 1 : date.year;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;                                       // 0..399
  const std::int64_t month_from_march = date.month > 2 ? date.month - 3 : date.month + 9;  // 0..11
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;        // 0..365
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

// The inverse of days_from_civil.
constexpr civil_date civil_from_days(std::int64_t days) noexcept {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;  // 0..146096
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // 0..399
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const auto day = static_cast<unsigned>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const auto month = static_cast<unsigned>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

// 0 = Sunday .. 6 = Saturday; 1970-01-01 was a Thursday.
constexpr unsigned weekday_from_days(std::int64_t days) noexcept {
  const std::int64_t weekday = (days + 4) % 7;
  return static_cast<unsigned>(weekday < 0 ? weekday + 7 : weekday);
}

inline constexpr std::string_view short_day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr std::string_view long_day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
inline constexpr std::string_view month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Reads a date left to right; every read reports failure instead of reading
// past the end.
class date_reader {
 public:
  constexpr explicit date_reader(std::string_view text) noexcept : text_(text) {}

  constexpr bool literal(std::string_view expected) noexcept {
    if (text_.substr(0, expected.size()) != expected) {
      return false;
    }
    text_.remove_prefix(expected.size());
    return true;
  }

  // Exactly `count` digits.
  constexpr bool number(std::size_t count, std::int64_t& value) noexcept {
    if (text_.size() < count) {
      return false;
    }
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      if (text_[i] < '0' || text_[i] > '9') {
        return false;
      }
      value = value * 10 + (text_[i] - '0');
    }
    text_.remove_prefix(count);
    return true;
  }

  // One of `names`; gives its index.
  template <std::size_t N>
  constexpr bool name(const std::string_view (&names)[N], unsigned& index) noexcept {
    for (unsigned i = 0; i < N; ++i) {
      if (literal(names[i])) {
        index = i;
        return true;
      }
    }
    return false;
  }

  [[nodiscard]] constexpr bool at_end() const noexcept { return text_.empty(); }

 private:
  std::string_view text_;
};

struct date_fields {
  unsigned weekday = 0;
  civil_date date{0, 1, 1};
  std::int64_t hour = 0, minute = 0, second = 0;
};

constexpr bool read_time_of_day(date_reader& in, date_fields& f) noexcept {
  return in.number(2, f.hour) && in.literal(":") && in.number(2, f.minute) && in.literal(":") && in.number(2, f.second);
}

constexpr bool read_month(date_reader& in, date_fields& f) noexcept {
  unsigned month = 0;
  if (!in.name(month_names, month)) {
    return false;
  }
  f.date.month = month + 1;
  return true;
}

// IMF-fixdate and RFC 850 share one shape, "<day name>, DD<s>Mon<s>Y... hh:mm:ss GMT":
//   Sun, 06 Nov 1994 08:49:37 GMT      short names, ' ', four-digit year
//   Sunday, 06-Nov-94 08:49:37 GMT     long names, '-', two-digit year (resolved later)
template <std::size_t N>
constexpr bool read_gmt_date(std::string_view text, const std::string_view (&day_names)[N], std::string_view separator,
                             std::size_t year_digits, date_fields& f) noexcept {
  date_reader in(text);
  std::int64_t day = 0;
  const bool ok = in.name(day_names, f.weekday) && in.literal(", ") && in.number(2, day) && in.literal(separator) &&
                  read_month(in, f) && in.literal(separator) && in.number(year_digits, f.date.year) &&
                  in.literal(" ") && read_time_of_day(in, f) && in.literal(" GMT") && in.at_end();
  f.date.day = static_cast<unsigned>(day);
  return ok;
}

constexpr bool read_imf_fixdate(std::string_view text, date_fields& f) noexcept {
  return read_gmt_date(text, short_day_names, " ", 4, f);
}

constexpr bool read_rfc850_date(std::string_view text, date_fields& f) noexcept {
  return read_gmt_date(text, long_day_names, "-", 2, f);
}

// Sun Nov  6 08:49:37 1994 (a one-digit day is padded with a space)
constexpr bool read_asctime_date(std::string_view text, date_fields& f) noexcept {
  date_reader in(text);
  std::int64_t day = 0;
  const bool ok = in.name(short_day_names, f.weekday) && in.literal(" ") && read_month(in, f) && in.literal(" ") &&
                  (in.literal(" ") ? in.number(1, day) : in.number(2, day)) && in.literal(" ") &&
                  read_time_of_day(in, f) && in.literal(" ") && in.number(4, f.date.year) && in.at_end();
  f.date.day = static_cast<unsigned>(day);
  return ok;
}

// RFC 9110, Section 5.6.7: a two-digit year that would be more than 50 years
// in the future is the most recent past year with those two digits.
constexpr std::int64_t resolve_two_digit_year(std::int64_t two_digits, sys_seconds now) noexcept {
  const std::int64_t now_year = civil_from_days(now.time_since_epoch().count() / 86400).year;
  std::int64_t year = now_year - now_year % 100 + two_digits;
  if (year > now_year + 50) {
    year -= 100;
  } else if (year <= now_year - 50) {
    year += 100;
  }
  return year;
}

// Checks the fields and turns them into an instant. The year must be in
// 0000..9999 (an RFC 850 year resolved against a far-off `now` may not be),
// the range format_http_date can write back. A leap second (:60) is
// accepted at 23:59 only, and read as the following midnight, since
// sys_seconds does not count leap seconds.
constexpr std::optional<sys_seconds> to_instant(const date_fields& f) noexcept {
  const civil_date& d = f.date;
  if (d.year < 0 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > days_in_month(d.year, d.month) || f.hour > 23 || f.minute > 59 || f.second > 60 ||
      (f.second == 60 && (f.hour != 23 || f.minute != 59))) {
    return std::nullopt;
  }
  const std::int64_t days = days_from_civil(d);
  if (weekday_from_days(days) != f.weekday) {
    return std::nullopt;
  }
  const std::int64_t seconds = days * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
  if (seconds > 253402300799) {  // a leap second on 9999-12-31 would be in the year 10000
    return std::nullopt;
  }
  return sys_seconds(std::chrono::seconds(seconds));
}

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

// An HTTP-date in any of the three formats a recipient must accept (RFC 9110,
// Section 5.6.7): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850
// "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994".
// Names are case-sensitive, the day name must match the date, fields must be
// in range (second 60 only as a leap second at 23:59, years 0000..9999).
// `now` resolves RFC 850's two-digit years. Anything else: nullopt.
[[nodiscard]] constexpr std::optional<sys_seconds> parse_http_date(std::string_view text, sys_seconds now) noexcept {
  detail::date_fields fields;
  if (detail::read_imf_fixdate(text, fields)) {
    return detail::to_instant(fields);
  }
  fields = detail::date_fields{};
  if (detail::read_rfc850_date(text, fields)) {
    fields.date.year = detail::resolve_two_digit_year(fields.date.year, now);
    return detail::to_instant(fields);
  }
  fields = detail::date_fields{};
  if (detail::read_asctime_date(text, fields)) {
    return detail::to_instant(fields);
  }
  return std::nullopt;
}

// The same, resolving two-digit years against the system clock.
[[nodiscard]] inline std::optional<sys_seconds> parse_http_date(std::string_view text) noexcept {
  return parse_http_date(text, std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

// IMF-fixdate text, without allocating: "Sun, 06 Nov 1994 08:49:37 GMT".
struct http_date_text {
  char data[30];     // 29 characters and a NUL
  std::size_t size;  // 29, or 0 for an instant outside the years 0000..9999
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
};

// The IMF-fixdate of an instant; empty for a year outside 0000..9999, which
// the format's four digits cannot hold.
[[nodiscard]] constexpr http_date_text format_http_date(sys_seconds instant) noexcept {
  http_date_text text{};
  const std::int64_t seconds = instant.time_since_epoch().count();
  const std::int64_t days = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
  const std::int64_t second_of_day = seconds - days * 86400;
  const detail::civil_date date = detail::civil_from_days(days);
  if (date.year < 0 || date.year > 9999) {
    return text;
  }
  std::size_t at = 0;
  const auto put = [&](std::string_view part) {
    for (const char c : part) {
      text.data[at++] = c;
    }
  };
  const auto put_number = [&](std::int64_t value, int digits) {
    for (int i = digits - 1; i >= 0; --i) {
      std::int64_t divisor = 1;
      for (int j = 0; j < i; ++j) {
        divisor *= 10;
      }
      text.data[at++] = static_cast<char>('0' + value / divisor % 10);
    }
  };
  put(detail::short_day_names[detail::weekday_from_days(days)]);
  put(", ");
  put_number(date.day, 2);
  put(" ");
  put(detail::month_names[date.month - 1]);
  put(" ");
  put_number(date.year, 4);
  put(" ");
  put_number(second_of_day / 3600, 2);
  put(":");
  put_number(second_of_day / 60 % 60, 2);
  put(":");
  put_number(second_of_day % 60, 2);
  put(" GMT");
  text.size = at;
  return text;
}

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

// --- Retry decisions ------------------------------------------------------

// Which requests a policy repeats.
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

// A retry policy, as a value. `codes` lists the codes the policy repeats
// (0-terminated); an empty list means: decide from retry_hint.
struct retry_policy {
  std::string_view name;
  std::uint16_t codes[8];
  bool all_server_errors;  // every 5xx too
  retry_methods methods;
  retry_after_use retry_after;
  int max_attempts;                      // attempts in all, the first included
  std::chrono::milliseconds base_delay;  // backoff before the second attempt
  std::chrono::milliseconds max_delay;   // cap on a backoff, and on a Retry-After to wait for
};

namespace retry_policies {

using std::chrono::milliseconds;

// Ours: DESIGN's retry hints, Retry-After where it has a meaning.
inline constexpr retry_policy standard{
    "httpstatus",       {}, false, retry_methods::by_hint, retry_after_use::when_meaningful, 4, milliseconds(200),
    milliseconds(30000)};

// urllib3's default Retry: total=3; no status list, so only 413, 429 and 503
// with a Retry-After header, for its allowed methods (the idempotent ones).
inline constexpr retry_policy urllib3{
    "urllib3",       {413, 429, 503},     false, retry_methods::idempotent_only, retry_after_use::required, 4,
    milliseconds(0), milliseconds(120000)};

// AWS SDK standard retry mode: 500, 502, 503, 504 as transient errors and
// 429 as throttling; 3 attempts; backoff min(random * 2^attempt s, 20 s).
inline constexpr retry_policy aws_standard{"aws-standard",     {429, 500, 502, 503, 504}, false,
                                           retry_methods::any, retry_after_use::ignored,  3,
                                           milliseconds(1000), milliseconds(20000)};

// Google Cloud's guidance: 408, 429 and 5xx, exponential backoff from 1 s to
// 32 s, for idempotent operations.
inline constexpr retry_policy google_cloud{
    "google-cloud",     {408, 429},         true, retry_methods::idempotent_only, retry_after_use::when_meaningful, 6,
    milliseconds(1000), milliseconds(32000)};

// curl --retry: 408, 429, 500, 502, 503, 504, Retry-After honoured, delays
// doubling from 1 s up to 10 minutes; the caller picks the count (here 3
// retries).
inline constexpr retry_policy curl{"curl",
                                   {408, 429, 500, 502, 503, 504},
                                   false,
                                   retry_methods::any,
                                   retry_after_use::when_meaningful,
                                   4,
                                   milliseconds(1000),
                                   milliseconds(600000)};

// gRPC: the codes HTTP-to-gRPC mapping turns into UNAVAILABLE, the status a
// gRPC retry policy repeats (gRPC calls are all POST).
inline constexpr retry_policy grpc{"grpc",
                                   {429, 502, 503, 504},
                                   false,
                                   retry_methods::any,
                                   retry_after_use::ignored,
                                   5,
                                   milliseconds(1000),
                                   milliseconds(120000)};

}  // namespace retry_policies

struct retry_advice {
  bool retry;
  std::chrono::milliseconds delay;  // how long to wait first; zero when not retrying
  std::string_view reason;          // the rule that decided, with its source
};

namespace detail {

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

// Exponential backoff with full jitter: a delay drawn uniformly from
// [0, min(max_delay, base_delay * 2^(attempt - 1))] with the caller's random.
constexpr std::chrono::milliseconds backoff(const retry_policy& policy, int attempt, std::uint64_t random) noexcept {
  std::int64_t cap = policy.base_delay.count();
  for (int i = 1; i < attempt && cap < policy.max_delay.count(); ++i) {
    cap *= 2;
  }
  if (cap > policy.max_delay.count()) {
    cap = policy.max_delay.count();
  }
  if (cap <= 0) {
    return std::chrono::milliseconds(0);
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(random % (static_cast<std::uint64_t>(cap) + 1)));
}

constexpr retry_advice no_retry(std::string_view reason) noexcept {
  return {false, std::chrono::milliseconds(0), reason};
}

}  // namespace detail

// Should a client send the request again after this response, and when?
//   status        the response's code
//   method        the request's method (case-sensitive, as on the wire)
//   retry_after   the Retry-After field value, if the response had one
//   attempt       attempts made so far, the failed one included (1 after the first)
//   now           the current time, for Retry-After dates
//   policy        a retry_policies value, or your own
//   random        a uniform random 64-bit value, for the backoff's jitter
[[nodiscard]] constexpr retry_advice advise_retry(code status, std::string_view method,
                                                  std::optional<std::string_view> retry_after, int attempt,
                                                  sys_seconds now,
                                                  const retry_policy& policy = retry_policies::standard,
                                                  std::uint64_t random = 0) noexcept {
  const int value = static_cast<int>(status);
  if (is_valid(value) && !is_error(value)) {
    return detail::no_retry("not a failure: nothing to repeat (1xx, 2xx, 3xx)");
  }
  if (attempt >= policy.max_attempts) {
    return detail::no_retry("the policy's attempts are used up");
  }
  const bool idempotent = is_idempotent(method);
  bool listed = false;
  if (policy.codes[0] == 0 && !policy.all_server_errors) {
    const retry hint = retry_hint(value);
    if (hint == retry::after_change) {
      return detail::no_retry("the same request would fail again: change it first (retry hint after_change)");
    }
    if (hint == retry::idempotent_only && !idempotent && policy.methods == retry_methods::by_hint) {
      return detail::no_retry(
          "the server may have acted on the request and the method is not idempotent (RFC 9110, Section 9.2.2)");
    }
    listed = true;
  } else {
    listed = detail::policy_lists(policy, value);
  }
  if (!listed) {
    return detail::no_retry("the policy does not repeat this status code");
  }
  if (policy.methods == retry_methods::idempotent_only && !idempotent) {
    return detail::no_retry("the policy repeats only idempotent methods (RFC 9110, Section 9.2.2)");
  }

  const bool use_retry_after = policy.retry_after != retry_after_use::ignored &&
                               (policy.retry_after == retry_after_use::required || retry_after_applies(value));
  const std::optional<std::chrono::seconds> asked =
      use_retry_after && retry_after ? parse_retry_after(*retry_after, now) : std::nullopt;
  if (policy.retry_after == retry_after_use::required && !asked) {
    return detail::no_retry("the policy repeats this code only when Retry-After says when");
  }
  if (asked) {
    if (*asked > policy.max_delay) {
      return detail::no_retry("Retry-After asks for a longer wait than the policy's max_delay");
    }
    return {true, *asked, "wait as Retry-After says (RFC 9110, Section 10.2.3)"};
  }
  return {true, detail::backoff(policy, attempt, random), "exponential backoff with full jitter"};
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_RETRY_AFTER_HPP
