// SPDX-License-Identifier: MIT
// std::error_code integration.
//
//   std::error_code ec = httpstatus::code::not_found;
//   ec.category().name()                        "http"
//   ec.message()                                "404 Not Found"
//   ec == httpstatus::status_class::client_error  true
//
// Only failures become error codes. A 4xx or 5xx (or a value outside
// 100..599) keeps its value in the "http" category; a 1xx, 2xx or 3xx is
// not an error and gives an empty std::error_code (value 0, system
// category), so `if (ec)` and `ec == std::error_code{}` keep their usual
// meaning. An error_code holding 200 would otherwise test true, since its
// value is not zero.
#ifndef HTTPSTATUS_ERROR_CODE_HPP
#define HTTPSTATUS_ERROR_CODE_HPP

#include <httpstatus/detail/error_rules.hpp>
#include <httpstatus/detail/one_error_code_enum.hpp>
#include <httpstatus/httpstatus.hpp>

#include <string>
#include <system_error>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

class http_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "http"; }

  // "404 Not Found", or the number when the code is not known.
  [[nodiscard]] std::string message(int value) const override { return error_message(value); }

  // Each code belongs to the condition of its class.
  [[nodiscard]] std::error_condition default_error_condition(int value) const noexcept override;
};

class status_class_category_impl final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "http status class"; }
  [[nodiscard]] std::string message(int value) const override { return status_class_message(value); }
};

}  // namespace detail

// The category of every error_code made from a code.
inline const std::error_category& http_category() noexcept {
  static const detail::http_category_impl category;
  return category;
}

// The category of the status_class error conditions.
inline const std::error_category& status_class_category() noexcept {
  static const detail::status_class_category_impl category;
  return category;
}

// A 4xx, 5xx or invalid code in http_category(); an empty error_code for
// 1xx, 2xx and 3xx, which are not errors.
inline std::error_code make_error_code(code value) noexcept {
  if (!detail::is_failure_code(value)) {
    return {};
  }
  return {static_cast<int>(value), http_category()};
}

inline std::error_condition make_error_condition(status_class value) noexcept {
  return {static_cast<int>(value), status_class_category()};
}

inline std::error_condition detail::http_category_impl::default_error_condition(int value) const noexcept {
  return make_error_condition(class_of(value));
}

HTTPSTATUS_END_NAMESPACE

template <>
struct std::is_error_code_enum<httpstatus::code> : std::true_type {};

template <>
struct std::is_error_condition_enum<httpstatus::status_class> : std::true_type {};

#endif  // HTTPSTATUS_ERROR_CODE_HPP
