// The scenario script, run by a cpp-httplib client through
// httpstatus::httplib, and the failure mapping.
#include <httpstatus/httplib.hpp>

#include <httplib.h>

#include <string>

#include "../support/catch.hpp"
#include "scenarios.hpp"

namespace {

// One request on a new connection (keep-alive off): connect within
// wait_limit, the response within client_timeout.
interop::outcome httplib_exchange(const std::string& method, std::uint16_t port, int attempt) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(false);
  client.set_connection_timeout(std::chrono::duration_cast<std::chrono::seconds>(interop::wait_limit));
  client.set_read_timeout(interop::client_timeout);
  client.set_write_timeout(interop::wait_limit);
  const httplib::Result result = method == "POST" ? client.Post("/", "x", "text/plain") : client.Get("/");

  std::string what;
  if (result) {
    what = std::to_string(result->status);
  } else {
    const auto kind = httpstatus::httplib::failure_of(result.error());
    what = kind ? std::string(httpstatus::to_string(*kind)) : httplib::to_string(result.error());
  }
  return {what,
          httpstatus::httplib::advise_retry(result, method, attempt, interop::now_seconds(), interop::test_policy())};
}

// httplib 0.11 reports a read that timed out as Error::Read, like a
// connection closed before the response: the adapter cannot tell them
// apart, and names both closed_before_response (the same verdict under the
// standard policy).
std::vector<std::string> as_httplib_reports(std::vector<std::string> transcript) {
  const std::string timeout = "response_timeout";
  for (std::string& line : transcript) {
    const std::size_t at = line.find(timeout);
    if (at != std::string::npos) {
      line.replace(at, timeout.size(), "closed_before_response");
    }
  }
  return transcript;
}

}  // namespace

TEST_CASE("cpp-httplib client: the scenario script") {
  interop::check_every_scenario(httplib_exchange, as_httplib_reports);
}

TEST_CASE("cpp-httplib: failure_of") {
  using httpstatus::transport_failure;
  using httpstatus::httplib::failure_of;
  CHECK(failure_of(httplib::Error::Connection) == transport_failure::connect_failed);
  CHECK(failure_of(httplib::Error::ConnectionTimeout) == transport_failure::connect_failed);
  CHECK(failure_of(httplib::Error::SSLConnection) == transport_failure::connect_failed);
  CHECK(failure_of(httplib::Error::Read) == transport_failure::closed_before_response);
  CHECK(failure_of(httplib::Error::Write) == transport_failure::closed_before_response);
  for (const httplib::Error error : {httplib::Error::Success, httplib::Error::Unknown, httplib::Error::BindIPAddress,
                                     httplib::Error::ExceedRedirectCount, httplib::Error::Canceled,
                                     httplib::Error::SSLLoadingCerts, httplib::Error::SSLServerVerification,
                                     httplib::Error::UnsupportedMultipartBoundaryChars, httplib::Error::Compression}) {
    INFO(httplib::to_string(error));
    CHECK_FALSE(failure_of(error).has_value());
  }
}
