// Constant evaluations a user may write, each within MSVC's default budget
// of 100,000 steps (/constexpr:steps). Built with clang's
// -fconstexpr-steps=100000 as a proxy, and with MSVC's own limit there.
#include <httpstatus/http_date.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry_after.hpp>

#include <chrono>

namespace {

using httpstatus::code;

// The whole all() table: ascending codes, each with a phrase and a
// description that ends with a period.
constexpr bool all_table_is_complete() {
  int previous = 0;
  for (const httpstatus::status_info& info : httpstatus::all()) {
    const int value = static_cast<int>(info.value);
    if (value <= previous || info.reason_phrase.empty() || info.description.back() != '.') {
      return false;
    }
    previous = value;
  }
  return httpstatus::all().size() == 64 && previous == 511;
}
static_assert(all_table_is_complete());
static_assert(httpstatus::all()[0].value == code::continue_);

static_assert(httpstatus::find(511)->reference == "RFC 6585, Section 6");
static_assert(httpstatus::find(104)->expires == "2026-11-13");
static_assert(!httpstatus::find(599).has_value());

// The longest spellings parse accepts (31 characters), with white space
// around them.
static_assert(httpstatus::parse("  network_authentication_required \t") == code::network_authentication_required);
static_assert(httpstatus::parse("Requested Range Not Satisfiable") == code::range_not_satisfiable);
static_assert(httpstatus::parse("REQUEST_HEADER_FIELDS_TOO_LARGE") == code::request_header_fields_too_large);

// An HTTP date in each of the three formats, and a Retry-After date.
constexpr httpstatus::sys_seconds now{std::chrono::seconds(1764460800)};  // 2025-11-30
constexpr long long example = 784111777;                                  // 1994-11-06 08:49:37 UTC
static_assert(httpstatus::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now)->time_since_epoch().count() == example);
static_assert(httpstatus::parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT", now)->time_since_epoch().count() ==
              example);
static_assert(httpstatus::parse_http_date("Sun Nov  6 08:49:37 1994", now)->time_since_epoch().count() == example);
static_assert(httpstatus::parse_retry_after("Sun, 30 Nov 2025 00:02:00 GMT", now) == std::chrono::seconds(120));
static_assert(httpstatus::format_http_date(now).view() == "Sun, 30 Nov 2025 00:00:00 GMT");

}  // namespace
