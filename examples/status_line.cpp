// Server side: the status line and a JSON error body (RFC 9457 style) for a
// response, written with {fmt}.
#include <httpstatus/fmt.hpp>

#include <string>

namespace {

// status-line = HTTP-version SP status-code SP [ reason-phrase ] (RFC 9112):
// the space stays even when the code has no registered phrase.
std::string status_line(httpstatus::code code) {
  return fmt::format("HTTP/1.1 {:d} {}\r\n", code, httpstatus::reason_phrase(code));
}

std::string error_body(httpstatus::code code) {
  const std::string_view title = httpstatus::reason_phrase(code);
  return fmt::format(R"({{"status":{:d},"title":"{}","detail":"{}","retryable":{}}})", code,
                     title.empty() ? "Unknown Status" : title, httpstatus::description(code),
                     httpstatus::is_retryable(code, true));
}

std::string visible(std::string text) {
  const auto at = text.find("\r\n");
  return at == std::string::npos ? text : text.replace(at, 2, "\\r\\n");
}

}  // namespace

int main() {
  for (const auto code :
       {httpstatus::code::not_found, httpstatus::code::too_many_requests, static_cast<httpstatus::code>(299)}) {
    fmt::print("{:-^60}\n", fmt::format(" {} ", code));
    fmt::print("{}\n", visible(status_line(code)));
    if (httpstatus::is_error(code)) {
      fmt::print("{}\n", error_body(code));
    }
  }
  fmt::print("{:<24}|{:>8d}|{:*^16p}|\n", httpstatus::code::gateway_timeout, httpstatus::code::gateway_timeout,
             httpstatus::code::gateway_timeout);
}
