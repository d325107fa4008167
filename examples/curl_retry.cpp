// A libcurl client that repeats a request as httpstatus::curl::advise_retry
// says. Without an argument it starts its own server on 127.0.0.1, which
// answers 503 with Retry-After: 1, then 502, then 200; with a URL it asks
// that server instead:
//
//   curl-retry [URL]
#include <httpstatus/curl.hpp>

#include <curl/curl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <thread>

namespace {

// The demonstration server: one connection per answer, each wait bounded.
class demo_server {
 public:
  demo_server() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    ::bind(listener_, reinterpret_cast<const sockaddr*>(&address), size);
    ::listen(listener_, 4);
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~demo_server() {
    thread_.join();
    ::close(listener_);
  }
  demo_server(const demo_server&) = delete;
  demo_server& operator=(const demo_server&) = delete;

  [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/catalog"; }

 private:
  void serve() const {
    for (const std::string_view head : {"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n",
                                        "HTTP/1.1 502 Bad Gateway\r\n", "HTTP/1.1 200 OK\r\n"}) {
      pollfd waiting{listener_, POLLIN, 0};
      if (::poll(&waiting, 1, 5000) <= 0) return;
      const int connection = ::accept(listener_, nullptr, nullptr);
      if (connection < 0) return;
      char request[2048];
      pollfd reading{connection, POLLIN, 0};
      if (::poll(&reading, 1, 5000) > 0 && ::recv(connection, request, sizeof request, 0) > 0) {
        const std::string response = std::string(head) + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        ::send(connection, response.data(), response.size(), MSG_NOSIGNAL);
      }
      ::close(connection);
    }
  }

  int listener_ = -1;
  std::uint16_t port_ = 0;
  std::thread thread_;
};

std::size_t discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

// GETs `url` until the advice is to stop; returns the last status, 0 if none.
long get_with_retries(const std::string& url) {
  CURL* handle = curl_easy_init();
  if (handle == nullptr) return 0;
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  long status = 0;
  for (int attempt = 1;; ++attempt) {
    const CURLcode result = curl_easy_perform(handle);
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    std::cout << "attempt " << attempt << ": ";
    if (const auto code = httpstatus::curl::status_of(handle); result == CURLE_OK && code) {
      std::cout << *code;
    } else {
      const auto failure = httpstatus::curl::failure_of(result, handle);
      std::cout << (failure ? httpstatus::to_string(*failure) : std::string_view(curl_easy_strerror(result)));
    }
    // A real client would rather leave out `now` (and the policy): that
    // form reads the clock and adds random jitter to the backoff. With
    // `now`, the backoff is the full exponential delay, so this example's
    // output is always the same.
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const httpstatus::retry_advice advice = httpstatus::curl::advise_retry(handle, result, "GET", attempt, now);
    if (!advice.retry) {
      std::cout << " -> stop\n";
      break;
    }
    std::cout << " -> retry in " << advice.delay.count() << " ms\n";
    std::this_thread::sleep_for(advice.delay);
  }
  curl_easy_cleanup(handle);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2) {
    std::cerr << "usage: curl-retry [URL]\n";
    return 2;
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  long status = 0;
  if (argc == 2) {
    status = get_with_retries(argv[1]);
  } else {
    const demo_server server;
    std::cout << "GET /catalog from a local server\n";
    status = get_with_retries(server.url());
  }
  curl_global_cleanup();
  return httpstatus::is_success(status) ? 0 : 1;
}
