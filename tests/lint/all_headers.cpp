// Every public header in one translation unit, for clang-tidy and cppcheck,
// and built with the strictest warnings (httpstatus_strictest_warnings).
#include <httpstatus/error_code.hpp>
#include <httpstatus/extensions.hpp>
#include <httpstatus/extensions_retry.hpp>
#include <httpstatus/fmt.hpp>
#include <httpstatus/format.hpp>
#include <httpstatus/http_date.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>
#include <httpstatus/retry_after.hpp>
#include <httpstatus/retry_budget.hpp>

#include <iostream>

// Instantiate the templates, so that their bodies are checked too.
// The arguments come from the command line, so that no result is known at
// compile time (clang's -Wunreachable-code would flag the unused branches).
int main(int argc, char** argv) {
  const auto info = httpstatus::find(argc + 403);
  const auto parsed = httpstatus::parse(argc > 1 ? argv[1] : "Not Found");
  const auto date = httpstatus::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  const auto advice = httpstatus::advise_retry(503L, "GET", "5", 1);
  httpstatus::retry_budget budget;
  const auto budgeted = httpstatus::advise_retry(503, "GET", {}, 1, httpstatus::retry_policies::standard, budget);
  const auto vendor_meaning = httpstatus::find_extension(argc + 498, httpstatus::vendor::nginx);
  const auto vendor_code = httpstatus::parse_extension("Web Server Is Down", httpstatus::vendor::cloudflare);
  const auto behind_cloudflare =
      httpstatus::with_vendor(httpstatus::retry_policies::standard, httpstatus::vendor::cloudflare);
  const std::error_code ec = httpstatus::code::not_found;
  std::cout << httpstatus::code::not_found << fmt::format("{:p}", httpstatus::code::ok) << ec.message()
            << httpstatus::all().size() << (info ? 1 : 0) << (parsed ? 1 : 0) << (date ? 1 : 0) << advice.reason
            << budgeted.reason << (vendor_meaning ? 1 : 0) << vendor_code.value_or(0)
            << httpstatus::extensions_for(499).size()
            << httpstatus::advise_retry(522, "POST", {}, 1, behind_cloudflare).reason << '\n';
  return 0;
}
