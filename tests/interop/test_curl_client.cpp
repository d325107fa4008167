// The scenario script, run by a libcurl client through httpstatus::curl,
// and the failure mapping's parts that loopback cannot reach.
#include <httpstatus/curl.hpp>

#include <curl/curl.h>

#include <string>

#include "../support/catch.hpp"
#include "scenarios.hpp"

namespace {

std::size_t discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

// One request on a new connection; CURLOPT_TIMEOUT_MS bounds it all.
interop::outcome curl_exchange(const std::string& method, std::uint16_t port, int attempt) {
  CURL* handle = curl_easy_init();
  REQUIRE(handle != nullptr);
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/";
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(interop::client_timeout.count()));
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(handle, CURLOPT_NOPROXY, "*");
  if (method == "POST") {
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, "x");
  }
  const CURLcode result = curl_easy_perform(handle);

  std::string what;
  if (result != CURLE_OK) {
    const auto kind = httpstatus::curl::failure_of(result, handle);
    what = kind ? std::string(httpstatus::to_string(*kind)) : curl_easy_strerror(result);
  } else if (const auto status = httpstatus::curl::status_of(handle)) {
    what = std::to_string(static_cast<int>(*status));
  } else {
    what = "no status";
  }
  const httpstatus::retry_advice advice =
      httpstatus::curl::advise_retry(handle, result, method, attempt, interop::now_seconds(), interop::test_policy());
  curl_easy_cleanup(handle);
  return {what, advice};
}

struct curl_global {
  curl_global() { curl_global_init(CURL_GLOBAL_DEFAULT); }
  ~curl_global() { curl_global_cleanup(); }
};

}  // namespace

TEST_CASE("libcurl client: the scenario script") {
  const curl_global global;
  interop::check_every_scenario(curl_exchange);
}

TEST_CASE("libcurl: failure_of") {
  using httpstatus::transport_failure;
  using httpstatus::curl::failure_of;
  SECTION("never sent: resolve, connect and TLS handshake errors") {
    for (const CURLcode result :
         {CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_SSL_CONNECT_ERROR}) {
      CHECK(failure_of(result, nullptr) == transport_failure::connect_failed);
    }
  }
  SECTION("the connection ended after the request went out") {
    for (const CURLcode result : {CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE}) {
      CHECK(failure_of(result, nullptr) == transport_failure::closed_before_response);
    }
  }
  SECTION("errors that a repeat cannot mend") {
    for (const CURLcode result :
         {CURLE_OK, CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_PEER_FAILED_VERIFICATION,
          CURLE_TOO_MANY_REDIRECTS, CURLE_ABORTED_BY_CALLBACK, CURLE_WRITE_ERROR, CURLE_HTTP2_STREAM}) {
      CHECK_FALSE(failure_of(result, nullptr).has_value());
    }
  }
  SECTION("a timeout: before the request was ready to go out, or after") {
    using httpstatus::curl::detail::classify_timeout;
    // Times in microseconds; 0: curl never reached that stage.
    CHECK(classify_timeout(0, 0) == transport_failure::connect_failed);    // TCP connect
    CHECK(classify_timeout(1, 0) == transport_failure::connect_failed);    // TLS handshake
    CHECK(classify_timeout(1, 1) == transport_failure::response_timeout);  // waiting for the response
    CHECK(classify_timeout(250, 900) == transport_failure::response_timeout);
    // Without a handle there are no times: a timeout counts as never sent.
    CHECK(failure_of(CURLE_OPERATION_TIMEDOUT, nullptr) == transport_failure::connect_failed);
  }
}

TEST_CASE("libcurl: status_of and retry_after without a transfer") {
  CHECK_FALSE(httpstatus::curl::status_of(nullptr).has_value());
  CHECK_FALSE(httpstatus::curl::retry_after(nullptr).has_value());
  CURL* handle = curl_easy_init();
  REQUIRE(handle != nullptr);
  CHECK_FALSE(httpstatus::curl::status_of(handle).has_value());  // curl reports 0: no response
  CHECK_FALSE(httpstatus::curl::retry_after(handle).has_value());
  const httpstatus::retry_advice advice =
      httpstatus::curl::advise_retry(handle, CURLE_OK, "GET", 1, interop::now_seconds(), interop::test_policy());
  CHECK_FALSE(advice.retry);
  curl_easy_cleanup(handle);
}

TEST_CASE("libcurl: CURLINFO_RETRY_AFTER of 0 or below reads as absent") {
  // curl reports Retry-After: 0 as 0, like no field, and a past date as a
  // negative number: both leave the standard policy's backoff (200 ms for
  // attempt 1), where a Retry-After read from the text would say 0 s.
  const curl_global global;
  const std::string past = "Retry-After: Sun, 06 Nov 1994 08:49:37 GMT\r\n";
  for (const std::string& field : {std::string("Retry-After: 0\r\n"), past}) {
    INFO(field);
    const interop::scenario script{
        "503 then 200", "POST", {interop::answer("HTTP/1.1 503 Service Unavailable\r\n" + field)}, 1, {}};
    std::size_t requests_seen = 0;
    CHECK(interop::run(script, curl_exchange, requests_seen) ==
          std::vector<std::string>{"POST #1: 503 -> retry in 200 ms"});
  }
  const interop::scenario one_second{
      "503 then 200", "POST", {interop::answer("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n")}, 1, {}};
  std::size_t requests_seen = 0;
  CHECK(interop::run(one_second, curl_exchange, requests_seen) ==
        std::vector<std::string>{"POST #1: 503 -> retry in 1000 ms"});
}
