// SPDX-License-Identifier: MIT
// libcurl adapter (libcurl 7.66 or newer), namespace httpstatus::curl.
//
//   const CURLcode result = curl_easy_perform(handle);
//   httpstatus::curl::status_of(handle)                 std::optional<code>; nullopt: no response
//   httpstatus::curl::failure_of(result, handle)        std::optional<transport_failure>
//   httpstatus::curl::advise_retry(handle, result, "POST", attempt, now)
//
// Call them after curl_easy_perform and before the handle is reset or
// reused: they read the handle's CURLINFO values of the last transfer.
#ifndef HTTPSTATUS_CURL_HPP
#define HTTPSTATUS_CURL_HPP

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>

#include <curl/curl.h>

#include <chrono>
#include <optional>
#include <string_view>
#include <utility>

#if !defined(LIBCURL_VERSION_NUM) || LIBCURL_VERSION_NUM < 0x074200
#error "httpstatus/curl.hpp needs libcurl 7.66.0 or newer (CURLINFO_RETRY_AFTER)"
#endif

HTTPSTATUS_BEGIN_NAMESPACE
namespace curl {
namespace detail {

// A timeout is a connect failure until curl was ready to send the request
// (CURLINFO_PRETRANSFER_TIME, after the TCP and TLS handshakes), and a
// response timeout after: the request may have gone out. Times are in
// microseconds; 0 means that stage was never reached.
[[nodiscard]] constexpr transport_failure classify_timeout(curl_off_t connect_time,
                                                           curl_off_t pretransfer_time) noexcept {
  return connect_time > 0 && pretransfer_time > 0 ? transport_failure::response_timeout
                                                  : transport_failure::connect_failed;
}

[[nodiscard]] inline curl_off_t time_of(CURL* handle, CURLINFO info) noexcept {
  curl_off_t microseconds = 0;
  if (handle == nullptr || curl_easy_getinfo(handle, info, &microseconds) != CURLE_OK) {
    return 0;
  }
  return microseconds;
}

// CURLINFO_RESPONSE_CODE: 0 when there was no response.
[[nodiscard]] inline long response_code(CURL* handle) noexcept {
  long status = 0;
  if (handle == nullptr || curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) {
    return 0;
  }
  return status;
}

}  // namespace detail

// The status of the last response (CURLINFO_RESPONSE_CODE); nullopt when
// there was none (curl reports 0) or the number is outside 100..599.
[[nodiscard]] inline std::optional<code> status_of(CURL* handle) noexcept {
  return to_code(detail::response_code(handle));
}

// The transport failure a CURLcode stands for; nullopt for CURLE_OK and for
// errors that repeating the request cannot mend (bad URL, certificate
// rejected, too many redirects, a callback's abort...). curl repeats an
// HTTP/2 stream refused by the server on its own (REFUSED_STREAM, up to 5
// times) and reports no distinct error, so refused_stream never comes from
// here.
[[nodiscard]] inline std::optional<transport_failure> failure_of(CURLcode result, CURL* handle) noexcept {
  switch (result) {
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR: return transport_failure::connect_failed;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE: return transport_failure::closed_before_response;
    case CURLE_OPERATION_TIMEDOUT:
      return detail::classify_timeout(detail::time_of(handle, CURLINFO_CONNECT_TIME_T),
                                      detail::time_of(handle, CURLINFO_PRETRANSFER_TIME_T));
    default: return std::nullopt;
  }
}

// CURLINFO_RETRY_AFTER: curl's reading of the last response's Retry-After,
// in seconds from now (a date already converted). 0 means none (or "0"),
// and a date in the past is negative: both are absent here.
[[nodiscard]] inline std::optional<std::chrono::seconds> retry_after(CURL* handle) noexcept {
  curl_off_t seconds = 0;
  if (handle == nullptr || curl_easy_getinfo(handle, CURLINFO_RETRY_AFTER, &seconds) != CURLE_OK || seconds <= 0) {
    return std::nullopt;
  }
  return std::chrono::seconds(seconds);
}

// advise_retry over the last transfer: the transport failure when there was
// one, else the response's status and Retry-After. `rest` is what the core
// overload takes after `attempt` (now, policy, random; or nothing).
template <class... Rest>
[[nodiscard]] retry_advice advise_retry(CURL* handle, CURLcode result, std::string_view method, int attempt,
                                        Rest&&... rest) noexcept {
  if (result != CURLE_OK) {
    if (const std::optional<transport_failure> failure = failure_of(result, handle)) {
      return ::httpstatus::advise_retry(*failure, method, attempt, std::forward<Rest>(rest)...);
    }
    return {false, std::chrono::milliseconds(0), "a curl error that repeating the request cannot mend"};
  }
  // The raw number, so that one outside 100..599 is judged as the core
  // judges an invalid code (like a 500), not dropped.
  const long status = detail::response_code(handle);
  if (status == 0) {
    return {false, std::chrono::milliseconds(0), "no HTTP response to advise on"};
  }
  const std::optional<std::chrono::seconds> wait = retry_after(handle);
  return ::httpstatus::advise_retry(status, method, wait ? retry_after_value(*wait) : retry_after_value{}, attempt,
                                    std::forward<Rest>(rest)...);
}

}  // namespace curl
HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_CURL_HPP
