// parse_http_date on arbitrary text (the first 8 bytes choose `now`).
// Properties: a parsed instant formats to an IMF-fixdate that parses back
// to the same instant; an IMF-fixdate input (but a leap second) is exactly
// the canonical text of what it parsed to.
#include <httpstatus/retry_after.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "require.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::int64_t now_seconds = 0;
  const std::size_t now_bytes = size < 8 ? size : 8;
  std::memcpy(&now_seconds, data, now_bytes);
  now_seconds %= 253402300800;  // within 0000..9999 either side of the epoch
  const httpstatus::sys_seconds now{std::chrono::seconds(now_seconds)};
  const std::string text(reinterpret_cast<const char*>(data) + now_bytes, size - now_bytes);

  const auto instant = httpstatus::parse_http_date(text, now);
  if (!instant) {
    return 0;
  }
  const auto canonical = httpstatus::format_http_date(*instant);
  require(canonical.size == 29);
  require(httpstatus::parse_http_date(canonical.view(), now) == instant);
  const bool imf_fixdate = text.size() == 29 && text[3] == ',';
  const bool leap_second = text.find(":60") != std::string::npos;
  if (imf_fixdate && !leap_second) {
    require(canonical.view() == text);
  }
  return 0;
}
