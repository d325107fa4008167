// SPDX-License-Identifier: MIT
// cpp-httplib adapter (0.11 or newer), namespace httpstatus::httplib.
//
//   auto result = client.Get("/");
//   httpstatus::httplib::advise_retry(result, "GET", attempt, now)
//   httpstatus::httplib::failure_of(result.error())     std::optional<transport_failure>
//   httpstatus::httplib::set_status(response, code::not_found)
//
// Build it with the flags of the httplib you use: Debian's compiled
// libcpp-httplib needs `pkg-config --cflags --libs cpp-httplib` in every
// file that includes httplib.h, since they change its class layouts.
#ifndef HTTPSTATUS_HTTPLIB_HPP
#define HTTPSTATUS_HTTPLIB_HPP

#include <httpstatus/detail/status_line.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>

#include <httplib.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

HTTPSTATUS_BEGIN_NAMESPACE
namespace httplib {

// The transport failure a failed request stands for; nullopt for Success
// and for errors that repeating the request cannot mend (certificates,
// redirects, a cancelled request...). httplib reports a read timeout and a
// connection closed before the response both as Error::Read, so both are
// closed_before_response (the same verdict as response_timeout under the
// standard policy: idempotent methods only).
[[nodiscard]] inline std::optional<transport_failure> failure_of(::httplib::Error error) noexcept {
  switch (error) {
    case ::httplib::Error::Connection:
    case ::httplib::Error::ConnectionTimeout:
    case ::httplib::Error::SSLConnection: return transport_failure::connect_failed;
    case ::httplib::Error::Read:
    case ::httplib::Error::Write: return transport_failure::closed_before_response;
    default: return std::nullopt;
  }
}

// The first Retry-After field's value, nullopt when there is none. The view
// points into the response: use it while the response lives.
[[nodiscard]] inline std::optional<std::string_view> retry_after(const ::httplib::Response& response) {
  const auto found = response.headers.find("Retry-After");
  if (found == response.headers.end()) {
    return std::nullopt;
  }
  return std::string_view(found->second);
}

// advise_retry over a request's result: the transport failure when there
// was no response, else its status and Retry-After. `rest` is what the core
// overload takes after `attempt` (now, policy, random; or nothing).
template <class... Rest>
[[nodiscard]] retry_advice advise_retry(const ::httplib::Result& result, std::string_view method, int attempt,
                                        Rest&&... rest) noexcept {
  if (result) {
    return ::httpstatus::advise_retry(result->status, method, retry_after(*result), attempt,
                                      std::forward<Rest>(rest)...);
  }
  if (const std::optional<transport_failure> failure = failure_of(result.error())) {
    return ::httpstatus::advise_retry(*failure, method, attempt, std::forward<Rest>(rest)...);
  }
  return {false, std::chrono::milliseconds(0), "an httplib error that repeating the request cannot mend"};
}

// Sets the status, and Response::reason to ours (or the RFC 9110 name of
// the code's class when it has none). httplib 0.11 ignores `reason` when it
// writes a response: the status line carries its own phrase table, which
// gives "Internal Server Error" to every code it does not list (499, 520).
// Returns false, and changes nothing, outside 100..599.
inline bool set_status(::httplib::Response& response, code value) {
  if (!is_valid(value)) {
    return false;
  }
  response.status = static_cast<int>(value);
  response.reason = std::string(::httpstatus::detail::status_line_phrase(value));
  return true;
}

}  // namespace httplib
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_HTTPLIB_HPP
