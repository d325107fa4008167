// Vendor codes (extensions.hpp) on arbitrary bytes. Properties:
//   - parse_extension and parse_vendor give a result only for a spelling that
//     names it back, and ASCII case never changes the result;
//   - find_extension, extensions_for and retry_hint(code, vendor) are total
//     over the integer the first bytes spell, and agree with each other.
#include <httpstatus/extensions.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "require.hpp"
#include "with_case.hpp"

namespace {

void check_text(const std::string& text, httpstatus::vendor maker) {
  const auto value = httpstatus::parse_extension(text, maker);
  require(httpstatus::parse_extension(with_case(text, true), maker) == value);
  require(httpstatus::parse_extension(with_case(text, false), maker) == value);
  if (value) {
    const auto info = httpstatus::find_extension(*value, maker);
    require(info.has_value());
    require(httpstatus::parse_extension(info->name, maker) == value);
  }
}

void check_number(long long number, httpstatus::vendor maker) {
  const auto info = httpstatus::find_extension(number, maker);
  bool listed = false;
  for (const auto& meaning : httpstatus::extensions_for(number)) {
    require(meaning.code == number);
    listed = listed || meaning.vendor == maker;
  }
  require(listed == info.has_value());
  if (info) {
    require(httpstatus::retry_hint(number, maker) == info->retry_hint);
  } else {
    require(httpstatus::retry_hint(number, maker) == httpstatus::retry_hint(number));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  // The first byte picks a vendor (values past the last included), the rest is text.
  const auto maker = static_cast<httpstatus::vendor>(data[0] % 16);
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  check_text(text, maker);
  const auto named = httpstatus::parse_vendor(text);
  require(httpstatus::parse_vendor(with_case(text, true)) == named);
  if (named) {
    require(httpstatus::parse_vendor(httpstatus::to_string(*named)) == named);
  }
  long long number = 0;
  std::memcpy(&number, data + 1, size - 1 < sizeof number ? size - 1 : sizeof number);
  check_number(number, maker);
  check_number(number % 1000, maker);
  return 0;
}
