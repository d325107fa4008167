// httpstatus::beast on Beast's own types, and a Beast server's status
// lines read off the wire. Built twice: with Beast's boost::string_view and
// with BOOST_BEAST_USE_STD_STRING_VIEW.
#include <httpstatus/beast.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <sys/socket.h>
#include <sys/time.h>

#include <string>
#include <thread>
#include <vector>

#include "../support/catch.hpp"
#include "loopback.hpp"

namespace http = boost::beast::http;
using httpstatus::code;
using tcp = boost::asio::ip::tcp;

namespace {

http::response<http::empty_body> response_with(unsigned status) {
  http::response<http::empty_body> response;
  response.result(status);
  return response;
}

std::string reason_of(const http::response<http::empty_body>& response) {
  return {response.reason().data(), response.reason().size()};
}

httpstatus::sys_seconds some_instant() { return httpstatus::sys_seconds(std::chrono::seconds(1'700'000'000)); }

}  // namespace

TEST_CASE("beast::status_of reads result_int()") {
  // Beast 1.74 lists neither 418 nor 520: result() gives status::unknown.
  const auto teapot = response_with(418);
  CHECK(teapot.result() == http::status::unknown);
  CHECK(httpstatus::beast::status_of(teapot) == code::im_a_teapot);
  CHECK(static_cast<int>(httpstatus::beast::status_of(response_with(520))) == 520);
  CHECK(httpstatus::beast::status_of(response_with(404)) == code::not_found);
  // Beast accepts 0..999; outside 100..599 the value stays, and is invalid.
  CHECK(static_cast<int>(httpstatus::beast::status_of(response_with(999))) == 999);
  CHECK_FALSE(httpstatus::is_valid(httpstatus::beast::status_of(response_with(999))));
  CHECK_FALSE(httpstatus::is_valid(httpstatus::beast::status_of(response_with(0))));
  // Only a cast puts more than 999 in a header; above 65535 it reads as 0.
  http::response<http::empty_body> cast;
  cast.result(static_cast<http::status>(65535));
  CHECK(static_cast<int>(httpstatus::beast::status_of(cast)) == 65535);
  cast.result(static_cast<http::status>(65536));
  CHECK(static_cast<int>(httpstatus::beast::status_of(cast)) == 0);
}

TEST_CASE("beast::set_status writes the status and a phrase") {
  http::response<http::empty_body> response;
  SECTION("a registered code: its RFC 9110 phrase") {
    CHECK(httpstatus::beast::set_status(response, code::content_too_large));
    CHECK(response.result_int() == 413);
    CHECK(reason_of(response) == "Content Too Large");
    CHECK(httpstatus::beast::set_status(response, code::early_hints));
    CHECK(reason_of(response) == "Early Hints");
  }
  SECTION("a code without a phrase: its class as RFC 9110 Section 15 names it") {
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(499)));
    CHECK(response.result_int() == 499);
    CHECK(reason_of(response) == "Client Error");
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(520)));
    CHECK(reason_of(response) == "Server Error");
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(299)));
    CHECK(reason_of(response) == "Successful");
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(199)));
    CHECK(reason_of(response) == "Informational");
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(399)));
    CHECK(reason_of(response) == "Redirection");
  }
  SECTION("outside 100..599: refused, the response unchanged") {
    CHECK(httpstatus::beast::set_status(response, code::ok));
    for (const int value : {0, 99, 600, 999}) {
      CHECK_FALSE(httpstatus::beast::set_status(response, static_cast<code>(value)));
      CHECK(response.result_int() == 200);
      CHECK(reason_of(response) == "OK");
    }
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(100)));
    CHECK(httpstatus::beast::set_status(response, static_cast<code>(599)));
  }
}

TEST_CASE("beast::retry_after") {
  http::response<http::empty_body> response;
  CHECK_FALSE(httpstatus::beast::retry_after(response).has_value());
  response.set(http::field::retry_after, "120");
  REQUIRE(httpstatus::beast::retry_after(response).has_value());
  CHECK(*httpstatus::beast::retry_after(response) == "120");
  response.insert(http::field::retry_after, "5");
  CHECK(*httpstatus::beast::retry_after(response) == "120");  // the first field
  response.set(http::field::retry_after, "");
  CHECK(*httpstatus::beast::retry_after(response) == "");  // present, empty: the core reads it as absent
}

TEST_CASE("beast::advise_retry over a response") {
  const httpstatus::sys_seconds now = some_instant();
  SECTION("418 stops: a 4xx, not a 5xx as status::unknown would suggest") {
    CHECK_FALSE(httpstatus::beast::advise_retry(response_with(418), http::verb::get, 1, now).retry);
  }
  SECTION("503 with Retry-After: 7 waits 7 s, for a POST too") {
    auto response = response_with(503);
    response.set(http::field::retry_after, "7");
    const httpstatus::retry_advice advice = httpstatus::beast::advise_retry(response, http::verb::post, 1, now);
    CHECK(advice.retry);
    CHECK(advice.delay == std::chrono::seconds(7));
  }
  SECTION("502: GET is repeated, POST is not") {
    CHECK(httpstatus::beast::advise_retry(response_with(502), http::verb::get, 1, now).retry);
    CHECK_FALSE(httpstatus::beast::advise_retry(response_with(502), http::verb::post, 1, now).retry);
  }
  SECTION("the clock-reading form") {
    CHECK_FALSE(httpstatus::beast::advise_retry(response_with(200), http::verb::get, 1).retry);
  }
}

TEST_CASE("beast::failure_of maps Asio and Beast errors") {
  using httpstatus::transport_failure;
  using httpstatus::beast::failure_of;
  namespace asio_error = boost::asio::error;
  for (const boost::system::error_code error : {boost::system::error_code(asio_error::connection_refused),
                                                boost::system::error_code(asio_error::host_not_found),
                                                boost::system::error_code(asio_error::host_not_found_try_again),
                                                boost::system::error_code(asio_error::network_unreachable),
                                                boost::system::error_code(asio_error::host_unreachable)}) {
    INFO(error.message());
    CHECK(failure_of(error) == transport_failure::connect_failed);
  }
  for (const boost::system::error_code error :
       {boost::system::error_code(http::error::end_of_stream), boost::system::error_code(http::error::partial_message),
        boost::system::error_code(asio_error::eof), boost::system::error_code(asio_error::connection_reset),
        boost::system::error_code(asio_error::connection_aborted),
        boost::system::error_code(asio_error::broken_pipe)}) {
    INFO(error.message());
    CHECK(failure_of(error) == transport_failure::closed_before_response);
  }
  CHECK(failure_of(boost::beast::error::timeout) == transport_failure::response_timeout);
  for (const boost::system::error_code error :
       {boost::system::error_code(), boost::system::error_code(asio_error::operation_aborted),
        boost::system::error_code(http::error::bad_version), boost::system::error_code(asio_error::access_denied)}) {
    INFO(error.message());
    CHECK_FALSE(failure_of(error).has_value());
  }
}

TEST_CASE("beast::advise_retry over an error") {
  const httpstatus::sys_seconds now = some_instant();
  CHECK(httpstatus::beast::advise_retry(boost::asio::error::connection_refused, http::verb::post, 1, now).retry);
  CHECK_FALSE(httpstatus::beast::advise_retry(http::error::end_of_stream, http::verb::post, 1, now).retry);
  CHECK(httpstatus::beast::advise_retry(http::error::end_of_stream, http::verb::get, 1, now).retry);
  const httpstatus::retry_advice unmapped =
      httpstatus::beast::advise_retry(http::error::bad_version, http::verb::get, 1, now);
  CHECK_FALSE(unmapped.retry);
  CHECK_FALSE(unmapped.reason.empty());
  const httpstatus::retry_advice no_error =
      httpstatus::beast::advise_retry(boost::system::error_code(), http::verb::get, 1, now);
  CHECK_FALSE(no_error.retry);
  CHECK_FALSE(no_error.reason.empty());
}

namespace {

// A Beast server on 127.0.0.1 answering one connection per status, in
// order: set_status when `use_adapter`, else result() alone.
class beast_status_server {
 public:
  beast_status_server(std::vector<unsigned> statuses, bool use_adapter)
      : acceptor_(context_, tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0)),
        port_(acceptor_.local_endpoint().port()),
        thread_([this, statuses, use_adapter] { serve(statuses, use_adapter); }) {}
  ~beast_status_server() { thread_.join(); }
  beast_status_server(const beast_status_server&) = delete;
  beast_status_server& operator=(const beast_status_server&) = delete;

  // Read once, before the thread starts: the acceptor is the thread's.
  [[nodiscard]] std::uint16_t port() const { return port_; }

 private:
  void serve(const std::vector<unsigned>& statuses, bool use_adapter) {
    for (const unsigned status : statuses) {
      acceptor_.async_accept([status, use_adapter](boost::system::error_code accepted, tcp::socket socket) {
        if (!accepted) answer(socket, status, use_adapter);
      });
      context_.run_for(interop::wait_limit);  // bounded: gives up when no client comes
      context_.restart();
    }
  }

  static void answer(tcp::socket& socket, unsigned status, bool use_adapter) {
    const timeval limit{static_cast<time_t>(interop::wait_limit.count() / 1000), 0};
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    boost::beast::flat_buffer buffer;
    http::request<http::empty_body> request;
    boost::system::error_code error;
    http::read(socket, buffer, request, error);
    if (error) return;
    http::response<http::empty_body> response;
    if (use_adapter) {
      httpstatus::beast::set_status(response, static_cast<code>(status));
    } else {
      response.result(status);
    }
    response.set(http::field::connection, "close");
    response.prepare_payload();
    http::write(socket, response, error);
    socket.shutdown(tcp::socket::shutdown_send, error);
  }

  boost::asio::io_context context_;
  tcp::acceptor acceptor_;
  std::uint16_t port_;
  std::thread thread_;
};

}  // namespace

TEST_CASE("a Beast server with set_status: the status lines on the wire") {
  const beast_status_server server({404, 499, 520}, true);
  CHECK(interop::status_line_from(server.port(), "/") == "HTTP/1.1 404 Not Found");
  CHECK(interop::status_line_from(server.port(), "/") == "HTTP/1.1 499 Client Error");
  CHECK(interop::status_line_from(server.port(), "/") == "HTTP/1.1 520 Server Error");
}

TEST_CASE("a Beast server without set_status writes <unknown-status> for codes it lacks") {
  const beast_status_server server({404, 520}, false);
  CHECK(interop::status_line_from(server.port(), "/") == "HTTP/1.1 404 Not Found");
  CHECK(interop::status_line_from(server.port(), "/") == "HTTP/1.1 520 <unknown-status>");
}
