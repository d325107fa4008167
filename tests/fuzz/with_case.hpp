// The text with its ASCII letters in upper (or lower) case, for fuzz targets
// checking that case never changes a result.
#ifndef HTTPSTATUS_FUZZ_WITH_CASE_HPP
#define HTTPSTATUS_FUZZ_WITH_CASE_HPP

#include <string>
#include <string_view>

inline std::string with_case(std::string_view text, bool upper) {
  std::string out(text);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    } else if (!upper && c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

#endif
