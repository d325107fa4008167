// The scenario script, run by a Boost.Beast client through httpstatus::beast.
#include <httpstatus/beast.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include <string>

#include "../support/catch.hpp"
#include "scenarios.hpp"

namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

http::verb verb_of(const std::string& method) { return method == "POST" ? http::verb::post : http::verb::get; }

// One request on a new connection. Beast has timeouts only on asynchronous
// operations: connect and write get wait_limit, the response client_timeout.
interop::outcome beast_exchange(const std::string& method, std::uint16_t port, int attempt) {
  boost::asio::io_context context;
  boost::beast::tcp_stream stream(context);
  http::request<http::string_body> request{verb_of(method), "/", 11};
  request.set(http::field::host, "127.0.0.1");
  request.set(http::field::connection, "close");
  if (method == "POST") {
    request.body() = "x";
  }
  request.prepare_payload();
  boost::beast::flat_buffer buffer;
  http::response<http::string_body> response;
  boost::system::error_code failure;

  stream.expires_after(interop::wait_limit);
  stream.async_connect(tcp::endpoint(boost::asio::ip::address_v4::loopback(), port),
                       [&](boost::system::error_code connected) {
                         if (connected) {
                           failure = connected;
                           return;
                         }
                         http::async_write(stream, request, [&](boost::system::error_code written, std::size_t) {
                           if (written) {
                             failure = written;
                             return;
                           }
                           stream.expires_after(interop::client_timeout);
                           http::async_read(stream, buffer, response,
                                            [&](boost::system::error_code read, std::size_t) { failure = read; });
                         });
                       });
  context.run();

  const httpstatus::retry_policy policy = interop::test_policy();
  if (failure) {
    const auto kind = httpstatus::beast::failure_of(failure);
    return {kind ? std::string(httpstatus::to_string(*kind)) : failure.message(),
            httpstatus::beast::advise_retry(failure, verb_of(method), attempt, interop::now_seconds(), policy)};
  }
  return {std::to_string(static_cast<int>(httpstatus::beast::status_of(response))),
          httpstatus::beast::advise_retry(response, verb_of(method), attempt, interop::now_seconds(), policy)};
}

}  // namespace

TEST_CASE("Beast client: the scenario script") { interop::check_every_scenario(beast_exchange); }
