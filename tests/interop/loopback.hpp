// Test servers and a raw client on 127.0.0.1, written with POSIX sockets
// only, so that they depend on none of the libraries under test. Every wait
// is bounded by wait_limit; a server's thread ends when its script does, or
// when the server is destroyed.
#ifndef HTTPSTATUS_TESTS_INTEROP_LOOPBACK_HPP
#define HTTPSTATUS_TESTS_INTEROP_LOOPBACK_HPP

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace interop {

// The longest any test waits for a socket.
inline constexpr std::chrono::milliseconds wait_limit{5000};

// What the server does with one connection, after reading its request.
enum class behaviour {
  answer,                // writes the response, then closes
  close_without_answer,  // closes at once
  never_answer,          // waits, silent, until the client gives up and closes
};

struct reply {
  behaviour action = behaviour::answer;
  // The status line and header fields, each ending in CRLF; the server adds
  // Content-Length: 0, Connection: close and the empty line.
  std::function<std::string()> head;
};

reply answer(std::string head);
reply answer_with(std::function<std::string()> head);
reply close_without_answer();
reply never_answer();

// Accepts one connection per reply, in order, on a thread of its own.
class scripted_server {
 public:
  explicit scripted_server(std::vector<reply> script);
  ~scripted_server();
  scripted_server(const scripted_server&) = delete;
  scripted_server& operator=(const scripted_server&) = delete;

  [[nodiscard]] std::uint16_t port() const noexcept { return port_; }
  // The request lines read so far ("POST / HTTP/1.1").
  [[nodiscard]] std::vector<std::string> request_lines() const;

 private:
  void serve(std::vector<reply> script);
  void handle(int connection, const reply& what);

  int listener_ = -1;
  int stop_pipe_[2] = {-1, -1};
  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  std::vector<std::string> request_lines_;
  std::thread thread_;
};

// A port on 127.0.0.1 that nothing listens on (bound by the OS, then
// released), so that a connection to it is refused.
std::uint16_t closed_port();

// Sends `GET <target> HTTP/1.1` to 127.0.0.1:port and returns the first line
// of the answer, without its CRLF ("" when there is none).
std::string status_line_from(std::uint16_t port, const std::string& target);

}  // namespace interop

#endif  // HTTPSTATUS_TESTS_INTEROP_LOOPBACK_HPP
