// parse on arbitrary bytes. Properties:
//   - a result is a valid code (100..599);
//   - ASCII case never changes the result;
//   - a known result parses back from its digits, phrase and enumerator name;
//   - (once, at start-up) every spelling in the parse table gives its code.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "require.hpp"
#include "with_case.hpp"

namespace {

// Every key in the generated table ("404notfound\0"...) parses to its code.
void check_every_spelling() {
  const char* key = httpstatus::detail::key_text;
  const char* const end = key + sizeof(httpstatus::detail::key_text) - 1;
  while (key < end) {
    const int number = (key[0] - '0') * 100 + (key[1] - '0') * 10 + (key[2] - '0');
    const std::string_view spelling(key + 3);
    require(httpstatus::parse(spelling) == static_cast<httpstatus::code>(number));
    key += 3 + spelling.size() + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  check_every_spelling();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A copy in its own allocation, so that reading past the view is caught.
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = httpstatus::parse(text);
  require(httpstatus::parse(with_case(text, true)) == result);
  require(httpstatus::parse(with_case(text, false)) == result);
  if (!result) {
    return 0;
  }
  const int value = static_cast<int>(*result);
  require(httpstatus::is_valid(value));
  require(httpstatus::parse(std::to_string(value)) == result);
  if (httpstatus::is_known(value)) {
    require(httpstatus::parse(httpstatus::reason_phrase(value)) == result);
    require(httpstatus::parse(httpstatus::name(value)) == result);
  }
  return 0;
}
