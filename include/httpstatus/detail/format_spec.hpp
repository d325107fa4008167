// SPDX-License-Identifier: MIT
// Shared by fmt.hpp and format.hpp: the format spec of httpstatus types and
// the text it selects, so both libraries print exactly the same.
//
//   spec  ::= [[fill]align][width][type]
//   align ::= '<' | '>' | '^'
//   type  ::= 'd' (the number) | 'p' (the phrase, else the number)   for code
//           | 's'                                                     for enumerations
#ifndef HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP
#define HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

struct format_spec {
  char fill[4] = {' ', '\0', '\0', '\0'};  // one UTF-8 code point
  std::size_t fill_size = 1;
  char align = '<';
  std::size_t width = 0;
  char type = '\0';
};

template <class Iterator>
struct spec_parse_result {
  format_spec spec;
  Iterator end;       // at the closing '}' (or the end of the spec)
  const char* error;  // nullptr when the spec is valid
};

inline constexpr std::size_t max_format_width = 4096;

constexpr bool is_alignment(char c) noexcept { return c == '<' || c == '>' || c == '^'; }

// The length of the UTF-8 sequence a lead byte starts (1 for ASCII or junk).
constexpr std::size_t utf8_length(char lead) noexcept {
  const auto value = static_cast<unsigned char>(lead);
  if (value >= 0xF0) {
    return 4;
  }
  if (value >= 0xE0) {
    return 3;
  }
  return value >= 0xC0 ? 2 : 1;
}

// Parses [[fill]align]: the fill is any code point but '{' and '}'.
template <class Iterator>
constexpr Iterator parse_fill_and_align(Iterator it, Iterator end, format_spec& spec) noexcept {
  if (it == end || *it == '}') {
    return it;
  }
  const std::size_t fill_size = utf8_length(*it);
  Iterator after_fill = it;
  std::size_t taken = 0;
  while (taken < fill_size && after_fill != end) {
    ++after_fill;
    ++taken;
  }
  if (taken == fill_size && after_fill != end && is_alignment(*after_fill) && *it != '{' && *it != '}') {
    for (std::size_t i = 0; i < fill_size; ++i, ++it) {
      spec.fill[i] = *it;
    }
    spec.fill_size = fill_size;
    spec.align = *after_fill;
    return ++after_fill;
  }
  if (is_alignment(*it)) {
    spec.align = *it;
    ++it;
  }
  return it;
}

template <class Iterator>
constexpr spec_parse_result<Iterator> parse_format_spec(Iterator it, Iterator end, std::string_view types) noexcept {
  spec_parse_result<Iterator> result{format_spec{}, it, nullptr};
  format_spec& spec = result.spec;
  it = parse_fill_and_align(it, end, spec);
  if (it != end && *it == '0') {
    result.error = "httpstatus: zero padding does not apply to status codes";
    return result;
  }
  while (it != end && *it >= '0' && *it <= '9') {
    spec.width = spec.width * 10 + static_cast<std::size_t>(*it - '0');
    if (spec.width > max_format_width) {
      result.error = "httpstatus: format width too large";
      return result;
    }
    ++it;
  }
  if (it != end && *it != '}') {
    if (types.find(*it) == std::string_view::npos) {
      result.error = "httpstatus: invalid format type (use d or p for a code, s for an enumeration)";
      return result;
    }
    spec.type = *it;
    ++it;
  }
  if (it != end && *it != '}') {
    result.error = "httpstatus: invalid format spec";
    return result;
  }
  result.end = it;
  return result;
}

// The text a code formats to: "404 Not Found", "404" ('d') or "Not Found"
// ('p'); an unknown code always gives its number.
constexpr std::string_view select_code_text(const code_text& full, char type) noexcept {
  const std::string_view text = full.view();
  const std::size_t space = text.find(' ');
  if (type == 'd' || space == std::string_view::npos) {
    return text.substr(0, space);
  }
  return type == 'p' ? text.substr(space + 1) : text;
}

template <class OutputIterator>
OutputIterator write_fill(OutputIterator out, const format_spec& spec, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < spec.fill_size; ++j) {
      *out++ = spec.fill[j];
    }
  }
  return out;
}

// Writes text padded to the spec's width (text is ASCII: one column a byte).
template <class OutputIterator>
OutputIterator write_padded(OutputIterator out, std::string_view text, const format_spec& spec) {
  const std::size_t padding = spec.width > text.size() ? spec.width - text.size() : 0;
  const std::size_t before = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  out = write_fill(out, spec, before);
  for (const char c : text) {
    *out++ = c;
  }
  return write_fill(out, spec, padding - before);
}

// What fmt.hpp and format.hpp write for each type.
template <class OutputIterator>
OutputIterator write_formatted(OutputIterator out, code value, const format_spec& spec) {
  const code_text full = format_code(value);
  return write_padded(out, select_code_text(full, spec.type), spec);
}

template <class OutputIterator, class Enumeration>
OutputIterator write_formatted(OutputIterator out, Enumeration value, const format_spec& spec) {
  return write_padded(out, to_string(value), spec);
}

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP
