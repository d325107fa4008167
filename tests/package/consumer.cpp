// The program every consumer project builds: a few calls, checked at run time.
#ifdef HTTPSTATUS_SINGLE_HEADER
#include "httpstatus.hpp"
#else
#include <httpstatus/httpstatus.hpp>
#endif

#include <cstdio>

static_assert(httpstatus::reason_phrase(404) == "Not Found", "usable at compile time");

int main() {
  int failures = 0;
  failures += httpstatus::reason_phrase(503) != "Service Unavailable";
  failures += httpstatus::parse("not_found") != httpstatus::code::not_found;
  failures += httpstatus::class_of(299) != httpstatus::status_class::success;
  failures += httpstatus::is_retryable(502, false) ? 1 : 0;
  failures += httpstatus::is_retryable(429, false) ? 0 : 1;
  std::printf("httpstatus %d.%d.%d: 429 %s, %d failure(s)\n", HTTPSTATUS_VERSION_MAJOR, HTTPSTATUS_VERSION_MINOR,
              HTTPSTATUS_VERSION_PATCH, httpstatus::reason_phrase(429).data(), failures);
  return failures == 0 ? 0 : 1;
}
