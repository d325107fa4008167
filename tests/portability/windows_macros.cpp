// Every public header compiles, warning-free, after what <windows.h> defines
// (see windows_like.hpp), and works there.
#include "windows_like.hpp"

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

#include <cstdio>

static_assert(httpstatus::parse("Service Unavailable") == httpstatus::code::service_unavailable);
static_assert(httpstatus::is_idempotent("DELETE"));
static_assert(httpstatus::reason_phrase(HTTP_STATUS_NOT_FOUND) == "Not Found");

int main() {
  const byte low = min(static_cast<byte>(1), static_cast<byte>(2));
  const std::error_code ec = httpstatus::code::gateway_timeout;
  const auto date = httpstatus::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  const std::string text = fmt::format("{:>20}", httpstatus::code::ok);
  const auto advice = httpstatus::advise_retry(503L, "DELETE", "5", 1);
  std::printf("%d %s %s %d %d\n", low, ec.message().c_str(), text.c_str(), date ? 1 : 0, advice.retry ? 1 : 0);
  return ec.value() == HTTP_STATUS_GATEWAY_TIMEOUT && date && text.size() == 20 && advice.retry ? 0 : 1;
}
