// The program every consumer project builds: a few calls, checked at run time.
#include <cstdio>

#if defined(HTTPSTATUS_IMPORT)
// The module exports our names, not the standard library's: comparing a
// std::string_view or std::optional needs their operators, from the headers.
#include <optional>
#include <string_view>
import httpstatus;
#elif defined(HTTPSTATUS_SINGLE_HEADER)
#include "httpstatus.hpp"
#else
#include <httpstatus/httpstatus.hpp>
#endif

static_assert(httpstatus::reason_phrase(404) == "Not Found", "usable at compile time");

int main() {
  int failures = 0;
  failures += httpstatus::reason_phrase(503) != "Service Unavailable";
  failures += httpstatus::parse("not_found") != httpstatus::code::not_found;
  failures += httpstatus::class_of(299) != httpstatus::status_class::success;
  failures += httpstatus::is_retryable(502, false) ? 1 : 0;
  failures += httpstatus::is_retryable(429, false) ? 0 : 1;
#if defined(HTTPSTATUS_IMPORT)  // macros do not cross an import
  std::printf("httpstatus (module): 429 %s, %d failure(s)\n", httpstatus::reason_phrase(429).data(), failures);
#else
  std::printf("httpstatus %d.%d.%d: 429 %s, %d failure(s)\n", HTTPSTATUS_VERSION_MAJOR, HTTPSTATUS_VERSION_MINOR,
              HTTPSTATUS_VERSION_PATCH, httpstatus::reason_phrase(429).data(), failures);
#endif
  return failures == 0 ? 0 : 1;
}
