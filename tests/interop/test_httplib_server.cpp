// httpstatus::httplib::set_status, and what an httplib 0.11 server puts on
// the wire. httplib writes its own phrase table, whatever Response::reason
// holds (httplib.h, detail::status_message: codes it does not list get
// "Internal Server Error"; 413 is still "Payload Too Large").
#include <httpstatus/httplib.hpp>

#include <httplib.h>

#include <string>
#include <thread>

#include "../support/catch.hpp"
#include "loopback.hpp"

using httpstatus::code;

TEST_CASE("httplib::set_status") {
  httplib::Response response;
  CHECK(httpstatus::httplib::set_status(response, code::content_too_large));
  CHECK(response.status == 413);
  CHECK(response.reason == "Content Too Large");
  CHECK(httpstatus::httplib::set_status(response, static_cast<code>(499)));
  CHECK(response.status == 499);
  CHECK(response.reason == "Client Error");
  CHECK_FALSE(httpstatus::httplib::set_status(response, static_cast<code>(600)));
  CHECK(response.status == 499);
}

TEST_CASE("httplib::retry_after and advise_retry over a response") {
  httplib::Response response;
  CHECK_FALSE(httpstatus::httplib::retry_after(response).has_value());
  response.set_header("retry-after", "30");  // field names are case-insensitive
  REQUIRE(httpstatus::httplib::retry_after(response).has_value());
  CHECK(*httpstatus::httplib::retry_after(response) == "30");
}

namespace {

// An httplib server on 127.0.0.1, answering GET /<code> with set_status.
class httplib_status_server {
 public:
  httplib_status_server() {
    server_.set_read_timeout(std::chrono::duration_cast<std::chrono::seconds>(interop::wait_limit));
    server_.Get(R"(/(\d+))", [](const httplib::Request& request, httplib::Response& response) {
      httpstatus::httplib::set_status(response, static_cast<code>(std::stoi(request.matches[1].str())));
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~httplib_status_server() {
    server_.stop();
    thread_.join();
  }
  httplib_status_server(const httplib_status_server&) = delete;
  httplib_status_server& operator=(const httplib_status_server&) = delete;

  [[nodiscard]] std::uint16_t port() const { return static_cast<std::uint16_t>(port_); }

 private:
  httplib::Server server_;
  int port_ = -1;
  std::thread thread_;
};

}  // namespace

TEST_CASE("an httplib server with set_status: the status lines on the wire") {
  const httplib_status_server server;
  REQUIRE(server.port() > 0);
  CHECK(interop::status_line_from(server.port(), "/404") == "HTTP/1.1 404 Not Found");
  // Response::reason is ignored: httplib's table, with its default.
  CHECK(interop::status_line_from(server.port(), "/499") == "HTTP/1.1 499 Internal Server Error");
  CHECK(interop::status_line_from(server.port(), "/520") == "HTTP/1.1 520 Internal Server Error");
  CHECK(interop::status_line_from(server.port(), "/413") == "HTTP/1.1 413 Payload Too Large");
}
