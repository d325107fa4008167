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

// Every httpstatus formatter: {fmt} 8 to 11 all give a parse context whose
// iterators are `const char*`. `Types` are the presentation types Value takes.
template <class Value, char... Types>
struct fmt_formatter {
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

  template <class FormatContext>
  auto format(Value value, FormatContext& context) const -> decltype(context.out()) {
    return write_formatted(context.out(), value, spec);
  }
};

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

template <>
struct fmt::formatter<httpstatus::code> : httpstatus::detail::fmt_formatter<httpstatus::code, 'd', 'p'> {};
template <>
struct fmt::formatter<httpstatus::status_class> : httpstatus::detail::fmt_formatter<httpstatus::status_class, 's'> {};
template <>
struct fmt::formatter<httpstatus::retry> : httpstatus::detail::fmt_formatter<httpstatus::retry, 's'> {};
template <>
struct fmt::formatter<httpstatus::standing> : httpstatus::detail::fmt_formatter<httpstatus::standing, 's'> {};

#endif  // HTTPSTATUS_FMT_HPP
