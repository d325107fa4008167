#include "support/httpstatus_api.hpp"

#include <cstdint>
#include <string>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::parse_http_date;
using httpstatus::parse_retry_after;
using httpstatus::sys_seconds;
using std::chrono::seconds;

namespace {

// 2025-11-30 00:00:00 UTC.
constexpr sys_seconds now{seconds(1764460800)};
// 1994-11-06 08:49:37 UTC, RFC 9110's example instant.
constexpr std::int64_t example = 784111777;

// What parsed() gives for text that is not a date.
constexpr std::int64_t failed = INT64_MIN;

std::int64_t parsed(std::string_view text, sys_seconds at = now) {
  const auto result = parse_http_date(text, at);
  return result ? result->time_since_epoch().count() : failed;
}

}  // namespace

TEST_CASE("parse_http_date reads the three formats of RFC 9110, Section 5.6.7") {
  CHECK(parsed("Sun, 06 Nov 1994 08:49:37 GMT") == example);
  CHECK(parsed("Sunday, 06-Nov-94 08:49:37 GMT") == example);
  CHECK(parsed("Sun Nov  6 08:49:37 1994") == example);
  CHECK(parsed("Thu, 01 Jan 1970 00:00:00 GMT") == 0);
  CHECK(parsed("Fri, 31 Dec 9999 23:59:59 GMT") == 253402300799);
  CHECK(parsed("Sat, 01 Jan 0000 00:00:00 GMT") == -62167219200);
  CHECK(parsed("Wed Dec 31 23:59:59 1969") == -1);  // one second before the epoch
  CHECK(parsed("Thu Jan 01 00:00:00 1970") == 0);
  STATIC_REQUIRE(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now)->time_since_epoch().count() == example);
}

TEST_CASE("parse_http_date checks leap years") {
  CHECK(parsed("Tue, 29 Feb 2000 12:00:00 GMT") == 951825600);  // 2000 is a leap year
  CHECK(parsed("Thu, 29 Feb 2024 00:00:00 GMT") == 1709164800);
  CHECK(parsed("Thu, 01 Mar 1900 00:00:00 GMT") == -2203891200);
  CHECK(parsed("Thu, 29 Feb 1900 00:00:00 GMT") == failed);  // 1900 is not
  CHECK(parsed("Wed, 29 Feb 2023 00:00:00 GMT") == failed);
  CHECK(parsed("Mon, 29 Feb 2100 00:00:00 GMT") == failed);
  CHECK(parsed("Tue, 29 Feb 2400 00:00:00 GMT") == 13574563200);  // 2400 is
}

TEST_CASE("parse_http_date knows the length of every month") {
  // The Gregorian calendar: a century year is a leap year only when 400
  // divides it (1800, 2200: not). Each date below does not exist; its day
  // name is that of the day after, so only the calendar check rejects it.
  for (const char* missing : {
           "Sat, 29 Feb 1800 00:00:00 GMT",  //
           "Sat, 29 Feb 2200 00:00:00 GMT",  //
           "Thu, 31 Apr 2025 00:00:00 GMT",  // April, June, September and
           "Tue, 31 Jun 2025 00:00:00 GMT",  // November have 30 days
           "Wed, 31 Sep 2025 00:00:00 GMT",  //
           "Mon, 31 Nov 2025 00:00:00 GMT",  //
       }) {
    INFO(missing);
    CHECK(parsed(missing) == failed);
  }
  CHECK(parsed("Wed, 30 Apr 2025 00:00:00 GMT") == 1745971200);
  CHECK(parsed("Fri, 28 Feb 2200 00:00:00 GMT") == 7263129600);
  CHECK(parsed("Fri, 28 Feb 1800 00:00:00 GMT") == -5359651200);
}

TEST_CASE("parse_http_date rejects bad dates") {
  for (const char* bad : {
           "Mon, 06 Nov 1994 08:49:37 GMT",     // wrong day name
           "sun, 06 Nov 1994 08:49:37 GMT",     // names are case-sensitive
           "Sun, 06 nov 1994 08:49:37 GMT",     //
           "Sun, 06 Nox 1994 08:49:37 GMT",     // bad month
           "Sun, 31 Nov 1994 08:49:37 GMT",     // November has 30 days
           "Sun, 00 Nov 1994 08:49:37 GMT",     //
           "Wed, 30 Feb 2000 00:00:00 GMT",     //
           "Sun, 06 Nov 1994 24:00:00 GMT",     // hour 24
           "Sun, 06 Nov 1994 08:60:00 GMT",     // minute 60
           "Sun, 06 Nov 1994 08:49:61 GMT",     // second 61
           "Sun, 06 Nov 1994 08:49:60 GMT",     // a leap second only at 23:59
           "Sun, 06 Nov 1994 08:49:37 UTC",     // only GMT
           "Sun, 06 Nov 1994 08:49:37 GMT ",    // trailing text
           " Sun, 06 Nov 1994 08:49:37 GMT",    //
           "Sun, 6 Nov 1994 08:49:37 GMT",      // two-digit day in IMF-fixdate
           "Sun,06 Nov 1994 08:49:37 GMT",      //
           "Sun, 06 Nov 94 08:49:37 GMT",       // four-digit year in IMF-fixdate
           "Sun, 06 Nov 1994 8:49:37 GMT",      //
           "Sunday, 06-Nov-1994 08:49:37 GMT",  // two-digit year in RFC 850
           "Sun, 06-Nov-94 08:49:37 GMT",       // RFC 850 wants the long day name
           "Sunday, 06 Nov 1994 08:49:37 GMT",  //
           "Sun Nov 6 08:49:37 1994",           // asctime pads the day with a space
           "Sun Nov  6 08:49:37 94",            //
           "Sun Nov 06 08:49:37 1994 ",         //
           "",                                  //
           "Sun",                               //
           "Sun, 06 Nov 1994 08:49:37 GM",      // cut short
           "Sun, 06 Nov 1994 08:49:3",          //
           "Sun, +6 Nov 1994 08:49:37 GMT",     //
       }) {
    INFO('"' << bad << '"');
    CHECK(parsed(bad) == failed);
  }
  using namespace std::string_view_literals;
  CHECK(parsed("Sun, 06 Nov 1994 08:49:37 GMT\0"sv) == failed);
  // A view that stops before the end of its buffer is read only within it.
  const std::string buffer = "Sun, 06 Nov 1994 08:49:37 GMTxyz";
  CHECK(parsed(std::string_view(buffer.data(), 29)) == example);
  CHECK(parsed(std::string_view(buffer.data(), 28)) == failed);
}

TEST_CASE("parse_http_date accepts a leap second at 23:59:60 as the next midnight") {
  CHECK(parsed("Sat, 31 Dec 2016 23:59:60 GMT") == parsed("Sun, 01 Jan 2017 00:00:00 GMT"));
  CHECK(parsed("Sat, 31 Dec 2016 23:58:60 GMT") == failed);
  // Found by fuzz_http_date: the leap second would fall in the year 10000.
  CHECK(parsed("Fri, 31 Dec 9999 23:59:60 GMT") == failed);
}

TEST_CASE("RFC 850 two-digit years: more than 50 years ahead means the past century") {
  // now is in 2025: "75" is 2075 (50 years ahead), "76" is 1976.
  CHECK(parsed("Sunday, 06-Nov-94 08:49:37 GMT") == example);
  CHECK(parsed("Saturday, 01-Jan-00 00:00:00 GMT") == 946684800);  // 2000
  CHECK(parsed("Tuesday, 01-Jan-75 00:00:00 GMT") == 3313526400);  // 2075
  CHECK(parsed("Thursday, 01-Jan-76 00:00:00 GMT") == 189302400);  // 1976
  CHECK(parsed("Wednesday, 01-Jan-75 00:00:00 GMT") == failed);    // 1975 was, 2075 is not
  // Seen from 2080: "31" is 2031 (49 years back), "29" is 2129 (49 years
  // ahead, not more than 50), not 2029.
  const sys_seconds in_2080{seconds(3471292800)};
  CHECK(parsed("Wednesday, 01-Jan-31 00:00:00 GMT", in_2080) == 1924992000);
  CHECK(parsed("Saturday, 01-Jan-29 00:00:00 GMT", in_2080) == 5017593600);
}

TEST_CASE("RFC 850 two-digit years at exactly 50 years, and one year either side") {
  // RFC 9110, Section 5.6.7: a year "more than 50 years in the future" is
  // read as the most recent past year with the same last two digits; 50
  // years ahead exactly is still the future. Day names pin the year read.
  SECTION("ahead of now (2025)") {
    CHECK(parsed("Monday, 01-Jan-74 00:00:00 GMT") == 3281990400);   // 2074: 49 years ahead
    CHECK(parsed("Tuesday, 01-Jan-75 00:00:00 GMT") == 3313526400);  // 2075: 50 years ahead
    CHECK(parsed("Thursday, 01-Jan-76 00:00:00 GMT") == 189302400);  // 2076 is 51 ahead: 1976
    CHECK(parsed("Wednesday, 01-Jan-75 00:00:00 GMT") == failed);    // 1975 is not the year read
  }
  SECTION("behind now (2080)") {
    const sys_seconds in_2080{seconds(3484425600)};                             // 2080-06-01
    CHECK(parsed("Wednesday, 01-Jan-31 00:00:00 GMT", in_2080) == 1924992000);  // 2031: 49 years back
    CHECK(parsed("Sunday, 01-Jan-30 00:00:00 GMT", in_2080) == 5049129600);     // 2130, 50 ahead, not 2030, 50 back
    CHECK(parsed("Tuesday, 01-Jan-30 00:00:00 GMT", in_2080) == failed);        // 2030 is not the year read
    CHECK(parsed("Saturday, 01-Jan-29 00:00:00 GMT", in_2080) == 5017593600);   // 2029 is 51 back: 2129
  }
}

TEST_CASE("an RFC 850 year resolved outside 0000..9999 is rejected") {
  // Found by fuzz_http_date: seen from about 5000 BC, "71" is no year
  // format_http_date could write back.
  const sys_seconds long_ago{seconds(-220000000000)};
  CHECK(parsed("Sunday, 03-Nov-71 08:47:37 GMT", long_ago) == failed);
}

TEST_CASE("format_http_date writes IMF-fixdate") {
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(example))).view() == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(0))).view() == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(-1))).view() == "Wed, 31 Dec 1969 23:59:59 GMT");
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(253402300799))).view() == "Fri, 31 Dec 9999 23:59:59 GMT");
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(253402300800))).view().empty());
  CHECK(httpstatus::format_http_date(sys_seconds(seconds(-62167219201))).view().empty());
  STATIC_REQUIRE(httpstatus::format_http_date(sys_seconds(seconds(example))).view().size() == 29);
}

TEST_CASE("parse_http_date(format_http_date(t)) == t over the years 0000..9999") {
  const std::int64_t first = -62167219200;  // 0000-01-01
  const std::int64_t last = 253402300799;   // 9999-12-31 23:59:59
  std::int64_t failures = 0;
  std::int64_t checked = 0;
  for (std::int64_t t = first; t <= last; t += 2718281) {  // about a month, varying time of day
    const sys_seconds instant{seconds(t)};
    const auto text = httpstatus::format_http_date(instant);
    const auto back = parse_http_date(text.view(), now);
    failures += back == instant ? 0 : 1;
    ++checked;
  }
  CHECK(checked > 100000);
  CHECK(failures == 0);
}

TEST_CASE("parse_retry_after: delay-seconds") {
  CHECK(parse_retry_after("120", now) == seconds(120));
  CHECK(parse_retry_after("0", now) == seconds(0));
  CHECK(parse_retry_after("000120", now) == seconds(120));
  CHECK(parse_retry_after(" \t30\t ", now) == seconds(30));
  CHECK(parse_retry_after("2147483647", now) == httpstatus::max_retry_after);
  CHECK(parse_retry_after("2147483648", now) == httpstatus::max_retry_after);
  CHECK(parse_retry_after("9223372036854775808", now) == httpstatus::max_retry_after);  // 2^63
  CHECK(parse_retry_after(std::string(400, '9'), now) == httpstatus::max_retry_after);
  for (const char* bad : {"", " ", "-1", "+1", "1.5", "12a", "a12", "1 2", "0x10", "١٢", "1e3", "\n5"}) {
    INFO('"' << bad << '"');
    CHECK_FALSE(parse_retry_after(bad, now).has_value());
  }
  STATIC_REQUIRE(*parse_retry_after("42", now) == seconds(42));
}

TEST_CASE("parse_retry_after: HTTP-date") {
  CHECK(parse_retry_after("Sun, 30 Nov 2025 00:02:00 GMT", now) == seconds(120));
  CHECK(parse_retry_after("Sat, 29 Nov 2025 23:00:00 GMT", now) == seconds(0));  // in the past
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now) == seconds(0));
  CHECK(parse_retry_after(" Sun, 30 Nov 2025 00:00:01 GMT ", now) == seconds(1));
  CHECK_FALSE(parse_retry_after("Sun, 30 Nov 2025 00:00:01", now).has_value());
  CHECK(parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) == httpstatus::max_retry_after);
}
