#include "loopback.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <utility>

namespace interop {
namespace {

// Which of the two descriptors became readable first, within wait_limit.
enum class ready { first, second, neither };

ready wait_readable(int first, int second) {
  pollfd fds[2] = {{first, POLLIN, 0}, {second, POLLIN, 0}};
  const nfds_t count = second < 0 ? 1 : 2;
  if (::poll(fds, count, static_cast<int>(wait_limit.count())) <= 0) {
    return ready::neither;
  }
  if (count == 2 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
    return ready::second;
  }
  return (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0 ? ready::first : ready::neither;
}

sockaddr_in loopback_address(std::uint16_t port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// A socket call that cannot fail on a working loopback interface did.
[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "loopback test setup: %s: %s\n", what, std::strerror(errno));
  std::abort();
}

// A listening socket on 127.0.0.1 with an OS-picked port.
int listen_on_loopback(std::uint16_t& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) fail("socket");
  sockaddr_in address = loopback_address(0);
  socklen_t size = sizeof address;
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), size) != 0) fail("bind");
  if (::listen(fd, 8) != 0) fail("listen");
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) fail("getsockname");
  port = ntohs(address.sin_port);
  return fd;
}

bool send_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// Reads one request (header and a Content-Length body) and returns its
// request line; "" if the peer closed or went silent first.
std::string read_request(int fd, int stop) {
  std::string data;
  char buffer[1024];
  std::size_t body_end = std::string::npos;
  while (body_end == std::string::npos || data.size() < body_end) {
    if (wait_readable(fd, stop) != ready::first) return {};
    const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got <= 0) return {};
    data.append(buffer, static_cast<std::size_t>(got));
    const std::size_t header_end = data.find("\r\n\r\n");
    if (body_end == std::string::npos && header_end != std::string::npos) {
      std::size_t length = 0;
      const std::size_t field = data.find("\r\nContent-Length:");
      if (field != std::string::npos && field < header_end) {
        length = std::strtoul(data.c_str() + field + 17, nullptr, 10);
      }
      body_end = header_end + 4 + length;
    }
  }
  return data.substr(0, data.find("\r\n"));
}

// Waits, bounded, until the client closes its end.
void wait_for_close(int fd, int stop) {
  char buffer[256];
  while (wait_readable(fd, stop) == ready::first && ::recv(fd, buffer, sizeof buffer, 0) > 0) {
  }
}

}  // namespace

reply answer(std::string head) {
  return {behaviour::answer, [head = std::move(head)] { return head; }};
}
reply answer_with(std::function<std::string()> head) { return {behaviour::answer, std::move(head)}; }
reply close_without_answer() { return {behaviour::close_without_answer, {}}; }
reply never_answer() { return {behaviour::never_answer, {}}; }

scripted_server::scripted_server(std::vector<reply> script) {
  listener_ = listen_on_loopback(port_);
  if (::pipe2(stop_pipe_, O_CLOEXEC) != 0) fail("pipe2");
  thread_ = std::thread([this, script = std::move(script)]() mutable { serve(std::move(script)); });
}

scripted_server::~scripted_server() {
  const char stop = 's';
  (void)::write(stop_pipe_[1], &stop, 1);
  thread_.join();
  ::close(listener_);
  ::close(stop_pipe_[0]);
  ::close(stop_pipe_[1]);
}

std::vector<std::string> scripted_server::request_lines() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return request_lines_;
}

void scripted_server::serve(std::vector<reply> script) {
  for (const reply& what : script) {
    if (wait_readable(listener_, stop_pipe_[0]) != ready::first) return;
    const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0) return;
    handle(connection, what);
    ::close(connection);
  }
}

void scripted_server::handle(int connection, const reply& what) {
  std::string line = read_request(connection, stop_pipe_[0]);
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    request_lines_.push_back(std::move(line));
  }
  switch (what.action) {
    case behaviour::answer:
      if (send_all(connection, what.head() + "Content-Length: 0\r\nConnection: close\r\n\r\n")) {
        ::shutdown(connection, SHUT_WR);
        wait_for_close(connection, stop_pipe_[0]);
      }
      break;
    case behaviour::close_without_answer: break;
    case behaviour::never_answer: wait_for_close(connection, stop_pipe_[0]); break;
  }
}

std::uint16_t closed_port() {
  std::uint16_t port = 0;
  ::close(listen_on_loopback(port));
  return port;
}

std::string status_line_from(std::uint16_t port, const std::string& target) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) fail("socket");
  const sockaddr_in address = loopback_address(port);
  std::string data;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
      send_all(fd, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
    char buffer[512];
    while (data.find("\r\n") == std::string::npos && wait_readable(fd, -1) == ready::first) {
      const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
      if (got <= 0) break;
      data.append(buffer, static_cast<std::size_t>(got));
    }
  }
  ::close(fd);
  const std::size_t end = data.find("\r\n");
  return end == std::string::npos ? std::string() : data.substr(0, end);
}

}  // namespace interop
