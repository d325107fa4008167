// Generated from cmake/codegen/extensions.json by `cmake -P cmake/codegen/generate.cmake`. Do not edit.
//
// Vendor and unofficial HTTP status codes, opt-in: one entry per (code, vendor).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors
//
// One entry per (code, vendor). Nothing here changes the core header's
// answers, and nothing picks a vendor for a bare code: ask for a vendor
// (find_extension, retry_hint, parse_extension) or for every meaning of a
// code (extensions_for), which is how a clash shows.

// The generator lays the tables out one entry to a line; keep that layout.
// clang-format off

#ifndef HTTPSTATUS_EXTENSIONS_HPP
#define HTTPSTATUS_EXTENSIONS_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE

// Who gives the codes below a meaning.
enum class vendor : std::uint8_t {
  nginx,                // nginx
  cloudflare,           // Cloudflare
  aws_elb,              // AWS Elastic Load Balancing
  microsoft,            // Microsoft
  laravel,              // Laravel
  twitter,              // Twitter
  spring,               // Spring
  aspnet_core,          // ASP.NET Core
  esri,                 // Esri ArcGIS
  shopify,              // Shopify
  cpanel,               // cPanel
  informal,             // Informal use
};

// How a code reaches a client.
enum class delivery : std::uint8_t {
  sent,       // as the status of a response
  log_only,   // never sent: it records, in a log, a connection closed without an answer
  rewritten,  // the server sends another code in its place (the table's description says which)
};

struct extension_info {
  ::httpstatus::vendor vendor;
  int code;                        // an int: a vendor's code may lie outside 100..599
  std::string_view phrase;         // as the vendor spells it; "" when it gives none
  std::string_view name;           // an identifier, e.g. "client_closed_request"
  std::string_view description;
  std::string_view source;         // the vendor's document or source file
  std::string_view retry_note;     // why the retry hint
  ::httpstatus::retry retry_hint;  // by whether the origin can have acted on the request
  ::httpstatus::delivery delivery;
  bool retired;                    // the vendor no longer uses it
  bool verified;                   // confirmed in the vendor's own documentation or source
  std::string_view unverified_reason;  // "" when verified
};

namespace extension_detail {

// The table, written by cmake/codegen/generate.cmake (in its own namespace,
// as httpstatus::detail holds the core table's names). As in httpstatus.hpp,
// numbers are digits in string literals and text is reached by offsets:
// cheap for a compiler to read and free of relocations.

inline constexpr std::size_t vendor_count = 12;
inline constexpr std::size_t entry_count = 40;

// One record per entry, ordered by code, then vendor: "CCC VV HDRV OOOOO",
// the code; the vendor; the retry hint and delivery (enumerator values),
// retired and verified (0 or 1); where the entry's texts start in entry_text.
inline constexpr std::size_t record_size = 17;
inline constexpr char entry_records[] =
    /* laravel page_expired */ "419 04 1001 00000"
    /* spring insufficient_space_on_resource */ "419 06 3011 00298"
    /* aspnet_core authentication_timeout */ "419 07 1001 00646"
    /* twitter enhance_your_calm */ "420 05 2011 00937"
    /* spring method_failure */ "420 06 1011 01190"
    /* spring destination_locked */ "421 06 1011 01478"
    /* shopify shopify_security_rejection */ "430 09 1000 01780"
    /* microsoft login_time_out */ "440 03 1000 02120"
    /* nginx connection_closed_without_response */ "444 00 1101 02460"
    /* microsoft retry_with */ "449 03 1001 02770"
    /* microsoft redirect */ "451 03 1001 03032"
    /* microsoft blocked */ "456 03 1001 03318"
    /* microsoft expired_password */ "457 03 1001 03480"
    /* aws_elb client_closed_connection */ "460 02 3101 03656"
    /* aws_elb too_many_forwarded_for_addresses */ "463 02 1001 03954"
    /* aws_elb incompatible_protocol */ "464 02 1001 04200"
    /* nginx request_header_too_large */ "494 00 1201 04470"
    /* nginx ssl_certificate_error */ "495 00 1201 04785"
    /* nginx ssl_certificate_required */ "496 00 1201 05047"
    /* nginx http_request_sent_to_https_port */ "497 00 1201 05328"
    /* nginx invalid_host */ "498 00 1110 05607"
    /* esri invalid_token */ "498 08 1000 05973"
    /* nginx client_closed_request */ "499 00 3101 06373"
    /* aspnet_core client_closed_request */ "499 07 3101 06684"
    /* esri token_required */ "499 08 1001 07030"
    /* spring bandwidth_limit_exceeded */ "509 06 2011 07287"
    /* cpanel bandwidth_limit_exceeded */ "509 10 2000 07602"
    /* cloudflare web_server_returned_unknown_error */ "520 01 3001 07970"
    /* cloudflare web_server_is_down */ "521 01 2001 08266"
    /* cloudflare connection_timed_out */ "522 01 2001 08512"
    /* cloudflare origin_is_unreachable */ "523 01 2001 08844"
    /* cloudflare a_timeout_occurred */ "524 01 3001 09122"
    /* cloudflare ssl_handshake_failed */ "525 01 1001 09393"
    /* cloudflare invalid_ssl_certificate */ "526 01 1001 09647"
    /* cloudflare railgun_error */ "527 01 3010 09893"
    /* cloudflare origin_error_1xxx */ "530 01 1001 10250"
    /* aws_elb idp_authentication_failed */ "561 02 1001 10523"
    /* informal network_read_timeout_error */ "598 11 3000 10814"
    /* informal network_connect_timeout_error */ "599 11 2000 11073"
    /* shopify unexpected_token */ "783 09 1000 11322";

// Each entry's phrase, name, description, source, retry note and reason for
// being unverified, each ended by a NUL.
inline constexpr char entry_text[] =
    /* 419 laravel */ "Page Expired\0" "page_expired\0" "The form's CSRF token did not match the session's, usually because the session expired; reload the page to get a new token.\0" "Laravel source, Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException) and views/419.blade.php\0" "Repeat only with a fresh CSRF token.\0" "\0"
    /* 419 spring */ "Insufficient Space On Resource\0" "insufficient_space_on_resource\0" "A code from an early WebDAV draft, kept in Spring's HttpStatus as deprecated and removed in Spring 7.0; RFC 4918 uses 507.\0" "Spring Framework source, org.springframework.http.HttpStatus (INSUFFICIENT_SPACE_ON_RESOURCE)\0" "Like 507: temporary, but the server may have done part of the work.\0" "\0"
    /* 419 aspnet_core */ "\0" "authentication_timeout\0" "ASP.NET Core names 419 Authentication Timeout (StatusCodes.Status419AuthenticationTimeout): the authentication expired; log in again.\0" "ASP.NET Core source, Microsoft.AspNetCore.Http.StatusCodes (Status419AuthenticationTimeout)\0" "Repeat only after authenticating again.\0" "\0"
    /* 420 twitter */ "Enhance Your Calm\0" "enhance_your_calm\0" "The old Twitter API's rate limit answer (the Search and Trends API from 2010); later Twitter APIs send 429.\0" "Twitter developer docs, Response codes\0" "The limiter refused the request before acting; repeat after a delay.\0" "\0"
    /* 420 spring */ "Method Failure\0" "method_failure\0" "A code from an early WebDAV draft, kept in Spring's HttpStatus as deprecated and removed in Spring 7.0; RFC 4918 uses 424.\0" "Spring Framework source, org.springframework.http.HttpStatus (METHOD_FAILURE)\0" "Like 424: the dependency fails again until it is fixed.\0" "\0"
    /* 421 spring */ "Destination Locked\0" "destination_locked\0" "A code from an early WebDAV draft, kept in Spring's HttpStatus as deprecated and removed in Spring 7.0; RFC 4918 uses 423.\0" "Spring Framework source, org.springframework.http.HttpStatus (DESTINATION_LOCKED)\0" "Like 423: an unchanged repeat fails while the lock holds.\0" "\0"
    /* 430 shopify */ "Shopify Security Rejection\0" "shopify_security_rejection\0" "Shopify rejected the request as potentially malicious, by its own security checks.\0" "Shopify API response status and error codes\0" "The same request from the same place is rejected again.\0" "Shopify's response codes page could only be read in part; 430 appears there only in third-party copies\0"
    /* 440 microsoft */ "Login Time-out\0" "login_time_out\0" "The session of an IIS or Exchange web application expired; the user must log in again.\0" "Microsoft IIS and Outlook Web App (no Microsoft page found)\0" "Repeat only after logging in again.\0" "not in Microsoft's IIS status code list (KB 943891) or the Exchange protocol documents we read; only third-party lists name it\0"
    /* 444 nginx */ "\0" "connection_closed_without_response\0" "nginx closed the connection without sending any response, because its configuration says so (return 444), usually to drop unwanted clients.\0" "nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLOSE)\0" "A deliberate refusal by configuration; the same request is dropped again.\0" "\0"
    /* 449 microsoft */ "Retry With\0" "retry_with\0" "A WebDAV server needs more information: the client repeats the request with the Ms-Echo-Reply header the response asks for.\0" "Microsoft [MS-WDV] WebDAV extensions, 449 Retry With\0" "The request must be repeated with the requested header added.\0" "\0"
    /* 451 microsoft */ "Redirect\0" "redirect\0" "Exchange ActiveSync: this server cannot reach the user's mailbox or a better one exists; use the URL in X-MS-Location, else run Autodiscover.\0" "Microsoft [MS-ASHTTP] 2.2.2.1.1 Status Line and 3.1.5.2.2 HTTP Error 451\0" "Repeat only at the server that X-MS-Location names.\0" "\0"
    /* 456 microsoft */ "Blocked\0" "blocked\0" "Exchange ActiveSync: the user's account is blocked.\0" "Microsoft [MS-ASHTTP] 2.2.2.1.1 Status Line\0" "An administrator must unblock the account first.\0" "\0"
    /* 457 microsoft */ "Expired Password\0" "expired_password\0" "Exchange ActiveSync: the user's password has expired.\0" "Microsoft [MS-ASHTTP] 2.2.2.1.1 Status Line\0" "Repeat only after the password is changed.\0" "\0"
    /* 460 aws_elb */ "\0" "client_closed_connection\0" "The client closed its connection to the load balancer before the load balancer could answer; it appears in the access log.\0" "AWS docs, Troubleshoot your Application Load Balancers (HTTP 460)\0" "The target may have acted before the client left; repeat only idempotent methods.\0" "\0"
    /* 463 aws_elb */ "\0" "too_many_forwarded_for_addresses\0" "The request's X-Forwarded-For field held more IP addresses than the load balancer accepts (30).\0" "AWS docs, Troubleshoot your Application Load Balancers (HTTP 463)\0" "The same X-Forwarded-For field is refused again.\0" "\0"
    /* 464 aws_elb */ "\0" "incompatible_protocol\0" "The request's protocol does not match the target group's protocol version (for example HTTP/1.1 to a gRPC or HTTP/2 group).\0" "AWS docs, Troubleshoot your Application Load Balancers (HTTP 464)\0" "Repeat only with the protocol the target group expects.\0" "\0"
    /* 494 nginx */ "Request Header Or Cookie Too Large\0" "request_header_too_large\0" "The request's header fields or cookies did not fit nginx's header buffers. The client sees 400 with this text in the page.\0" "nginx source, src/http/ngx_http_special_response.c (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)\0" "The same header fields are too large again.\0" "\0"
    /* 495 nginx */ "The SSL certificate error\0" "ssl_certificate_error\0" "The client certificate failed verification. The client sees 400 with this text in the page.\0" "nginx source, src/http/ngx_http_special_response.c (NGX_HTTPS_CERT_ERROR)\0" "The same certificate fails verification again.\0" "\0"
    /* 496 nginx */ "No required SSL certificate was sent\0" "ssl_certificate_required\0" "The server requires a client certificate and none was sent. The client sees 400 with this text in the page.\0" "nginx source, src/http/ngx_http_special_response.c (NGX_HTTPS_NO_CERT)\0" "Repeat only with a client certificate.\0" "\0"
    /* 497 nginx */ "The plain HTTP request was sent to HTTPS port\0" "http_request_sent_to_https_port\0" "A plain HTTP request arrived on a port that expects TLS. The client sees 400 with this text in the page.\0" "nginx source, src/http/ngx_http_special_response.c (NGX_HTTP_TO_HTTPS)\0" "Repeat only over HTTPS.\0" "\0"
    /* 498 nginx */ "\0" "invalid_host\0" "Once nginx's internal code for a request with an invalid host name; cancelled in nginx 0.3.28 (2006) and no longer produced.\0" "nginx source, src/http/ngx_http_request.h (comment: 498 is the canceled code)\0" "An invalid host name stays invalid.\0" "nginx's source keeps only a comment that 498 was cancelled; how it reached clients before 2006 is not documented\0"
    /* 498 esri */ "Invalid Token\0" "invalid_token\0" "ArcGIS Server did not accept the token the request carried (expired, revoked or for another server). Often sent as an error code in a JSON body with HTTP 200.\0" "Esri ArcGIS REST API, error code 498 (ArcGIS REST JS: ArcGISAuthError)\0" "Repeat only with a new token.\0" "no Esri page defining 498 could be read; Esri's REST JS docs describe an invalid-token error without its number\0"
    /* 499 nginx */ "\0" "client_closed_request\0" "The client closed the connection while nginx was still processing the request; nginx only logs it, as no one is left to answer.\0" "nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)\0" "The upstream may have acted before the client left; repeat only idempotent methods.\0" "\0"
    /* 499 aspnet_core */ "\0" "client_closed_request\0" "ASP.NET Core's name for a request the client aborted (StatusCodes.Status499ClientClosedRequest); the application records it, nobody receives it.\0" "ASP.NET Core source, Microsoft.AspNetCore.Http.StatusCodes (Status499ClientClosedRequest)\0" "The application may have acted before the client left; repeat only idempotent methods.\0" "\0"
    /* 499 esri */ "Token Required\0" "token_required\0" "ArcGIS Server needs a token for this resource and the request had none. Often sent as an error code in a JSON body with HTTP 200.\0" "Esri Support, Error: Authentication token required. (status code 499)\0" "Repeat only with a token.\0" "\0"
    /* 509 spring */ "Bandwidth Limit Exceeded\0" "bandwidth_limit_exceeded\0" "Spring's HttpStatus lists it for the hosting modules that send it; deprecated in Spring 7.0 as unassigned.\0" "Spring Framework source, org.springframework.http.HttpStatus (BANDWIDTH_LIMIT_EXCEEDED)\0" "The server refused before acting, until the bandwidth period resets.\0" "\0"
    /* 509 cpanel */ "Bandwidth Limit Exceeded\0" "bandwidth_limit_exceeded\0" "The hosting account used up its bandwidth allowance; the server refuses requests until the period resets.\0" "cPanel and Apache bandwidth modules (no cPanel page found)\0" "The server refused before acting; repeat after the allowance resets.\0" "no cPanel document found; Ruby's Net::HTTP names it the Apache bw/limited extension\0"
    /* 520 cloudflare */ "Web server returns an unknown error\0" "web_server_returned_unknown_error\0" "The origin answered Cloudflare with an empty, malformed or unexpected response, or reset the connection while answering.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 520)\0" "The origin had the request and may have acted on it.\0" "\0"
    /* 521 cloudflare */ "Web server is down\0" "web_server_is_down\0" "The origin refused Cloudflare's connection, so the request never reached it.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 521)\0" "No connection to the origin was made, so it did not act; repeat after a delay.\0" "\0"
    /* 522 cloudflare */ "Connection timed out\0" "connection_timed_out\0" "Cloudflare timed out reaching the origin: the TCP connection was never set up, or the origin never acknowledged the request sent over it.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 522)\0" "The origin never took the request in, so it did not act; repeat after a delay, whatever the method.\0" "\0"
    /* 523 cloudflare */ "Origin is unreachable\0" "origin_is_unreachable\0" "Cloudflare found no route to the origin (for example a wrong DNS record or a network fault), so the request never reached it.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 523)\0" "The origin never got the request; repeat after a delay.\0" "\0"
    /* 524 cloudflare */ "A timeout occurred\0" "a_timeout_occurred\0" "Cloudflare reached the origin and sent the request, but the origin did not answer in time.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 524)\0" "The origin had the request and may still be acting on it; repeat only idempotent methods.\0" "\0"
    /* 525 cloudflare */ "SSL handshake failed\0" "ssl_handshake_failed\0" "The TLS handshake between Cloudflare and the origin failed, so the request was not sent.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 525)\0" "A TLS configuration fault at the origin fails again until it is fixed.\0" "\0"
    /* 526 cloudflare */ "Invalid SSL certificate\0" "invalid_ssl_certificate\0" "Cloudflare could not validate the origin's certificate, so the request was not sent.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 526)\0" "The origin's certificate stays invalid until it is replaced.\0" "\0"
    /* 527 cloudflare */ "Railgun Listener to origin error\0" "railgun_error\0" "A connection between Cloudflare's Railgun service and the origin failed. Railgun has been retired.\0" "Cloudflare docs, Cloudflare 5xx errors (Error 527)\0" "The origin may have had the request before the connection failed.\0" "the Cloudflare 5xx pages we could read no longer describe 527; only third-party lists name it\0"
    /* 530 cloudflare */ "\0" "origin_error_1xxx\0" "Cloudflare sends 530 with a 1xxx error in the page (for example 1016, origin DNS error) that names the actual problem.\0" "Cloudflare docs, Troubleshooting Cloudflare 1XXX errors\0" "The 1xxx errors behind it are configuration problems that repeat until fixed.\0" "\0"
    /* 561 aws_elb */ "Unauthorized\0" "idp_authentication_failed\0" "The load balancer authenticates users for this rule, and the identity provider answered with an error.\0" "AWS docs, Troubleshoot your Application Load Balancers (HTTP 561)\0" "Authentication fails again until the user or the identity provider setup changes.\0" "\0"
    /* 598 informal */ "Network read timeout error\0" "network_read_timeout_error\0" "Used by some proxies when reading the upstream's answer timed out.\0" "Informal use by some HTTP proxies\0" "The upstream had the request and may have acted.\0" "no vendor documents it; only lists of unofficial codes\0"
    /* 599 informal */ "Network connect timeout error\0" "network_connect_timeout_error\0" "Used by some proxies when connecting to the upstream timed out.\0" "Informal use by some HTTP proxies\0" "The upstream never got the request.\0" "no vendor documents it; only lists of unofficial codes\0"
    /* 783 shopify */ "Unexpected Token\0" "unexpected_token\0" "Shopify could not parse the request's JSON. 783 lies outside 100-599, the range of HTTP status codes.\0" "Shopify API response status and error codes\0" "The same malformed JSON fails again.\0" "Shopify's response codes page could only be read in part; 783 appears only in third-party lists\0";

// parse_extension: each vendor's spellings, normalised like the core's parse
// keys, after their code's three digits and ended by a NUL; the keys of
// vendor v start at word v of vendor_keys_begin and end at word v + 1.
inline constexpr char key_text[] =
    /* nginx */ "444connectionclosedwithoutresponse\0"
    /* nginx */ "494requestheaderorcookietoolarge\0"
    /* nginx */ "494requestheadertoolarge\0"
    /* nginx */ "495thesslcertificateerror\0"
    /* nginx */ "495sslcertificateerror\0"
    /* nginx */ "496norequiredsslcertificatewassent\0"
    /* nginx */ "496sslcertificaterequired\0"
    /* nginx */ "497theplainhttprequestwassenttohttpsport\0"
    /* nginx */ "497httprequestsenttohttpsport\0"
    /* nginx */ "498invalidhost\0"
    /* nginx */ "499clientclosedrequest\0"
    /* cloudflare */ "520webserverreturnsanunknownerror\0"
    /* cloudflare */ "520webserverreturnedunknownerror\0"
    /* cloudflare */ "521webserverisdown\0"
    /* cloudflare */ "522connectiontimedout\0"
    /* cloudflare */ "523originisunreachable\0"
    /* cloudflare */ "524atimeoutoccurred\0"
    /* cloudflare */ "525sslhandshakefailed\0"
    /* cloudflare */ "526invalidsslcertificate\0"
    /* cloudflare */ "527railgunlistenertooriginerror\0"
    /* cloudflare */ "527railgunerror\0"
    /* cloudflare */ "530originerror1xxx\0"
    /* aws_elb */ "460clientclosedconnection\0"
    /* aws_elb */ "463toomanyforwardedforaddresses\0"
    /* aws_elb */ "464incompatibleprotocol\0"
    /* aws_elb */ "561unauthorized\0"
    /* aws_elb */ "561idpauthenticationfailed\0"
    /* microsoft */ "440logintimeout\0"
    /* microsoft */ "449retrywith\0"
    /* microsoft */ "451redirect\0"
    /* microsoft */ "456blocked\0"
    /* microsoft */ "457expiredpassword\0"
    /* laravel */ "419pageexpired\0"
    /* twitter */ "420enhanceyourcalm\0"
    /* spring */ "419insufficientspaceonresource\0"
    /* spring */ "420methodfailure\0"
    /* spring */ "421destinationlocked\0"
    /* spring */ "509bandwidthlimitexceeded\0"
    /* aspnet_core */ "419authenticationtimeout\0"
    /* aspnet_core */ "499clientclosedrequest\0"
    /* esri */ "498invalidtoken\0"
    /* esri */ "499tokenrequired\0"
    /* shopify */ "430shopifysecurityrejection\0"
    /* shopify */ "783unexpectedtoken\0"
    /* cpanel */ "509bandwidthlimitexceeded\0"
    /* informal */ "598networkreadtimeouterror\0"
    /* informal */ "599networkconnecttimeouterror\0";

inline constexpr char vendor_keys_begin[] =
    /* 0 */ "\x00\x00\x38\x01\x41\x02\xbe\x02\x05\x03\x14\x03\x27\x03\x86\x03"
    /* 8 */ "\xb6\x03\xd7\x03\x06\x04\x20\x04\x59\x04";

inline constexpr std::size_t max_key_length = 37;

// parse_vendor: each vendor's identifier and name, normalised, each ended by a NUL.
inline constexpr char vendor_keys[] =
    "nginx\0" "nginx\0"
    "cloudflare\0" "cloudflare\0"
    "awselb\0" "awselasticloadbalancing\0"
    "microsoft\0" "microsoft\0"
    "laravel\0" "laravel\0"
    "twitter\0" "twitter\0"
    "spring\0" "spring\0"
    "aspnetcore\0" "asp.netcore\0"
    "esri\0" "esriarcgis\0"
    "shopify\0" "shopify\0"
    "cpanel\0" "cpanel\0"
    "informal\0" "informaluse\0";

constexpr unsigned digits_at(const char* text, std::size_t count) noexcept {
  unsigned value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    value = value * 10U + ::httpstatus::detail::digit_at(text, i);
  }
  return value;
}

constexpr const char* record(std::size_t index) noexcept { return entry_records + index * record_size; }

constexpr int code_of_record(std::size_t index) noexcept { return static_cast<int>(digits_at(record(index), 3)); }

// Records sort by code * 100 + vendor.
constexpr unsigned sort_key(std::size_t index) noexcept {
  return digits_at(record(index), 3) * 100U + digits_at(record(index) + 4, 2);
}

// The first record whose sort key is not below key (entry_count when none).
constexpr std::size_t lower_bound(unsigned key) noexcept {
  std::size_t first = 0;
  std::size_t count = entry_count;
  while (count > 0) {
    const std::size_t half = count / 2;
    if (sort_key(first + half) < key) {
      first += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  return first;
}

inline constexpr std::size_t no_entry = entry_count;

// The record of (value, maker), or no_entry. Codes outside 100..999 have none.
constexpr std::size_t find_record(int value, vendor maker) noexcept {
  if (value < 100 || value > 999) {
    return no_entry;
  }
  const unsigned key = static_cast<unsigned>(value) * 100U + static_cast<unsigned>(maker);
  const std::size_t index = lower_bound(key);
  return index != entry_count && sort_key(index) == key ? index : no_entry;
}

// Field 0 (phrase) to 5 (unverified reason) of a record.
constexpr std::string_view entry_field(std::size_t index, int field) noexcept {
  std::string_view text(entry_text + digits_at(record(index) + 12, 5));
  for (; field > 0; --field) {
    text = std::string_view(text.data() + text.size() + 1);
  }
  return text;
}

constexpr extension_info info_of_record(std::size_t index) noexcept {
  const char* r = record(index);
  return extension_info{static_cast<vendor>(digits_at(r + 4, 2)),
                        code_of_record(index),
                        entry_field(index, 0),
                        entry_field(index, 1),
                        entry_field(index, 2),
                        entry_field(index, 3),
                        entry_field(index, 4),
                        static_cast<::httpstatus::retry>(::httpstatus::detail::digit_at(r, 7)),
                        static_cast<delivery>(::httpstatus::detail::digit_at(r, 8)),
                        r[9] == '1',
                        r[10] == '1',
                        entry_field(index, 5)};
}

// extensions_for walks this copy of the table. A variable template, so that
// only a program that calls extensions_for evaluates it.
template <class Info>
struct info_array {
  Info items[entry_count];
};

template <class Info>
constexpr info_array<Info> make_infos() noexcept {
  info_array<Info> infos{};
  for (std::size_t index = 0; index < entry_count; ++index) {
    infos.items[index] = info_of_record(index);
  }
  return infos;
}

template <class Info>
inline constexpr info_array<Info> infos = make_infos<Info>();

// Normalises text as the core's parse does: white space around it ignored,
// ASCII case folded, space, '-', '_' and '\'' dropped. Returns the length, 0
// for empty text, or capacity + 1 when it does not fit.
constexpr std::size_t normalise(std::string_view text, char* out, std::size_t capacity) noexcept {
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  ::httpstatus::detail::trim_white_space(begin, end);
  return ::httpstatus::detail::fold_key(begin, end, out, capacity);
}

constexpr bool same_key(const char* key, const char* normalised, std::size_t length) noexcept {
  return std::char_traits<char>::compare(key, normalised, length) == 0 && key[length] == '\0';
}

// The code whose phrase or name of this vendor normalises to text, or 0.
constexpr int parse_extension_code(std::string_view text, vendor maker) noexcept {
  char normalised[max_key_length + 1] = {};
  const std::size_t length = normalise(text, normalised, max_key_length);
  if (length == 0 || length > max_key_length) {
    return 0;
  }
  const auto v = static_cast<std::size_t>(maker);
  if (v >= vendor_count) {
    return 0;
  }
  const char* key = key_text + ::httpstatus::detail::word_at(vendor_keys_begin, v);
  const char* const last = key_text + ::httpstatus::detail::word_at(vendor_keys_begin, v + 1);
  for (; key != last; key += std::string_view(key).size() + 1) {
    if (same_key(key + 3, normalised, length)) {
      return static_cast<int>(digits_at(key, 3));
    }
  }
  return 0;
}

// The vendor whose identifier or name normalises to text, or vendor_count.
constexpr std::size_t parse_vendor_index(std::string_view text) noexcept {
  char normalised[max_key_length + 1] = {};
  const std::size_t length = normalise(text, normalised, max_key_length);
  if (length == 0 || length > max_key_length) {
    return vendor_count;
  }
  const char* key = vendor_keys;
  for (std::size_t v = 0; v < vendor_count; ++v) {
    for (int spelling = 0; spelling < 2; ++spelling) {
      if (same_key(key, normalised, length)) {
        return v;
      }
      key += std::string_view(key).size() + 1;
    }
  }
  return vendor_count;
}

}  // namespace extension_detail

// --- Vendors -----------------------------------------------------------------

// The enumerator's name, "aws_elb"; "" for a value outside the enumeration.
[[nodiscard]] constexpr std::string_view to_string(vendor value) noexcept {
  switch (value) {
    case vendor::nginx: return "nginx";
    case vendor::cloudflare: return "cloudflare";
    case vendor::aws_elb: return "aws_elb";
    case vendor::microsoft: return "microsoft";
    case vendor::laravel: return "laravel";
    case vendor::twitter: return "twitter";
    case vendor::spring: return "spring";
    case vendor::aspnet_core: return "aspnet_core";
    case vendor::esri: return "esri";
    case vendor::shopify: return "shopify";
    case vendor::cpanel: return "cpanel";
    case vendor::informal: return "informal";
  }
  return {};
}

// The vendor's name as people write it, "AWS Elastic Load Balancing"; "" for
// a value outside the enumeration.
[[nodiscard]] constexpr std::string_view vendor_name(vendor value) noexcept {
  switch (value) {
    case vendor::nginx: return "nginx";
    case vendor::cloudflare: return "Cloudflare";
    case vendor::aws_elb: return "AWS Elastic Load Balancing";
    case vendor::microsoft: return "Microsoft";
    case vendor::laravel: return "Laravel";
    case vendor::twitter: return "Twitter";
    case vendor::spring: return "Spring";
    case vendor::aspnet_core: return "ASP.NET Core";
    case vendor::esri: return "Esri ArcGIS";
    case vendor::shopify: return "Shopify";
    case vendor::cpanel: return "cPanel";
    case vendor::informal: return "Informal use";
  }
  return {};
}

// "sent", "log_only" or "rewritten"; "" for a value outside the enumeration.
[[nodiscard]] constexpr std::string_view to_string(delivery value) noexcept {
  switch (value) {
    case delivery::sent: return "sent";
    case delivery::log_only: return "log_only";
    case delivery::rewritten: return "rewritten";
  }
  return {};
}

// A vendor by its enumerator name or its name ("aws_elb", "AWS Elastic Load
// Balancing"), normalised like parse; nullopt for anything else. (A template
// only to defer instantiating std::optional, like the core's parse.)
template <class Vendor = vendor>
[[nodiscard]] constexpr std::optional<Vendor> parse_vendor(std::string_view text) noexcept {
  const std::size_t index = extension_detail::parse_vendor_index(text);
  if (index == extension_detail::vendor_count) {
    return std::nullopt;
  }
  return static_cast<Vendor>(index);
}

// --- Queries ----------------------------------------------------------------
// `status` is an httpstatus::code or any integer (httpstatus::status_value);
// a value outside int has no entry.

// What the vendor means by the code; nullopt when it defines none.
template <class Info = extension_info>
[[nodiscard]] constexpr std::optional<Info> find_extension(::httpstatus::status_value status, vendor maker) noexcept {
  const std::size_t index = extension_detail::find_record(status.get(), maker);
  if (index == extension_detail::no_entry) {
    return std::nullopt;
  }
  return extension_detail::info_of_record(index);
}

// Every vendor meaning of one code, ascending by vendor: `for (const auto& info : extensions_for(499))`.
template <class Info = extension_info>
class basic_extension_range {
 public:
  constexpr basic_extension_range(std::size_t first, std::size_t last) noexcept : first_(first), last_(last) {}
  [[nodiscard]] constexpr const Info* begin() const noexcept { return extension_detail::infos<Info>.items + first_; }
  [[nodiscard]] constexpr const Info* end() const noexcept { return extension_detail::infos<Info>.items + last_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return last_ - first_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return first_ == last_; }
  // The i-th meaning; i must be below size(), as with an array.
  [[nodiscard]] constexpr const Info& operator[](std::size_t i) const noexcept { return begin()[i]; }

 private:
  std::size_t first_;
  std::size_t last_;
};
using extension_range = basic_extension_range<>;

// Empty for a code no vendor here defines.
template <class Info = extension_info>
[[nodiscard]] constexpr basic_extension_range<Info> extensions_for(::httpstatus::status_value status) noexcept {
  const int value = status.get();
  if (value < 100 || value > 999) {
    return {0, 0};
  }
  const auto first_key = static_cast<unsigned>(value) * 100U;
  return {extension_detail::lower_bound(first_key), extension_detail::lower_bound(first_key + 100U)};
}

// The code whose phrase or name, of this vendor, the text is; compared like
// the core's parse (ASCII case, space, '-', '_' and '\'' ignored, white space
// around it ignored): "Client Closed Request" and "client_closed_request"
// are nginx's 499. An int, as a vendor's code may lie outside 100..599;
// nullopt for anything else, digits included. (A template only to defer
// instantiating std::optional.)
template <class Int = int>
[[nodiscard]] constexpr std::optional<Int> parse_extension(std::string_view text, vendor maker) noexcept {
  const int value = extension_detail::parse_extension_code(text, maker);
  if (value == 0) {
    return std::nullopt;
  }
  return static_cast<Int>(value);
}

// The vendor's retry hint for a code it defines; the core's answer
// (httpstatus::retry_hint) for any other code.
[[nodiscard]] constexpr ::httpstatus::retry retry_hint(::httpstatus::status_value status, vendor maker) noexcept {
  const int value = status.get();
  const std::size_t index = extension_detail::find_record(value, maker);
  if (index == extension_detail::no_entry) {
    return ::httpstatus::retry_hint(value);
  }
  return static_cast<::httpstatus::retry>(::httpstatus::detail::digit_at(extension_detail::record(index), 7));
}

// --- Streams (only <iosfwd>, through httpstatus.hpp) ---------------------------

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, vendor value) {
  return out << to_string(value);
}

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, delivery value) {
  return out << to_string(value);
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_EXTENSIONS_HPP

// clang-format on
