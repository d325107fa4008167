// Every int query on an int made of the input's first four bytes.
// Properties: exactly one class predicate holds for a valid code and none
// for an invalid one; unknown codes have no phrase, name or description and
// answer as their x00 code; int and code overloads agree.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "require.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::int32_t value = 0;
  std::memcpy(&value, data, size < sizeof value ? size : sizeof value);
  const bool valid = value >= 100 && value <= 599;
  require(httpstatus::is_valid(value) == valid);
  const int classes = int{httpstatus::is_informational(value)} + int{httpstatus::is_success(value)} +
                      int{httpstatus::is_redirection(value)} + int{httpstatus::is_client_error(value)} +
                      int{httpstatus::is_server_error(value)};
  require(classes == (valid ? 1 : 0));
  require((httpstatus::class_of(value) == httpstatus::status_class::invalid) == !valid);
  require(httpstatus::is_error(value) == (httpstatus::is_client_error(value) || httpstatus::is_server_error(value)));
  const bool known = httpstatus::is_known(value);
  require(!known || valid);
  require(httpstatus::reason_phrase(value).empty() == !known);
  require(httpstatus::name(value).empty() == !known);
  require(httpstatus::description(value).empty() == !known);
  require(httpstatus::find(value).has_value() == known);
  if (!known) {
    const int class_default = valid ? value / 100 * 100 : 500;
    require(httpstatus::retry_hint(value) == httpstatus::retry_hint(class_default));
    require(httpstatus::allows_content(value) == httpstatus::allows_content(class_default));
    require(!httpstatus::is_cacheable_by_default(value));
  }
  if (value >= 0 && value <= 0xFFFF) {
    const auto c = static_cast<httpstatus::code>(value);
    require(httpstatus::reason_phrase(c) == httpstatus::reason_phrase(value));
    require(httpstatus::retry_hint(c) == httpstatus::retry_hint(value));
    require(httpstatus::class_of(c) == httpstatus::class_of(value));
  }
  return 0;
}
