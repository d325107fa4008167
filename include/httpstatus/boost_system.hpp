// SPDX-License-Identifier: MIT
// boost::system::error_code integration (Boost 1.74 or newer), with the
// rules of error_code.hpp:
//
//   boost::system::error_code ec = httpstatus::code::not_found;
//   ec.category().name()                           "http"
//   ec.message()                                   "404 Not Found"
//   ec == httpstatus::status_class::client_error   true
//
// Only 4xx, 5xx and codes outside 100..599 are errors; a 1xx, 2xx or 3xx
// gives an empty error_code. A translation unit includes this header or
// error_code.hpp, not both (see detail/one_error_code_enum.hpp); a
// boost::system::error_code converts to std::error_code where one is needed.
#ifndef HTTPSTATUS_BOOST_SYSTEM_HPP
#define HTTPSTATUS_BOOST_SYSTEM_HPP

#include <httpstatus/detail/error_rules.hpp>
#include <httpstatus/detail/one_error_code_enum.hpp>
#include <httpstatus/httpstatus.hpp>

#include <boost/system/error_code.hpp>

#include <string>
#include <type_traits>

HTTPSTATUS_BEGIN_NAMESPACE
namespace boost_system {
namespace detail {

class http_category_impl final : public ::boost::system::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "http"; }
  [[nodiscard]] std::string message(int value) const override { return ::httpstatus::detail::error_message(value); }
  // Each code belongs to the condition of its class.
  [[nodiscard]] ::boost::system::error_condition default_error_condition(int value) const noexcept override;
};

class status_class_category_impl final : public ::boost::system::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "http status class"; }
  [[nodiscard]] std::string message(int value) const override {
    return ::httpstatus::detail::status_class_message(value);
  }
};

}  // namespace detail

// The category of every boost::system::error_code made from a code.
inline const ::boost::system::error_category& http_category() noexcept {
  static const detail::http_category_impl category;
  return category;
}

// The category of the status_class error conditions.
inline const ::boost::system::error_category& status_class_category() noexcept {
  static const detail::status_class_category_impl category;
  return category;
}

inline ::boost::system::error_condition detail::http_category_impl::default_error_condition(int value) const noexcept {
  return {static_cast<int>(class_of(value)), status_class_category()};
}

}  // namespace boost_system

// The hooks Boost.System finds by argument-dependent lookup. Templates, so
// that their symbols differ from error_code.hpp's std::error_code functions
// of the same name: a program may use both headers in different
// translation units without breaking the one-definition rule.
template <class Code, std::enable_if_t<std::is_same_v<Code, code>, int> = 0>
::boost::system::error_code make_error_code(Code value) noexcept {
  if (!detail::is_failure_code(value)) {
    return {};
  }
  return {static_cast<int>(value), boost_system::http_category()};
}

template <class Class, std::enable_if_t<std::is_same_v<Class, status_class>, int> = 0>
::boost::system::error_condition make_error_condition(Class value) noexcept {
  return {static_cast<int>(value), boost_system::status_class_category()};
}

HTTPSTATUS_END_NAMESPACE

template <>
struct boost::system::is_error_code_enum<httpstatus::code> : std::true_type {};

template <>
struct boost::system::is_error_condition_enum<httpstatus::status_class> : std::true_type {};

#endif  // HTTPSTATUS_BOOST_SYSTEM_HPP
