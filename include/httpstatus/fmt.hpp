// SPDX-License-Identifier: MIT
// {fmt} formatters for httpstatus::code, status_class, retry and standing
// ({fmt} 8 to 11).
//
//   fmt::format("{}", code::not_found)        "404 Not Found"   ("299" when not known)
//   fmt::format("{:d}", code::not_found)      "404"
//   fmt::format("{:p}", code::not_found)      "Not Found"       (the number when not known)
//   fmt::format("{:*^20p}", code::not_found)  "*****Not Found******"
//   fmt::format("{}", status_class::success)  "success"
//
// Fill, align and width apply to the whole text. A bad spec is a compile
// error where {fmt} checks format strings, else a fmt::format_error.
#ifndef HTTPSTATUS_FMT_HPP
#define HTTPSTATUS_FMT_HPP

#include <httpstatus/detail/format_spec.hpp>
#include <httpstatus/httpstatus.hpp>

#include <fmt/format.h>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

// The parse half every httpstatus formatter shares: {fmt} 8 to 11 all give a
// parse context whose iterators are `const char*`.
template <char... Types>
struct fmt_spec_parser {
  format_spec spec;

  constexpr auto parse(fmt::format_parse_context& context) -> decltype(context.begin()) {
    constexpr char types[] = {Types..., '\0'};
    const auto result = parse_format_spec(context.begin(), context.end(), std::string_view(types));
    if (result.error != nullptr) {
      FMT_THROW(fmt::format_error(result.error));
    }
    spec = result.spec;
    return result.end;
  }
};

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

template <>
struct fmt::formatter<httpstatus::code> : httpstatus::detail::fmt_spec_parser<'d', 'p'> {
  template <class FormatContext>
  auto format(httpstatus::code value, FormatContext& context) const -> decltype(context.out()) {
    const auto full = httpstatus::detail::format_code(value);
    return httpstatus::detail::write_padded(context.out(), httpstatus::detail::select_code_text(full, spec.type), spec);
  }
};

template <>
struct fmt::formatter<httpstatus::status_class> : httpstatus::detail::fmt_spec_parser<'s'> {
  template <class FormatContext>
  auto format(httpstatus::status_class value, FormatContext& context) const -> decltype(context.out()) {
    return httpstatus::detail::write_padded(context.out(), httpstatus::to_string(value), spec);
  }
};

template <>
struct fmt::formatter<httpstatus::retry> : httpstatus::detail::fmt_spec_parser<'s'> {
  template <class FormatContext>
  auto format(httpstatus::retry value, FormatContext& context) const -> decltype(context.out()) {
    return httpstatus::detail::write_padded(context.out(), httpstatus::to_string(value), spec);
  }
};

template <>
struct fmt::formatter<httpstatus::standing> : httpstatus::detail::fmt_spec_parser<'s'> {
  template <class FormatContext>
  auto format(httpstatus::standing value, FormatContext& context) const -> decltype(context.out()) {
    return httpstatus::detail::write_padded(context.out(), httpstatus::to_string(value), spec);
  }
};

#endif  // HTTPSTATUS_FMT_HPP
