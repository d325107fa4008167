// SPDX-License-Identifier: MIT
// HTTP dates (RFC 9110, Section 5.6.7): reading all three formats a recipient
// must accept, and writing IMF-fixdate.
//
//   parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now)   a sys_seconds
//   format_http_date(t).view()                              "Sun, 06 Nov 1994 08:49:37 GMT"
//
// Everything is noexcept and allocation-free; bad input gives nullopt.
#ifndef HTTPSTATUS_HTTP_DATE_HPP
#define HTTPSTATUS_HTTP_DATE_HPP

#include <httpstatus/httpstatus.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE

// Whole seconds since 1970-01-01 00:00:00 UTC, leap seconds not counted (as
// std::chrono::system_clock and C++20's std::chrono::sys_seconds).
using sys_seconds = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;

// The system clock, in whole seconds.
[[nodiscard]] inline sys_seconds seconds_now() noexcept {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

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
  return parse_http_date(text, seconds_now());
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

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_HTTP_DATE_HPP
