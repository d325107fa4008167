// SPDX-License-Identifier: MIT
// Shared by the server-side adapters (beast.hpp, httplib.hpp): the reason
// phrase to put on a status line.
#ifndef HTTPSTATUS_DETAIL_STATUS_LINE_HPP
#define HTTPSTATUS_DETAIL_STATUS_LINE_HPP

#include <httpstatus/httpstatus.hpp>

#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE
namespace detail {

// The code's phrase; for a valid code without one (499, 520...), the title
// RFC 9110 gives its class (Section 15: "Client Error 4xx"...). A client
// handles an unknown code as its class, so the class name is the truthful
// phrase; an x00 phrase ("Bad Request" for 499) would name another code.
// Empty outside 100..599, where no status line is valid.
[[nodiscard]] constexpr std::string_view status_line_phrase(code value) noexcept {
  const std::string_view phrase = reason_phrase(value);
  if (!phrase.empty()) {
    return phrase;
  }
  switch (class_of(value)) {
    case status_class::informational: return "Informational";
    case status_class::success: return "Successful";
    case status_class::redirection: return "Redirection";
    case status_class::client_error: return "Client Error";
    case status_class::server_error: return "Server Error";
    case status_class::invalid: break;
  }
  return {};
}

}  // namespace detail
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_DETAIL_STATUS_LINE_HPP
