// Every public header in one translation unit, for clang-tidy and cppcheck,
// and built with the strictest warnings (httpstatus_strictest_warnings).
#include <httpstatus/error_code.hpp>
#include <httpstatus/fmt.hpp>
#include <httpstatus/format.hpp>
#include <httpstatus/http_date.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>
#include <httpstatus/retry_after.hpp>

#include <iostream>

// Instantiate the templates, so that their bodies are checked too.
// The arguments come from the command line, so that no result is known at
// compile time (clang's -Wunreachable-code would flag the unused branches).
int main(int argc, char** argv) {
  const auto info = httpstatus::find(argc + 403);
  const auto parsed = httpstatus::parse(argc > 1 ? argv[1] : "Not Found");
  const auto date = httpstatus::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  const auto advice = httpstatus::advise_retry(503L, "GET", "5", 1);
  const std::error_code ec = httpstatus::code::not_found;
  std::cout << httpstatus::code::not_found << fmt::format("{:p}", httpstatus::code::ok) << ec.message()
            << httpstatus::all().size() << (info ? 1 : 0) << (parsed ? 1 : 0) << (date ? 1 : 0) << advice.reason
            << '\n';
  return 0;
}
