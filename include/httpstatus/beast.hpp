// SPDX-License-Identifier: MIT
// Boost.Beast adapter (Boost 1.74 or newer), namespace httpstatus::beast.
//
//   httpstatus::beast::status_of(res)              from result_int(): 418 stays 418
//   httpstatus::beast::set_status(res, code::not_found)   "404 Not Found" on the wire
//   httpstatus::beast::retry_after(res)            the Retry-After value, or nullopt
//   httpstatus::beast::advise_retry(res, http::verb::get, attempt, now)
//   httpstatus::beast::advise_retry(ec, http::verb::post, attempt, now)
//
// Works with Beast's default boost::string_view and with
// BOOST_BEAST_USE_STD_STRING_VIEW. The error_code forms are for a failure
// before a response header was read (connect, write, read of the header).
#ifndef HTTPSTATUS_BEAST_HPP
#define HTTPSTATUS_BEAST_HPP

#include <httpstatus/detail/status_line.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/system/error_code.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>

HTTPSTATUS_BEGIN_NAMESPACE
namespace beast {
namespace detail {

// boost::string_view or std::string_view, whichever Beast was built with.
template <class View>
[[nodiscard]] constexpr std::string_view to_std_view(View view) noexcept {
  return {view.data(), view.size()};
}

[[nodiscard]] inline std::string_view method_name(::boost::beast::http::verb method) noexcept {
  return to_std_view(::boost::beast::http::to_string(method));
}

}  // namespace detail

// The status as Beast holds it, from result_int(): result() gives
// status::unknown (0) for every code Beast does not list (418, 425, 520...).
// Beast keeps 0..999; anything above 65535 (set through a cast) becomes 0,
// which, like every value outside 100..599, is invalid to the core queries.
template <class Fields>
[[nodiscard]] code status_of(const ::boost::beast::http::header<false, Fields>& response) noexcept {
  const unsigned raw = response.result_int();
  return raw <= std::numeric_limits<std::uint16_t>::max() ? static_cast<code>(raw) : code{};
}

// Sets the status and a reason phrase: ours, or for a code without one the
// RFC 9110 name of its class ("499 Client Error"), so Beast never writes
// "<unknown-status>". Returns false, and changes nothing, outside 100..599.
template <class Fields>
bool set_status(::boost::beast::http::header<false, Fields>& response, code value) {
  if (!is_valid(value)) {
    return false;
  }
  const std::string_view phrase = ::httpstatus::detail::status_line_phrase(value);
  response.result(static_cast<unsigned>(value));
  response.reason({phrase.data(), phrase.size()});
  return true;
}

// The first Retry-After field's value, nullopt when there is none. The view
// points into the header: use it while the header lives.
template <class Fields>
[[nodiscard]] std::optional<std::string_view> retry_after(const ::boost::beast::http::header<false, Fields>& response) {
  const auto found = response.find(::boost::beast::http::field::retry_after);
  if (found == response.end()) {
    return std::nullopt;
  }
  return detail::to_std_view(found->value());
}

// The transport failure an Asio or Beast error stands for, when it happened
// before a response header was read; nullopt when retrying cannot help.
[[nodiscard]] inline std::optional<transport_failure> failure_of(const ::boost::system::error_code& error) noexcept {
  namespace asio_error = ::boost::asio::error;
  namespace http_error = ::boost::beast::http;
  if (error == asio_error::connection_refused || error == asio_error::host_not_found ||
      error == asio_error::host_not_found_try_again || error == asio_error::network_unreachable ||
      error == asio_error::host_unreachable) {
    return transport_failure::connect_failed;
  }
  if (error == http_error::error::end_of_stream || error == http_error::error::partial_message ||
      error == asio_error::eof || error == asio_error::connection_reset || error == asio_error::connection_aborted ||
      error == asio_error::broken_pipe) {
    return transport_failure::closed_before_response;
  }
  if (error == ::boost::beast::error::timeout) {
    return transport_failure::response_timeout;
  }
  return std::nullopt;
}

// advise_retry over a response: `rest` is what the core overload takes
// after `attempt` (now, policy, random; or nothing to read system_clock).
template <class Fields, class... Rest>
[[nodiscard]] retry_advice advise_retry(const ::boost::beast::http::header<false, Fields>& response,
                                        ::boost::beast::http::verb method, int attempt, Rest&&... rest) noexcept {
  return ::httpstatus::advise_retry(status_of(response), detail::method_name(method), retry_after(response), attempt,
                                    std::forward<Rest>(rest)...);
}

// advise_retry over a failed connect, write or read: the transport failure
// it stands for, else no retry.
template <class... Rest>
[[nodiscard]] retry_advice advise_retry(const ::boost::system::error_code& error, ::boost::beast::http::verb method,
                                        int attempt, Rest&&... rest) noexcept {
  if (const std::optional<transport_failure> failure = failure_of(error)) {
    return ::httpstatus::advise_retry(*failure, detail::method_name(method), attempt, std::forward<Rest>(rest)...);
  }
  if (!error) {
    return {false, std::chrono::milliseconds(0), "no error: read the response and advise on its status"};
  }
  return {false, std::chrono::milliseconds(0), "not a connection failure that repeating the request can mend"};
}

}  // namespace beast
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_BEAST_HPP
