// SPDX-License-Identifier: MIT
// Shared by error_code.hpp (std::error_code) and boost_system.hpp
// (boost::system::error_code): which codes are errors, and their messages.
#ifndef HTTPSTATUS_DETAIL_ERROR_RULES_HPP
#define HTTPSTATUS_DETAIL_ERROR_RULES_HPP

#include <httpstatus/httpstatus.hpp>

#include <string>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

// A 4xx, 5xx or invalid code is a failure; 1xx, 2xx and 3xx are not, and
// become an empty error code, so that `if (ec)` keeps its usual meaning.
[[nodiscard]] constexpr bool is_failure_code(code value) noexcept {
  return !(is_informational(value) || is_success(value) || is_redirection(value));
}

// "404 Not Found", or the number when the code is not known.
[[nodiscard]] inline std::string error_message(int value) {
  if (is_known(value)) {
    return std::string(format_code(static_cast<code>(value)).view());
  }
  return std::to_string(value);
}

[[nodiscard]] inline std::string status_class_message(int value) {
  return std::string(to_string(static_cast<status_class>(value)));
}

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_DETAIL_ERROR_RULES_HPP
