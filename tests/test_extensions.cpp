// Vendor and unofficial codes (extensions.hpp). The expectations below are
// written from each vendor's own document or source, named beside them, not
// read back from extensions.json.
#include "support/httpstatus_api.hpp"

#include <chrono>
#include <climits>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "support/catch.hpp"

using httpstatus::delivery;
using httpstatus::retry;
using httpstatus::vendor;

namespace {

struct expected_entry {
  int code;
  vendor maker;
  std::string_view phrase;  // the vendor's spelling; "" when it gives none
  std::string_view name;
  retry hint;
  delivery reaches;
  bool verified;
};

// One line per (code, vendor), with the document each expectation comes from.
constexpr expected_entry expected_entries[] = {
    // nginx, src/http/ngx_http_request.h and ngx_http_special_response.c:
    // 444 closes the connection without a response; 494-497 are sent as 400
    // with their own page text; 499 is logged when the client closed first.
    {444, vendor::nginx, "", "connection_closed_without_response", retry::after_change, delivery::log_only, true},
    {494, vendor::nginx, "Request Header Or Cookie Too Large", "request_header_too_large", retry::after_change,
     delivery::rewritten, true},
    {495, vendor::nginx, "The SSL certificate error", "ssl_certificate_error", retry::after_change, delivery::rewritten,
     true},
    {496, vendor::nginx, "No required SSL certificate was sent", "ssl_certificate_required", retry::after_change,
     delivery::rewritten, true},
    {497, vendor::nginx, "The plain HTTP request was sent to HTTPS port", "http_request_sent_to_https_port",
     retry::after_change, delivery::rewritten, true},
    // "498 is the canceled code for the requests with invalid host name": how it reached clients is not documented.
    {498, vendor::nginx, "", "invalid_host", retry::after_change, delivery::log_only, false},
    {499, vendor::nginx, "", "client_closed_request", retry::idempotent_only, delivery::log_only, true},
    // Cloudflare 5xx errors: 521-523 never reach the origin; 520 and 524 reached it;
    // 525/526 are TLS and certificate faults at the origin; 530 carries a 1xxx error.
    {520, vendor::cloudflare, "Web server returns an unknown error", "web_server_returned_unknown_error",
     retry::idempotent_only, delivery::sent, true},
    {521, vendor::cloudflare, "Web server is down", "web_server_is_down", retry::any_method, delivery::sent, true},
    {522, vendor::cloudflare, "Connection timed out", "connection_timed_out", retry::any_method, delivery::sent, true},
    {523, vendor::cloudflare, "Origin is unreachable", "origin_is_unreachable", retry::any_method, delivery::sent,
     true},
    {524, vendor::cloudflare, "A timeout occurred", "a_timeout_occurred", retry::idempotent_only, delivery::sent, true},
    {525, vendor::cloudflare, "SSL handshake failed", "ssl_handshake_failed", retry::after_change, delivery::sent,
     true},
    {526, vendor::cloudflare, "Invalid SSL certificate", "invalid_ssl_certificate", retry::after_change, delivery::sent,
     true},
    {527, vendor::cloudflare, "Railgun Listener to origin error", "railgun_error", retry::idempotent_only,
     delivery::sent, false},
    {530, vendor::cloudflare, "", "origin_error_1xxx", retry::after_change, delivery::sent, true},
    // AWS, Troubleshoot your Application Load Balancers: 460 client closed the
    // connection; 463 X-Forwarded-For over 30 addresses; 464 protocol mismatch;
    // 561 the IdP returned an error.
    {460, vendor::aws_elb, "", "client_closed_connection", retry::idempotent_only, delivery::log_only, true},
    {463, vendor::aws_elb, "", "too_many_forwarded_for_addresses", retry::after_change, delivery::sent, true},
    {464, vendor::aws_elb, "", "incompatible_protocol", retry::after_change, delivery::sent, true},
    {561, vendor::aws_elb, "Unauthorized", "idp_authentication_failed", retry::after_change, delivery::sent, true},
    // Microsoft: [MS-WDV] 449 Retry With; [MS-ASHTTP] 451 Redirect, 456 Blocked,
    // 457 Expired Password. 440 has no Microsoft page we could find.
    {440, vendor::microsoft, "Login Time-out", "login_time_out", retry::after_change, delivery::sent, false},
    {449, vendor::microsoft, "Retry With", "retry_with", retry::after_change, delivery::sent, true},
    {451, vendor::microsoft, "Redirect", "redirect", retry::after_change, delivery::sent, true},
    {456, vendor::microsoft, "Blocked", "blocked", retry::after_change, delivery::sent, true},
    {457, vendor::microsoft, "Expired Password", "expired_password", retry::after_change, delivery::sent, true},
    // Laravel: TokenMismatchException becomes HttpException(419), page "Page Expired".
    {419, vendor::laravel, "Page Expired", "page_expired", retry::after_change, delivery::sent, true},
    // Twitter developer docs, Response codes: 420 when an app is rate limited.
    {420, vendor::twitter, "Enhance Your Calm", "enhance_your_calm", retry::any_method, delivery::sent, true},
    // Spring's HttpStatus (deprecated WebDAV-draft codes, removed in 7.0; 509 deprecated in 7.0).
    {419, vendor::spring, "Insufficient Space On Resource", "insufficient_space_on_resource", retry::idempotent_only,
     delivery::sent, true},
    {420, vendor::spring, "Method Failure", "method_failure", retry::after_change, delivery::sent, true},
    {421, vendor::spring, "Destination Locked", "destination_locked", retry::after_change, delivery::sent, true},
    {509, vendor::spring, "Bandwidth Limit Exceeded", "bandwidth_limit_exceeded", retry::any_method, delivery::sent,
     true},
    // ASP.NET Core StatusCodes: Status419AuthenticationTimeout, Status499ClientClosedRequest.
    {419, vendor::aspnet_core, "", "authentication_timeout", retry::after_change, delivery::sent, true},
    {499, vendor::aspnet_core, "", "client_closed_request", retry::idempotent_only, delivery::log_only, true},
    // Esri: 498 Invalid Token (no Esri page read), 499 Token Required (Esri Support article).
    {498, vendor::esri, "Invalid Token", "invalid_token", retry::after_change, delivery::sent, false},
    {499, vendor::esri, "Token Required", "token_required", retry::after_change, delivery::sent, true},
    // Shopify (page read only in part), cPanel and informal use: unverified.
    {430, vendor::shopify, "Shopify Security Rejection", "shopify_security_rejection", retry::after_change,
     delivery::sent, false},
    {783, vendor::shopify, "Unexpected Token", "unexpected_token", retry::after_change, delivery::sent, false},
    {509, vendor::cpanel, "Bandwidth Limit Exceeded", "bandwidth_limit_exceeded", retry::any_method, delivery::sent,
     false},
    {598, vendor::informal, "Network read timeout error", "network_read_timeout_error", retry::idempotent_only,
     delivery::sent, false},
    {599, vendor::informal, "Network connect timeout error", "network_connect_timeout_error", retry::any_method,
     delivery::sent, false},
};

constexpr vendor all_vendors[] = {vendor::nginx,   vendor::cloudflare, vendor::aws_elb, vendor::microsoft,
                                  vendor::laravel, vendor::twitter,    vendor::spring,  vendor::aspnet_core,
                                  vendor::esri,    vendor::shopify,    vendor::cpanel,  vendor::informal};

std::vector<vendor> vendors_of(int value) {
  std::vector<vendor> makers;
  for (const auto& info : httpstatus::extensions_for(value)) {
    makers.push_back(info.vendor);
  }
  return makers;
}

}  // namespace

TEST_CASE("find_extension: every entry's phrase, hint and delivery, as its vendor documents it") {
  for (const auto& expected : expected_entries) {
    CAPTURE(expected.code, httpstatus::to_string(expected.maker));
    const auto info = httpstatus::find_extension(expected.code, expected.maker);
    REQUIRE(info.has_value());
    CHECK(info->code == expected.code);
    CHECK(info->vendor == expected.maker);
    CHECK(info->phrase == expected.phrase);
    CHECK(info->name == expected.name);
    CHECK(info->retry_hint == expected.hint);
    CHECK(info->delivery == expected.reaches);
    CHECK(info->verified == expected.verified);
    CHECK(info->unverified_reason.empty() == expected.verified);
    CHECK_FALSE(info->description.empty());
    CHECK_FALSE(info->source.empty());
    CHECK_FALSE(info->retry_note.empty());
  }
}

TEST_CASE("The table holds exactly the entries above: each one tested") {
  std::size_t found = 0;
  for (int value = 0; value < 1100; ++value) {
    found += httpstatus::extensions_for(value).size();
  }
  CHECK(found == std::size(expected_entries));
}

TEST_CASE("find_extension: nullopt where the vendor defines nothing, whatever the input") {
  CHECK_FALSE(httpstatus::find_extension(499, vendor::cloudflare));
  CHECK_FALSE(httpstatus::find_extension(404, vendor::nginx));
  CHECK_FALSE(httpstatus::find_extension(httpstatus::code::ok, vendor::nginx));
  CHECK(httpstatus::find_extension(httpstatus::code{499}, vendor::nginx));
  SECTION("integer types and out-of-range values") {
    CHECK(httpstatus::find_extension(499L, vendor::nginx));
    CHECK(httpstatus::find_extension(499U, vendor::nginx));
    CHECK(httpstatus::find_extension(std::size_t{499}, vendor::nginx));
    CHECK(httpstatus::find_extension(static_cast<unsigned char>(200), vendor::nginx) == std::nullopt);
    CHECK_FALSE(httpstatus::find_extension(-499, vendor::nginx));
    CHECK_FALSE(httpstatus::find_extension(LLONG_MAX, vendor::nginx));
    // 2^32 + 499 must not wrap into 499.
    CHECK_FALSE(httpstatus::find_extension((1LL << 32) + 499, vendor::nginx));
    CHECK_FALSE(httpstatus::find_extension(INT_MIN, vendor::nginx));
  }
  SECTION("a vendor value outside the enumeration") {
    CHECK_FALSE(httpstatus::find_extension(499, static_cast<vendor>(200)));
    CHECK(httpstatus::to_string(static_cast<vendor>(200)).empty());
    CHECK(httpstatus::vendor_name(static_cast<vendor>(200)).empty());
    CHECK_FALSE(httpstatus::parse_extension("Token Required", static_cast<vendor>(200)));
  }
}

TEST_CASE("Codes outside 100..599: Shopify's 783 is kept; the core still calls it invalid") {
  CHECK(httpstatus::find_extension(783, vendor::shopify).has_value());
  CHECK(httpstatus::class_of(783) == httpstatus::status_class::invalid);
  CHECK_FALSE(httpstatus::is_valid(783));
  // The window 100..999 at its edges.
  CHECK(httpstatus::extensions_for(99).empty());
  CHECK(httpstatus::extensions_for(100).empty());
  CHECK(httpstatus::extensions_for(782).empty());
  CHECK(httpstatus::extensions_for(783).size() == 1);
  CHECK(httpstatus::extensions_for(784).empty());
  CHECK(httpstatus::extensions_for(999).empty());
  CHECK(httpstatus::extensions_for(1000).empty());
  CHECK(httpstatus::extensions_for(-783).empty());
}

TEST_CASE("extensions_for: every meaning of a code, ascending by vendor; the clashes") {
  using list = std::vector<vendor>;
  // Laravel's Page Expired, Spring's WebDAV draft code, ASP.NET Core's Authentication Timeout.
  CHECK(vendors_of(419) == list{vendor::laravel, vendor::spring, vendor::aspnet_core});
  // Twitter's rate limit and Spring's Method Failure.
  CHECK(vendors_of(420) == list{vendor::twitter, vendor::spring});
  // Spring's Destination Locked, against the registry's 421 Misdirected Request.
  CHECK(vendors_of(421) == list{vendor::spring});
  CHECK(httpstatus::reason_phrase(421) == "Misdirected Request");
  // Exchange ActiveSync's Redirect, against RFC 7725's 451.
  CHECK(vendors_of(451) == list{vendor::microsoft});
  // nginx's cancelled invalid-host code and Esri's Invalid Token.
  CHECK(vendors_of(498) == list{vendor::nginx, vendor::esri});
  // nginx and ASP.NET Core: the client went away; Esri: Token Required.
  CHECK(vendors_of(499) == list{vendor::nginx, vendor::aspnet_core, vendor::esri});
  CHECK(vendors_of(509) == list{vendor::spring, vendor::cpanel});
  CHECK(vendors_of(530) == list{vendor::cloudflare});
  CHECK(vendors_of(404).empty());
  SECTION("the clash is visible in the hints: 499 is not one thing") {
    CHECK(httpstatus::retry_hint(499, vendor::nginx) == retry::idempotent_only);
    CHECK(httpstatus::retry_hint(499, vendor::esri) == retry::after_change);
  }
}

TEST_CASE("The core header's answers do not change") {
  CHECK(httpstatus::reason_phrase(499).empty());
  CHECK_FALSE(httpstatus::is_known(499));
  CHECK_FALSE(httpstatus::find(499).has_value());
  const auto legal = httpstatus::find(451);
  REQUIRE(legal.has_value());
  CHECK(legal->reason_phrase == "Unavailable For Legal Reasons");
  CHECK(legal->reference.find("RFC 7725") != std::string_view::npos);
  // RFC 9110, Section 15: an unknown 5xx is treated as 500, which may have acted.
  CHECK(httpstatus::retry_hint(522) == retry::idempotent_only);
  CHECK_FALSE(httpstatus::parse("Client Closed Request").has_value());
  CHECK_FALSE(httpstatus::parse("Web Server Is Down").has_value());
}

TEST_CASE("retry_hint(code, vendor): the vendor's hint for its codes, else the core answer") {
  CHECK(httpstatus::retry_hint(522, vendor::cloudflare) == retry::any_method);
  CHECK(httpstatus::retry_hint(524, vendor::cloudflare) == retry::idempotent_only);
  // Codes the vendor does not define: exactly the core's answer.
  for (const int value : {100, 200, 404, 418, 429, 499, 500, 503, 522, 599, 783, 0, -1, 1000}) {
    CAPTURE(value);
    CHECK(httpstatus::retry_hint(value, vendor::microsoft) == httpstatus::retry_hint(value));
  }
  CHECK(httpstatus::retry_hint(httpstatus::code::not_found, vendor::cloudflare) == retry::after_change);
  CHECK(httpstatus::retry_hint(522L, vendor::cloudflare) == retry::any_method);
  CHECK(httpstatus::retry_hint((1LL << 32) + 522, vendor::cloudflare) == httpstatus::retry_hint(500));
}

TEST_CASE("parse_extension: every vendor phrase and name, normalised like parse") {
  for (const auto& expected : expected_entries) {
    CAPTURE(expected.code, expected.phrase, expected.name);
    if (!expected.phrase.empty()) {
      CHECK(httpstatus::parse_extension(expected.phrase, expected.maker) == expected.code);
    }
    CHECK(httpstatus::parse_extension(expected.name, expected.maker) == expected.code);
  }
  SECTION("the spellings users write") {
    CHECK(httpstatus::parse_extension("Client Closed Request", vendor::nginx) == 499);
    CHECK(httpstatus::parse_extension("Client Closed Request", vendor::aspnet_core) == 499);
    CHECK(httpstatus::parse_extension("Web Server Is Down", vendor::cloudflare) == 521);
    CHECK(httpstatus::parse_extension("  web-server-is-down\t", vendor::cloudflare) == 521);
    CHECK(httpstatus::parse_extension("ENHANCE_YOUR_CALM", vendor::twitter) == 420);
    CHECK(httpstatus::parse_extension("Login Time-out", vendor::microsoft) == 440);
    CHECK(httpstatus::parse_extension("Unexpected Token", vendor::shopify) == 783);
  }
  SECTION("only the named vendor's spellings") {
    CHECK_FALSE(httpstatus::parse_extension("Web Server Is Down", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension("Token Required", vendor::nginx));
    CHECK(httpstatus::parse_extension("Token Required", vendor::esri) == 499);
  }
  SECTION("anything else: nullopt") {
    CHECK_FALSE(httpstatus::parse_extension("", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension("   ", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension("499", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension("Client Closed Requests", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension("Client Closed", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension(std::string_view("Client\0Closed Request", 21), vendor::nginx));
    // The longest key is 37 characters ("the plain http request was sent to https port" normalised).
    CHECK(httpstatus::parse_extension("The plain HTTP request was sent to HTTPS port", vendor::nginx) == 497);
    CHECK_FALSE(httpstatus::parse_extension("The plain HTTP request was sent to HTTPS portx", vendor::nginx));
    CHECK_FALSE(httpstatus::parse_extension(std::string(200, 'a'), vendor::nginx));
  }
}

TEST_CASE("Vendors: to_string, vendor_name and parse_vendor") {
  constexpr std::string_view identifiers[] = {"nginx",  "cloudflare",  "aws_elb", "microsoft", "laravel", "twitter",
                                              "spring", "aspnet_core", "esri",    "shopify",   "cpanel",  "informal"};
  constexpr std::string_view names[] = {"nginx",     "Cloudflare",   "AWS Elastic Load Balancing",
                                        "Microsoft", "Laravel",      "Twitter",
                                        "Spring",    "ASP.NET Core", "Esri ArcGIS",
                                        "Shopify",   "cPanel",       "Informal use"};
  for (std::size_t i = 0; i < std::size(all_vendors); ++i) {
    CAPTURE(i);
    CHECK(httpstatus::to_string(all_vendors[i]) == identifiers[i]);
    CHECK(httpstatus::vendor_name(all_vendors[i]) == names[i]);
    CHECK(httpstatus::parse_vendor(identifiers[i]) == all_vendors[i]);
    CHECK(httpstatus::parse_vendor(names[i]) == all_vendors[i]);
  }
  CHECK(httpstatus::parse_vendor("aspnetcore") == vendor::aspnet_core);
  CHECK(httpstatus::parse_vendor(" AWS-ELB ") == vendor::aws_elb);
  CHECK_FALSE(httpstatus::parse_vendor("apache"));
  CHECK_FALSE(httpstatus::parse_vendor(""));
}

TEST_CASE("to_string(delivery)") {
  CHECK(httpstatus::to_string(delivery::sent) == "sent");
  CHECK(httpstatus::to_string(delivery::log_only) == "log_only");
  CHECK(httpstatus::to_string(delivery::rewritten) == "rewritten");
  CHECK(httpstatus::to_string(static_cast<delivery>(9)).empty());
}

TEST_CASE("Every query is a constant expression") {
  STATIC_REQUIRE(httpstatus::find_extension(499, vendor::nginx)->delivery == delivery::log_only);
  STATIC_REQUIRE(httpstatus::find_extension(520, vendor::cloudflare)->phrase == "Web server returns an unknown error");
  STATIC_REQUIRE_FALSE(httpstatus::find_extension(520, vendor::nginx).has_value());
  STATIC_REQUIRE(httpstatus::extensions_for(499).size() == 3);
  STATIC_REQUIRE(httpstatus::extensions_for(499)[2].vendor == vendor::esri);
  STATIC_REQUIRE(httpstatus::parse_extension("Client Closed Request", vendor::nginx) == 499);
  STATIC_REQUIRE(httpstatus::retry_hint(522, vendor::cloudflare) == retry::any_method);
  STATIC_REQUIRE(httpstatus::parse_vendor("ASP.NET Core") == vendor::aspnet_core);
  STATIC_REQUIRE(httpstatus::to_string(vendor::aws_elb) == "aws_elb");
}

TEST_CASE("with_vendor: a policy that takes the vendor's hints for its codes") {
  using httpstatus::advise_retry;
  using httpstatus::with_vendor;
  namespace policies = httpstatus::retry_policies;
  const httpstatus::sys_seconds now{std::chrono::seconds{1'700'000'000}};
  SECTION("Cloudflare: 522 never reached the origin, 524 did") {
    const auto behind_cloudflare = with_vendor(policies::standard, vendor::cloudflare);
    CHECK(advise_retry(522, "POST", {}, 1, now, behind_cloudflare).retry);
    CHECK(advise_retry(522, "GET", {}, 1, now, behind_cloudflare).retry);
    CHECK_FALSE(advise_retry(524, "POST", {}, 1, now, behind_cloudflare).retry);
    CHECK(advise_retry(524, "GET", {}, 1, now, behind_cloudflare).retry);
    CHECK_FALSE(advise_retry(526, "GET", {}, 1, now, behind_cloudflare).retry);
    // Without with_vendor nothing changes: 522 is an unknown 5xx, handled as 500.
    CHECK_FALSE(advise_retry(522, "POST", {}, 1, now, policies::standard).retry);
    CHECK(advise_retry(522, "GET", {}, 1, now, policies::standard).retry);
  }
  SECTION("every entry of every vendor: POST repeats for any_method, GET also for idempotent_only") {
    for (const auto& expected : expected_entries) {
      CAPTURE(expected.code, httpstatus::to_string(expected.maker));
      const auto policy = with_vendor(policies::standard, expected.maker);
      CHECK(advise_retry(expected.code, "POST", {}, 1, now, policy).retry == (expected.hint == retry::any_method));
      CHECK(advise_retry(expected.code, "GET", {}, 1, now, policy).retry ==
            (expected.hint == retry::any_method || expected.hint == retry::idempotent_only));
      // The rest of the policy is kept: the standard policy's 4 attempts.
      CHECK_FALSE(advise_retry(expected.code, "GET", {}, 4, now, policy).retry);
    }
  }
  SECTION("codes the vendor does not define keep the core's hints") {
    for (const vendor maker : all_vendors) {
      CAPTURE(httpstatus::to_string(maker));
      const auto policy = with_vendor(policies::standard, maker);
      CHECK(advise_retry(503, "POST", {}, 1, now, policy).retry);
      CHECK_FALSE(advise_retry(500, "POST", {}, 1, now, policy).retry);
      CHECK_FALSE(advise_retry(404, "GET", {}, 1, now, policy).retry);
    }
  }
  SECTION("the policy is copied, only its hints replaced") {
    const auto policy = with_vendor(policies::urllib3, vendor::nginx);
    CHECK(policy.name == policies::urllib3.name);
    CHECK(policy.max_attempts == policies::urllib3.max_attempts);
    CHECK(policy.codes[0] == policies::urllib3.codes[0]);
    CHECK(policy.hints != nullptr);
    CHECK(policy.hints(499) == retry::idempotent_only);
    CHECK(policy.hints(404) == retry::after_change);
    CHECK(with_vendor(policies::standard, static_cast<vendor>(200)).hints == nullptr);
  }
  SECTION("in a constant expression") {
    constexpr auto behind_cloudflare = with_vendor(policies::standard, vendor::cloudflare);
    constexpr httpstatus::sys_seconds epoch{};
    STATIC_REQUIRE(advise_retry(522, "POST", {}, 1, epoch, behind_cloudflare).retry);
    STATIC_REQUIRE_FALSE(advise_retry(524, "POST", {}, 1, epoch, behind_cloudflare).retry);
  }
}
