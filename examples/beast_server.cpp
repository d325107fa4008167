// A small Boost.Beast server that answers with httpstatus::beast::set_status:
// GET /<code> gets that status and our reason phrase. It serves on
// 127.0.0.1 (a port the OS picks) and, to show what goes on the wire, asks
// itself for a few codes with a Beast client and prints the status lines.
#include <httpstatus/beast.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

// The code named by the target ("/404"), or 400 when it names none.
httpstatus::code code_for(const std::string& target) {
  const auto parsed = target.size() > 1 ? httpstatus::parse(std::string_view(target).substr(1)) : std::nullopt;
  return parsed ? *parsed : httpstatus::code::bad_request;
}

// Answers one request on `socket`.
void serve_one(tcp::socket& socket) {
  boost::beast::flat_buffer buffer;
  http::request<http::empty_body> request;
  boost::system::error_code error;
  http::read(socket, buffer, request, error);
  if (error) return;
  http::response<http::empty_body> response;
  httpstatus::beast::set_status(response, code_for(std::string(request.target())));
  response.set(http::field::connection, "close");
  response.prepare_payload();
  http::write(socket, response, error);
  socket.shutdown(tcp::socket::shutdown_send, error);
}

// Asks the server for `target` and prints the status line it sent.
void ask(std::uint16_t port, const std::string& target) {
  boost::asio::io_context context;
  tcp::socket socket(context);
  boost::system::error_code error;
  socket.connect(tcp::endpoint(boost::asio::ip::address_v4::loopback(), port), error);
  http::request<http::empty_body> request{http::verb::get, target, 11};
  request.set(http::field::host, "127.0.0.1");
  if (!error) http::write(socket, request, error);
  boost::beast::flat_buffer buffer;
  http::response<http::empty_body> response;
  if (!error) http::read(socket, buffer, response, error);
  if (error) {
    std::cout << "GET " << target << " -> " << error.message() << '\n';
    return;
  }
  std::cout << "GET " << target << " -> HTTP/1.1 " << response.result_int() << ' ' << response.reason() << '\n';
}

}  // namespace

int main() {
  const std::string targets[] = {"/404", "/im_a_teapot", "/425", "/499", "/520", "/too-many-requests", "/nonsense"};
  boost::asio::io_context context;
  tcp::acceptor acceptor(context, tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0));
  const std::uint16_t port = acceptor.local_endpoint().port();

  std::thread server([&] {
    for (std::size_t served = 0; served < std::size(targets); ++served) {
      acceptor.async_accept([](boost::system::error_code error, tcp::socket socket) {
        if (!error) serve_one(socket);
      });
      context.run_for(std::chrono::seconds(5));  // bounded: stops waiting when no client comes
      context.restart();
    }
  });
  for (const std::string& target : targets) {
    ask(port, target);
  }
  server.join();
  return 0;
}
