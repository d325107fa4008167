// Uses a header generated from this project's own codes.json, next to the
// library's own vendor codes: both in one program, each in its namespace.
#include <httpstatus/extensions.hpp>
#include <myapi_status.hpp>

#include <cstdio>

// The project's table, at compile time.
static_assert(myapi::status::find_extension(460, myapi::status::vendor::internal)->phrase == "Quota Exceeded");
static_assert(myapi::status::parse_extension("quota-exceeded", myapi::status::vendor::internal) == 460);
static_assert(myapi::status::retry_hint(460, myapi::status::vendor::internal) == httpstatus::retry::any_method);
static_assert(myapi::status::extensions_for(460).size() == 2);
static_assert(myapi::status::find_extension(460, myapi::status::vendor::legacy_gateway)->delivery ==
              myapi::status::delivery::log_only);
// Codes it does not define: the core's answer (RFC 9110, Section 15: 4xx as 400).
static_assert(myapi::status::retry_hint(404, myapi::status::vendor::internal) == httpstatus::retry::after_change);

int main() {
  int failures = 0;
  const auto check = [&failures](bool ok, const char* what) {
    if (!ok) {
      std::printf("failed: %s\n", what);
      ++failures;
    }
  };
  const auto quota = myapi::status::find_extension(460, myapi::status::vendor::internal);
  check(quota.has_value() && quota->name == "quota_exceeded" && quota->verified, "460 of the internal API");
  check(myapi::status::vendor_name(myapi::status::vendor::legacy_gateway) == "Legacy gateway", "vendor name");
  check(!myapi::status::find_extension(460, myapi::status::vendor::legacy_gateway)->verified, "unverified entry");
  // The core and the library's vendor table are untouched by the project's own.
  check(httpstatus::reason_phrase(460).empty(), "core 460 stays unknown");
  check(httpstatus::find_extension(460, httpstatus::vendor::aws_elb).has_value(), "library's AWS 460");
  check(!httpstatus::parse_extension("Quota Exceeded", httpstatus::vendor::aws_elb), "library knows no quota");
  std::printf("%s\n", failures == 0 ? "own codes: ok" : "own codes: FAILED");
  return failures == 0 ? 0 : 1;
}
