// SPDX-License-Identifier: MIT
// std::formatter specialisations for httpstatus::code, status_class, retry
// and standing (C++20 <format>), printing exactly what fmt.hpp prints:
//
//   std::format("{}", code::not_found)        "404 Not Found"   ("299" when not known)
//   std::format("{:d}", code::not_found)      "404"
//   std::format("{:p}", code::not_found)      "Not Found"       (the number when not known)
//   std::format("{:*^20p}", code::not_found)  "*****Not Found******"
//
// Including this header is harmless where the standard library has no
// <format>: it then defines nothing but HTTPSTATUS_HAS_STD_FORMAT as 0.
// Detection: __cpp_lib_format, or libc++ 16 and later with its <format>
// enabled (-fexperimental-library), which works but does not define the
// macro. Define HTTPSTATUS_HAS_STD_FORMAT to 1 or 0 to decide yourself.
#ifndef HTTPSTATUS_FORMAT_HPP
#define HTTPSTATUS_FORMAT_HPP

#include <httpstatus/detail/format_spec.hpp>
#include <httpstatus/httpstatus.hpp>

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

#ifndef HTTPSTATUS_HAS_STD_FORMAT
#if defined(__cpp_lib_format)
#define HTTPSTATUS_HAS_STD_FORMAT 1
#elif __cplusplus >= 202002L && defined(_LIBCPP_VERSION) && !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT)
#if _LIBCPP_VERSION >= 160000
#define HTTPSTATUS_HAS_STD_FORMAT 1
#else
#define HTTPSTATUS_HAS_STD_FORMAT 0
#endif
#else
#define HTTPSTATUS_HAS_STD_FORMAT 0
#endif
#endif

#if HTTPSTATUS_HAS_STD_FORMAT

#include <cstdlib>
#include <format>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

// Every httpstatus formatter. `Types` are the presentation types Value takes.
template <class Value, char... Types>
struct std_formatter {
  format_spec spec;

  constexpr auto parse(std::format_parse_context& context) {
    constexpr char types[] = {Types..., '\0'};
    const auto result = parse_format_spec(context.begin(), context.end(), std::string_view(types));
    if (result.error != nullptr) {
#if defined(__cpp_exceptions)
      throw std::format_error(result.error);
#else
      std::abort();
#endif
    }
    spec = result.spec;
    return result.end;
  }

  template <class FormatContext>
  auto format(Value value, FormatContext& context) const {
    return write_formatted(context.out(), value, spec);
  }
};

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

template <>
struct std::formatter<httpstatus::code> : httpstatus::detail::std_formatter<httpstatus::code, 'd', 'p'> {};
template <>
struct std::formatter<httpstatus::status_class> : httpstatus::detail::std_formatter<httpstatus::status_class, 's'> {};
template <>
struct std::formatter<httpstatus::retry> : httpstatus::detail::std_formatter<httpstatus::retry, 's'> {};
template <>
struct std::formatter<httpstatus::standing> : httpstatus::detail::std_formatter<httpstatus::standing, 's'> {};

#endif  // HTTPSTATUS_HAS_STD_FORMAT
#endif  // HTTPSTATUS_FORMAT_HPP
