// Generated from cmake/codegen/status_codes.json by `cmake -P cmake/codegen/generate.cmake`. Do not edit.
//
// httpstatus 1.0.0: HTTP status codes for C++17, from the
// IANA Hypertext Transfer Protocol (HTTP) Status Code Registry (updated 2025-09-15) and RFC 9110.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors

#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#define HTTPSTATUS_VERSION_MAJOR 1
#define HTTPSTATUS_VERSION_MINOR 0
#define HTTPSTATUS_VERSION_PATCH 0
#define HTTPSTATUS_VERSION \
  (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH)

#define HTTPSTATUS_BEGIN_NAMESPACE \
  namespace httpstatus {           \
  inline namespace v1 {
#define HTTPSTATUS_END_NAMESPACE \
  }                              \
  }

HTTPSTATUS_BEGIN_NAMESPACE

// The registry snapshot this header follows.
inline constexpr std::string_view registry_updated = "2025-09-15";

// Every registered status code. Any value 100..599 may be stored in a
// `code`; the queries below also answer for codes that are not listed.
enum class code : std::uint16_t {
  continue_ = 100,                      // Continue (RFC 9110, Section 15.2.1)
  switching_protocols = 101,            // Switching Protocols (RFC 9110, Section 15.2.2)
  processing = 102,                     // Processing (RFC 2518, Section 10.1)
  early_hints = 103,                    // Early Hints (RFC 8297, Section 2)
  upload_resumption_supported = 104,    // Upload Resumption Supported (draft-ietf-httpbis-resumable-upload-05)
  ok = 200,                             // OK (RFC 9110, Section 15.3.1)
  created = 201,                        // Created (RFC 9110, Section 15.3.2)
  accepted = 202,                       // Accepted (RFC 9110, Section 15.3.3)
  non_authoritative_information = 203,  // Non-Authoritative Information (RFC 9110, Section 15.3.4)
  no_content = 204,                     // No Content (RFC 9110, Section 15.3.5)
  reset_content = 205,                  // Reset Content (RFC 9110, Section 15.3.6)
  partial_content = 206,                // Partial Content (RFC 9110, Section 15.3.7)
  multi_status = 207,                   // Multi-Status (RFC 4918, Section 11.1)
  already_reported = 208,               // Already Reported (RFC 5842, Section 7.1)
  im_used = 226,                        // IM Used (RFC 3229, Section 10.4.1)
  multiple_choices = 300,               // Multiple Choices (RFC 9110, Section 15.4.1)
  moved_permanently = 301,              // Moved Permanently (RFC 9110, Section 15.4.2)
  found = 302,                          // Found (RFC 9110, Section 15.4.3)
  see_other = 303,                      // See Other (RFC 9110, Section 15.4.4)
  not_modified = 304,                   // Not Modified (RFC 9110, Section 15.4.5)
  use_proxy = 305,                      // Use Proxy (RFC 9110, Section 15.4.6)
  unused = 306,                         // Unused (RFC 9110, Section 15.4.7)
  temporary_redirect = 307,             // Temporary Redirect (RFC 9110, Section 15.4.8)
  permanent_redirect = 308,             // Permanent Redirect (RFC 9110, Section 15.4.9)
  bad_request = 400,                    // Bad Request (RFC 9110, Section 15.5.1)
  unauthorized = 401,                   // Unauthorized (RFC 9110, Section 15.5.2)
  payment_required = 402,               // Payment Required (RFC 9110, Section 15.5.3)
  forbidden = 403,                      // Forbidden (RFC 9110, Section 15.5.4)
  not_found = 404,                      // Not Found (RFC 9110, Section 15.5.5)
  method_not_allowed = 405,             // Method Not Allowed (RFC 9110, Section 15.5.6)
  not_acceptable = 406,                 // Not Acceptable (RFC 9110, Section 15.5.7)
  proxy_authentication_required = 407,  // Proxy Authentication Required (RFC 9110, Section 15.5.8)
  request_timeout = 408,                // Request Timeout (RFC 9110, Section 15.5.9)
  conflict = 409,                       // Conflict (RFC 9110, Section 15.5.10)
  gone = 410,                           // Gone (RFC 9110, Section 15.5.11)
  length_required = 411,                // Length Required (RFC 9110, Section 15.5.12)
  precondition_failed = 412,            // Precondition Failed (RFC 9110, Section 15.5.13)
  content_too_large = 413,              // Content Too Large (RFC 9110, Section 15.5.14)
  uri_too_long = 414,                   // URI Too Long (RFC 9110, Section 15.5.15)
  unsupported_media_type = 415,         // Unsupported Media Type (RFC 9110, Section 15.5.16)
  range_not_satisfiable = 416,          // Range Not Satisfiable (RFC 9110, Section 15.5.17)
  expectation_failed = 417,             // Expectation Failed (RFC 9110, Section 15.5.18)
  im_a_teapot = 418,                    // I'm a teapot (RFC 9110, Section 15.5.19)
  misdirected_request = 421,            // Misdirected Request (RFC 9110, Section 15.5.20)
  unprocessable_content = 422,          // Unprocessable Content (RFC 9110, Section 15.5.21)
  locked = 423,                         // Locked (RFC 4918, Section 11.3)
  failed_dependency = 424,              // Failed Dependency (RFC 4918, Section 11.4)
  too_early = 425,                      // Too Early (RFC 8470, Section 5.2)
  upgrade_required = 426,               // Upgrade Required (RFC 9110, Section 15.5.22)
  precondition_required = 428,          // Precondition Required (RFC 6585, Section 3)
  too_many_requests = 429,              // Too Many Requests (RFC 6585, Section 4)
  request_header_fields_too_large = 431,  // Request Header Fields Too Large (RFC 6585, Section 5)
  unavailable_for_legal_reasons = 451,  // Unavailable For Legal Reasons (RFC 7725, Section 3)
  internal_server_error = 500,          // Internal Server Error (RFC 9110, Section 15.6.1)
  not_implemented = 501,                // Not Implemented (RFC 9110, Section 15.6.2)
  bad_gateway = 502,                    // Bad Gateway (RFC 9110, Section 15.6.3)
  service_unavailable = 503,            // Service Unavailable (RFC 9110, Section 15.6.4)
  gateway_timeout = 504,                // Gateway Timeout (RFC 9110, Section 15.6.5)
  http_version_not_supported = 505,     // HTTP Version Not Supported (RFC 9110, Section 15.6.6)
  variant_also_negotiates = 506,        // Variant Also Negotiates (RFC 2295, Section 8.1)
  insufficient_storage = 507,           // Insufficient Storage (RFC 4918, Section 11.5)
  loop_detected = 508,                  // Loop Detected (RFC 5842, Section 7.2)
  not_extended = 510,                   // Not Extended (RFC 2774, Section 7)
  network_authentication_required = 511,  // Network Authentication Required (RFC 6585, Section 6)

  // Earlier names of renamed codes.
  moved_temporarily [[deprecated("use found")]] = 302,
  payload_too_large [[deprecated("use content_too_large")]] = 413,
  request_entity_too_large [[deprecated("use content_too_large")]] = 413,
  request_uri_too_long [[deprecated("use uri_too_long")]] = 414,
  requested_range_not_satisfiable [[deprecated("use range_not_satisfiable")]] = 416,
  unprocessable_entity [[deprecated("use unprocessable_content")]] = 422,
};

enum class status_class : std::uint8_t {
  invalid,        // outside 100..599
  informational,  // 1xx
  success,        // 2xx
  redirection,    // 3xx
  client_error,   // 4xx
  server_error,   // 5xx
};

// May the same request be sent again, unchanged?
enum class retry : std::uint8_t {
  not_needed,       // nothing failed
  after_change,     // it will fail again: change the request or give up
  any_method,       // the server did not act: repeat after a delay, any method
  idempotent_only,  // the server may have acted: repeat idempotent requests only
};

// How the registry lists a code.
enum class standing : std::uint8_t {
  current,
  deprecated,  // 305
  unused,      // reserved, no longer specified (306, 418)
  obsolete,    // 510
  temporary,   // a provisional registration with an expiry date (104)
};

struct status_info {
  code value;
  std::string_view reason_phrase;
  std::string_view name;         // the enumerator, e.g. "not_found"
  std::string_view description;
  std::string_view reference;    // e.g. "RFC 9110, Section 15.5.5"
  status_class category;
  retry retry_hint;
  bool cacheable;    // heuristically cacheable by default (RFC 9110, Section 15.1)
  bool content;      // the response may carry content
  bool retry_after;  // Retry-After has a meaning with this code
  httpstatus::standing standing;
  std::string_view expires;  // "YYYY-MM-DD" for a temporary registration, else ""
};

namespace detail {

// The table, written by cmake/codegen/generate.cmake from status_codes.json.
// Text lives in a few character blobs addressed by 16-bit offsets, so the
// table holds no pointers: it needs no relocations and stays small.

inline constexpr int first_code = 100;
inline constexpr int code_count = 500;  // 100..599

// The reason phrases back to back, in code order.
inline constexpr char phrase_text[] =
    /* 100 */ "Continue"
    /* 101 */ "Switching Protocols"
    /* 102 */ "Processing"
    /* 103 */ "Early Hints"
    /* 104 */ "Upload Resumption Supported"
    /* 200 */ "OK"
    /* 201 */ "Created"
    /* 202 */ "Accepted"
    /* 203 */ "Non-Authoritative Information"
    /* 204 */ "No Content"
    /* 205 */ "Reset Content"
    /* 206 */ "Partial Content"
    /* 207 */ "Multi-Status"
    /* 208 */ "Already Reported"
    /* 226 */ "IM Used"
    /* 300 */ "Multiple Choices"
    /* 301 */ "Moved Permanently"
    /* 302 */ "Found"
    /* 303 */ "See Other"
    /* 304 */ "Not Modified"
    /* 305 */ "Use Proxy"
    /* 306 */ "Unused"
    /* 307 */ "Temporary Redirect"
    /* 308 */ "Permanent Redirect"
    /* 400 */ "Bad Request"
    /* 401 */ "Unauthorized"
    /* 402 */ "Payment Required"
    /* 403 */ "Forbidden"
    /* 404 */ "Not Found"
    /* 405 */ "Method Not Allowed"
    /* 406 */ "Not Acceptable"
    /* 407 */ "Proxy Authentication Required"
    /* 408 */ "Request Timeout"
    /* 409 */ "Conflict"
    /* 410 */ "Gone"
    /* 411 */ "Length Required"
    /* 412 */ "Precondition Failed"
    /* 413 */ "Content Too Large"
    /* 414 */ "URI Too Long"
    /* 415 */ "Unsupported Media Type"
    /* 416 */ "Range Not Satisfiable"
    /* 417 */ "Expectation Failed"
    /* 418 */ "I'm a teapot"
    /* 421 */ "Misdirected Request"
    /* 422 */ "Unprocessable Content"
    /* 423 */ "Locked"
    /* 424 */ "Failed Dependency"
    /* 425 */ "Too Early"
    /* 426 */ "Upgrade Required"
    /* 428 */ "Precondition Required"
    /* 429 */ "Too Many Requests"
    /* 431 */ "Request Header Fields Too Large"
    /* 451 */ "Unavailable For Legal Reasons"
    /* 500 */ "Internal Server Error"
    /* 501 */ "Not Implemented"
    /* 502 */ "Bad Gateway"
    /* 503 */ "Service Unavailable"
    /* 504 */ "Gateway Timeout"
    /* 505 */ "HTTP Version Not Supported"
    /* 506 */ "Variant Also Negotiates"
    /* 507 */ "Insufficient Storage"
    /* 508 */ "Loop Detected"
    /* 510 */ "Not Extended"
    /* 511 */ "Network Authentication Required";

// phrase_begin[c - 100] is where the phrase of code c starts in phrase_text;
// it ends where the next code's starts, so an unknown code has an empty one.
inline constexpr std::uint16_t phrase_begin[code_count + 1] = {
    /* 100 */ 0, 8, 27, 37, 48, 75, 75, 75, 75, 75,
    /* 110 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 120 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 130 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 140 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 150 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 160 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 170 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 180 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 190 */ 75, 75, 75, 75, 75, 75, 75, 75, 75, 75,
    /* 200 */ 75, 77, 84, 92, 121, 131, 144, 159, 171, 187,
    /* 210 */ 187, 187, 187, 187, 187, 187, 187, 187, 187, 187,
    /* 220 */ 187, 187, 187, 187, 187, 187, 187, 194, 194, 194,
    /* 230 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 240 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 250 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 260 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 270 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 280 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 290 */ 194, 194, 194, 194, 194, 194, 194, 194, 194, 194,
    /* 300 */ 194, 210, 227, 232, 241, 253, 262, 268, 286, 304,
    /* 310 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 320 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 330 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 340 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 350 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 360 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 370 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 380 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 390 */ 304, 304, 304, 304, 304, 304, 304, 304, 304, 304,
    /* 400 */ 304, 315, 327, 343, 352, 361, 379, 393, 422, 437,
    /* 410 */ 445, 449, 464, 483, 500, 512, 534, 555, 573, 585,
    /* 420 */ 585, 585, 604, 625, 631, 648, 657, 673, 673, 694,
    /* 430 */ 711, 711, 742, 742, 742, 742, 742, 742, 742, 742,
    /* 440 */ 742, 742, 742, 742, 742, 742, 742, 742, 742, 742,
    /* 450 */ 742, 742, 771, 771, 771, 771, 771, 771, 771, 771,
    /* 460 */ 771, 771, 771, 771, 771, 771, 771, 771, 771, 771,
    /* 470 */ 771, 771, 771, 771, 771, 771, 771, 771, 771, 771,
    /* 480 */ 771, 771, 771, 771, 771, 771, 771, 771, 771, 771,
    /* 490 */ 771, 771, 771, 771, 771, 771, 771, 771, 771, 771,
    /* 500 */ 771, 792, 807, 818, 837, 852, 878, 901, 921, 934,
    /* 510 */ 934, 946, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 520 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 530 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 540 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 550 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 560 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 570 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 580 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 590 */ 977, 977, 977, 977, 977, 977, 977, 977, 977, 977,
    /* 600 */ 977,
};

struct text_span {
  std::uint16_t offset;
  std::uint16_t length;
};

struct row {
  std::uint16_t number;
  text_span name;
  text_span description;
  text_span reference;
  text_span expires;
  retry hint;
  httpstatus::standing standing;
  bool cacheable;
  bool content;
  bool retry_after;
};

// Names, descriptions, references and expiry dates, row by row.
inline constexpr char row_text[] =
    // 100
    "continue_"
    "The server has seen the request headers and has not rejected them yet. Send the request content, or ignore this interim response if it was already sent."
    "RFC 9110, Section 15.2.1"
    // 101
    "switching_protocols"
    "The server agrees to the client's Upgrade request and switches to the protocol it names right after this response. Continue the exchange in that protocol."
    "RFC 9110, Section 15.2.2"
    // 102
    "processing"
    "A WebDAV server is still working on a long request and says so to keep the client from timing out. Keep waiting for the final response."
    "RFC 2518, Section 10.1"
    // 103
    "early_hints"
    "The server sends header fields, usually Link preload hints, that the final response is likely to carry. A client may start fetching the hinted resources while it waits."
    "RFC 8297, Section 2"
    // 104
    "upload_resumption_supported"
    "The server tells an uploading client that this upload can be resumed and where to resume it if the connection breaks. Keep sending; on failure, resume instead of starting over."
    "draft-ietf-httpbis-resumable-upload-05"
    "2026-11-13"
    // 200
    "ok"
    "The request succeeded; the content depends on the method (the resource for GET, the result of the action for POST)."
    "RFC 9110, Section 15.3.1"
    // 201
    "created"
    "The request succeeded and made one or more new resources; the Location field, or else the target URI, names the main one."
    "RFC 9110, Section 15.3.2"
    // 202
    "accepted"
    "The server took the request for processing but has not finished it, and it may still fail. Check its progress later, for example at a status resource the response points to."
    "RFC 9110, Section 15.3.3"
    // 203
    "non_authoritative_information"
    "The request succeeded, but a transforming proxy changed the origin server's 200 response on the way."
    "RFC 9110, Section 15.3.4"
    // 204
    "no_content"
    "The request succeeded and there is nothing to send back; the header fields may still carry metadata such as a new ETag. A user agent stays on the current view."
    "RFC 9110, Section 15.3.5"
    // 205
    "reset_content"
    "The request succeeded and the user agent should clear the form or view that sent it, ready for new input."
    "RFC 9110, Section 15.3.6"
    // 206
    "partial_content"
    "The server sends only the ranges the Range header asked for, described by Content-Range or as a multipart/byteranges body."
    "RFC 9110, Section 15.3.7"
    // 207
    "multi_status"
    "A WebDAV response whose XML body holds a separate status for each of several resources. Read each one; some operations may have failed."
    "RFC 4918, Section 11.1"
    // 208
    "already_reported"
    "Inside a WebDAV multi-status body: this binding's members were listed earlier in the same response and are not repeated."
    "RFC 5842, Section 7.1"
    // 226
    "im_used"
    "The server answered a GET with a delta: the result of the instance manipulations the client asked for in A-IM, applied to the current instance."
    "RFC 3229, Section 10.4.1"
    // 300
    "multiple_choices"
    "The resource has several representations, each with its own URI; pick one, or follow the Location field if the server prefers one."
    "RFC 9110, Section 15.4.1"
    // 301
    "moved_permanently"
    "The resource has a new permanent URI, given in Location. Follow it and update stored links; a user agent may change POST to GET on the way."
    "RFC 9110, Section 15.4.2"
    // 302
    "found"
    "The resource is for now at the URI in Location; keep using the original URI for later requests. A user agent may change POST to GET when it follows."
    "RFC 9110, Section 15.4.3"
    // 303
    "see_other"
    "The answer is at another URI, given in Location, which the client retrieves with GET. Typical after a POST, to show its result."
    "RFC 9110, Section 15.4.4"
    // 304
    "not_modified"
    "A conditional GET or HEAD found the resource unchanged; use the stored copy, refreshed with the metadata in this response."
    "RFC 9110, Section 15.4.5"
    // 305
    "use_proxy"
    "Deprecated: once told the client to repeat the request through the proxy in Location. Clients ignore it for security reasons."
    "RFC 9110, Section 15.4.6"
    // 306
    "unused"
    "Reserved: an early draft used it, no current specification does. A client treats it as 300."
    "RFC 9110, Section 15.4.7"
    // 307
    "temporary_redirect"
    "The resource is for now at the URI in Location. Repeat the same request there without changing the method or content, and keep the original URI for the future."
    "RFC 9110, Section 15.4.8"
    // 308
    "permanent_redirect"
    "The resource has a new permanent URI, given in Location. Repeat the same request there with the same method and content, and update stored links."
    "RFC 9110, Section 15.4.9"
    // 400
    "bad_request"
    "The server will not process the request because of a client error: bad syntax, malformed framing or deceptive routing. Fix the request before sending it again."
    "RFC 9110, Section 15.5.1"
    // 401
    "unauthorized"
    "The request lacks valid credentials for the target; WWW-Authenticate says how to authenticate. Send it again with (new) credentials."
    "RFC 9110, Section 15.5.2"
    // 402
    "payment_required"
    "Reserved for future use; some services send it when an account must pay first. Do not repeat until the account situation changes."
    "RFC 9110, Section 15.5.3"
    // 403
    "forbidden"
    "The server understood the request and refuses it; new credentials may not help. Do not repeat it as it is."
    "RFC 9110, Section 15.5.4"
    // 404
    "not_found"
    "The server has no current representation for the target URI, or will not say that one exists. Check the URI."
    "RFC 9110, Section 15.5.5"
    // 405
    "method_not_allowed"
    "The target resource does not support this method; the Allow field lists those it does. Use one of them."
    "RFC 9110, Section 15.5.6"
    // 406
    "not_acceptable"
    "No representation matches the request's proactive negotiation fields (Accept, Accept-Language and the like). Relax them."
    "RFC 9110, Section 15.5.7"
    // 407
    "proxy_authentication_required"
    "Like 401, but a proxy wants the credentials; Proxy-Authenticate says how. Send the request again with Proxy-Authorization."
    "RFC 9110, Section 15.5.8"
    // 408
    "request_timeout"
    "The server did not receive a complete request in the time it was prepared to wait, and usually closes the connection. The request may be sent again on a new connection."
    "RFC 9110, Section 15.5.9"
    // 409
    "conflict"
    "The request conflicts with the resource's current state, for example an edit based on an old version. Resolve the conflict, then resubmit."
    "RFC 9110, Section 15.5.10"
    // 410
    "gone"
    "The resource is no longer at the origin server and this is likely permanent. Remove links to it."
    "RFC 9110, Section 15.5.11"
    // 411
    "length_required"
    "The server refuses the request without a Content-Length. Add it and send again."
    "RFC 9110, Section 15.5.12"
    // 412
    "precondition_failed"
    "A condition in the request's header fields (If-Match, If-Unmodified-Since and the like) was false on the server. Fetch the current state before trying again."
    "RFC 9110, Section 15.5.13"
    // 413
    "content_too_large"
    "The request content is larger than the server will process. Send less; if Retry-After is present the limit is temporary."
    "RFC 9110, Section 15.5.14"
    // 414
    "uri_too_long"
    "The target URI is longer than the server will interpret, often a query that should have been a POST body or a redirect loop. Shorten it."
    "RFC 9110, Section 15.5.15"
    // 415
    "unsupported_media_type"
    "The server does not accept the request content's media type or encoding; Accept or Accept-Encoding in the response may list what it takes."
    "RFC 9110, Section 15.5.16"
    // 416
    "range_not_satisfiable"
    "None of the requested ranges overlap the representation; Content-Range gives its current length. Ask for a valid range."
    "RFC 9110, Section 15.5.17"
    // 417
    "expectation_failed"
    "The server cannot meet the request's Expect field. Send the request again without the expectation."
    "RFC 9110, Section 15.5.18"
    // 418
    "im_a_teapot"
    "An April Fools' joke of the coffee-pot protocol (RFC 2324), kept reserved because deployed software sends it. Treat it as a plain 400."
    "RFC 9110, Section 15.5.19"
    // 421
    "misdirected_request"
    "The request reached a server that cannot give an authoritative answer for its URI, usually through a reused connection. Repeat it on a new connection."
    "RFC 9110, Section 15.5.20"
    // 422
    "unprocessable_content"
    "The server understands the content type and the syntax is right, but it cannot act on the instructions, for example input that fails validation. Fix the content."
    "RFC 9110, Section 15.5.21"
    // 423
    "locked"
    "The WebDAV resource is locked. Send the request again with the lock's token, or wait until its owner releases it."
    "RFC 4918, Section 11.3"
    // 424
    "failed_dependency"
    "The method was not performed because another action it depended on failed (typically inside a WebDAV multi-status). Fix the failed part first."
    "RFC 4918, Section 11.4"
    // 425
    "too_early"
    "The server will not risk processing a request that arrived in TLS early data, since it could be replayed. Send it again after the handshake completes."
    "RFC 8470, Section 5.2"
    // 426
    "upgrade_required"
    "The server refuses to answer in the current protocol; its Upgrade field names the protocols it would use. Upgrade, then send again."
    "RFC 9110, Section 15.5.22"
    // 428
    "precondition_required"
    "The server requires conditional requests here, to avoid lost updates. Fetch the resource, then send the change with If-Match."
    "RFC 6585, Section 3"
    // 429
    "too_many_requests"
    "The client sent too many requests in a given time and was rate limited. Wait as long as Retry-After says, or back off, then repeat."
    "RFC 6585, Section 4"
    // 431
    "request_header_fields_too_large"
    "One header field, or all of them together, are larger than the server accepts. Shrink them (often cookies) and send again."
    "RFC 6585, Section 5"
    // 451
    "unavailable_for_legal_reasons"
    "The server denies access because of a legal demand, which the body should explain. Repeating will not help."
    "RFC 7725, Section 3"
    // 500
    "internal_server_error"
    "The server hit an unexpected condition and could not complete the request. It may have acted in part, so repeat only idempotent requests."
    "RFC 9110, Section 15.6.1"
    // 501
    "not_implemented"
    "The server does not support the functionality the request needs, usually an unknown method. Repeating it will not help."
    "RFC 9110, Section 15.6.2"
    // 502
    "bad_gateway"
    "A gateway or proxy got an invalid response from the server behind it. The request may have reached that server, so repeat only idempotent requests."
    "RFC 9110, Section 15.6.3"
    // 503
    "service_unavailable"
    "The server cannot handle the request now, because of overload or maintenance, and expects to recover. Wait as long as Retry-After says, or back off, then repeat."
    "RFC 9110, Section 15.6.4"
    // 504
    "gateway_timeout"
    "A gateway or proxy did not get an answer in time from the server behind it. That server may still act on the request, so repeat only idempotent requests."
    "RFC 9110, Section 15.6.5"
    // 505
    "http_version_not_supported"
    "The server does not support the major HTTP version of the request. Send it with a version the server supports."
    "RFC 9110, Section 15.6.6"
    // 506
    "variant_also_negotiates"
    "The server's transparent content negotiation is misconfigured: the chosen variant negotiates again. The server operator must fix it."
    "RFC 2295, Section 8.1"
    // 507
    "insufficient_storage"
    "The WebDAV server cannot store what the method needs; the condition is thought to be temporary. Repeat idempotent requests later."
    "RFC 4918, Section 11.5"
    // 508
    "loop_detected"
    "The WebDAV server stopped a Depth: infinity operation because it found an infinite loop of bindings. Repeating it loops again."
    "RFC 5842, Section 7.2"
    // 510
    "not_extended"
    "Obsolete: the request did not declare an extension the server requires (RFC 2774, now historic). Add the declaration or give up."
    "RFC 2774, Section 7"
    // 511
    "network_authentication_required"
    "An intercepting proxy, such as a captive portal, wants the client to log in to the network first. Authenticate there, then repeat."
    "RFC 6585, Section 6";

inline constexpr std::size_t row_count = 64;

// One row per known code, ascending.
inline constexpr row rows[row_count] = {
    {100, {0, 9}, {9, 152}, {161, 24}, {185, 0}, retry::not_needed, standing::current, false, false, false},
    {101, {185, 19}, {204, 154}, {358, 24}, {382, 0}, retry::not_needed, standing::current, false, false, false},
    {102, {382, 10}, {392, 135}, {527, 22}, {549, 0}, retry::not_needed, standing::current, false, false, false},
    {103, {549, 11}, {560, 168}, {728, 19}, {747, 0}, retry::not_needed, standing::current, false, false, false},
    {104, {747, 27}, {774, 176}, {950, 38}, {988, 10}, retry::not_needed, standing::temporary, false, false, false},
    {200, {998, 2}, {1000, 115}, {1115, 24}, {1139, 0}, retry::not_needed, standing::current, true, true, false},
    {201, {1139, 7}, {1146, 121}, {1267, 24}, {1291, 0}, retry::not_needed, standing::current, false, true, false},
    {202, {1291, 8}, {1299, 173}, {1472, 24}, {1496, 0}, retry::not_needed, standing::current, false, true, false},
    {203, {1496, 29}, {1525, 100}, {1625, 24}, {1649, 0}, retry::not_needed, standing::current, true, true, false},
    {204, {1649, 10}, {1659, 159}, {1818, 24}, {1842, 0}, retry::not_needed, standing::current, true, false, false},
    {205, {1842, 13}, {1855, 105}, {1960, 24}, {1984, 0}, retry::not_needed, standing::current, false, false, false},
    {206, {1984, 15}, {1999, 122}, {2121, 24}, {2145, 0}, retry::not_needed, standing::current, true, true, false},
    {207, {2145, 12}, {2157, 135}, {2292, 22}, {2314, 0}, retry::not_needed, standing::current, false, true, false},
    {208, {2314, 16}, {2330, 120}, {2450, 21}, {2471, 0}, retry::not_needed, standing::current, false, true, false},
    {226, {2471, 7}, {2478, 143}, {2621, 24}, {2645, 0}, retry::not_needed, standing::current, false, true, false},
    {300, {2645, 16}, {2661, 130}, {2791, 24}, {2815, 0}, retry::not_needed, standing::current, true, true, true},
    {301, {2815, 17}, {2832, 139}, {2971, 24}, {2995, 0}, retry::not_needed, standing::current, true, true, true},
    {302, {2995, 5}, {3000, 148}, {3148, 24}, {3172, 0}, retry::not_needed, standing::current, false, true, true},
    {303, {3172, 9}, {3181, 127}, {3308, 24}, {3332, 0}, retry::not_needed, standing::current, false, true, true},
    {304, {3332, 12}, {3344, 122}, {3466, 24}, {3490, 0}, retry::not_needed, standing::current, false, false, true},
    {305, {3490, 9}, {3499, 125}, {3624, 24}, {3648, 0}, retry::not_needed, standing::deprecated, false, true, true},
    {306, {3648, 6}, {3654, 91}, {3745, 24}, {3769, 0}, retry::not_needed, standing::unused, false, true, true},
    {307, {3769, 18}, {3787, 159}, {3946, 24}, {3970, 0}, retry::not_needed, standing::current, false, true, true},
    {308, {3970, 18}, {3988, 145}, {4133, 24}, {4157, 0}, retry::not_needed, standing::current, true, true, true},
    {400, {4157, 11}, {4168, 159}, {4327, 24}, {4351, 0}, retry::after_change, standing::current, false, true, false},
    {401, {4351, 12}, {4363, 132}, {4495, 24}, {4519, 0}, retry::after_change, standing::current, false, true, false},
    {402, {4519, 16}, {4535, 129}, {4664, 24}, {4688, 0}, retry::after_change, standing::current, false, true, false},
    {403, {4688, 9}, {4697, 106}, {4803, 24}, {4827, 0}, retry::after_change, standing::current, false, true, false},
    {404, {4827, 9}, {4836, 108}, {4944, 24}, {4968, 0}, retry::after_change, standing::current, true, true, false},
    {405, {4968, 18}, {4986, 103}, {5089, 24}, {5113, 0}, retry::after_change, standing::current, true, true, false},
    {406, {5113, 14}, {5127, 120}, {5247, 24}, {5271, 0}, retry::after_change, standing::current, false, true, false},
    {407, {5271, 29}, {5300, 122}, {5422, 24}, {5446, 0}, retry::after_change, standing::current, false, true, false},
    {408, {5446, 15}, {5461, 168}, {5629, 24}, {5653, 0}, retry::any_method, standing::current, false, true, false},
    {409, {5653, 8}, {5661, 138}, {5799, 25}, {5824, 0}, retry::after_change, standing::current, false, true, false},
    {410, {5824, 4}, {5828, 96}, {5924, 25}, {5949, 0}, retry::after_change, standing::current, true, true, false},
    {411, {5949, 15}, {5964, 79}, {6043, 25}, {6068, 0}, retry::after_change, standing::current, false, true, false},
    {412, {6068, 19}, {6087, 157}, {6244, 25}, {6269, 0}, retry::after_change, standing::current, false, true, false},
    {413, {6269, 17}, {6286, 120}, {6406, 25}, {6431, 0}, retry::after_change, standing::current, false, true, true},
    {414, {6431, 12}, {6443, 136}, {6579, 25}, {6604, 0}, retry::after_change, standing::current, true, true, false},
    {415, {6604, 22}, {6626, 138}, {6764, 25}, {6789, 0}, retry::after_change, standing::current, false, true, false},
    {416, {6789, 21}, {6810, 119}, {6929, 25}, {6954, 0}, retry::after_change, standing::current, false, true, false},
    {417, {6954, 18}, {6972, 98}, {7070, 25}, {7095, 0}, retry::after_change, standing::current, false, true, false},
    {418, {7095, 11}, {7106, 134}, {7240, 25}, {7265, 0}, retry::after_change, standing::unused, false, true, false},
    {421, {7265, 19}, {7284, 150}, {7434, 25}, {7459, 0}, retry::any_method, standing::current, false, true, false},
    {422, {7459, 21}, {7480, 161}, {7641, 25}, {7666, 0}, retry::after_change, standing::current, false, true, false},
    {423, {7666, 6}, {7672, 113}, {7785, 22}, {7807, 0}, retry::after_change, standing::current, false, true, false},
    {424, {7807, 17}, {7824, 142}, {7966, 22}, {7988, 0}, retry::after_change, standing::current, false, true, false},
    {425, {7988, 9}, {7997, 150}, {8147, 21}, {8168, 0}, retry::any_method, standing::current, false, true, false},
    {426, {8168, 16}, {8184, 131}, {8315, 25}, {8340, 0}, retry::after_change, standing::current, false, true, false},
    {428, {8340, 21}, {8361, 125}, {8486, 19}, {8505, 0}, retry::after_change, standing::current, false, true, false},
    {429, {8505, 17}, {8522, 131}, {8653, 19}, {8672, 0}, retry::any_method, standing::current, false, true, true},
    {431, {8672, 31}, {8703, 122}, {8825, 19}, {8844, 0}, retry::after_change, standing::current, false, true, false},
    {451, {8844, 29}, {8873, 107}, {8980, 19}, {8999, 0}, retry::after_change, standing::current, true, true, false},
    {500, {8999, 21}, {9020, 137}, {9157, 24}, {9181, 0}, retry::idempotent_only, standing::current, false, true, false},
    {501, {9181, 15}, {9196, 119}, {9315, 24}, {9339, 0}, retry::after_change, standing::current, true, true, false},
    {502, {9339, 11}, {9350, 147}, {9497, 24}, {9521, 0}, retry::idempotent_only, standing::current, false, true, false},
    {503, {9521, 19}, {9540, 161}, {9701, 24}, {9725, 0}, retry::any_method, standing::current, false, true, true},
    {504, {9725, 15}, {9740, 153}, {9893, 24}, {9917, 0}, retry::idempotent_only, standing::current, false, true, false},
    {505, {9917, 26}, {9943, 110}, {10053, 24}, {10077, 0}, retry::after_change, standing::current, false, true, false},
    {506, {10077, 23}, {10100, 132}, {10232, 21}, {10253, 0}, retry::after_change, standing::current, false, true, false},
    {507, {10253, 20}, {10273, 129}, {10402, 22}, {10424, 0}, retry::idempotent_only, standing::current, false, true, false},
    {508, {10424, 13}, {10437, 126}, {10563, 21}, {10584, 0}, retry::after_change, standing::current, false, true, false},
    {510, {10584, 12}, {10596, 128}, {10724, 19}, {10743, 0}, retry::after_change, standing::obsolete, false, true, false},
    {511, {10743, 31}, {10774, 130}, {10904, 19}, {10923, 0}, retry::after_change, standing::current, false, true, false},
};

inline constexpr std::uint8_t no_row = 0xFF;

// row_of[c - 100] is the index in rows of code c, or no_row.
inline constexpr std::uint8_t row_of[code_count] = {
    /* 100 */ 0, 1, 2, 3, 4, no_row, no_row, no_row, no_row, no_row,
    /* 110 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 120 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 130 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 140 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 150 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 160 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 170 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 180 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 190 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 200 */ 5, 6, 7, 8, 9, 10, 11, 12, 13, no_row,
    /* 210 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 220 */ no_row, no_row, no_row, no_row, no_row, no_row, 14, no_row, no_row, no_row,
    /* 230 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 240 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 250 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 260 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 270 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 280 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 290 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 300 */ 15, 16, 17, 18, 19, 20, 21, 22, 23, no_row,
    /* 310 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 320 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 330 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 340 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 350 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 360 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 370 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 380 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 390 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 400 */ 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
    /* 410 */ 34, 35, 36, 37, 38, 39, 40, 41, 42, no_row,
    /* 420 */ no_row, 43, 44, 45, 46, 47, 48, no_row, 49, 50,
    /* 430 */ no_row, 51, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 440 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 450 */ no_row, 52, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 460 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 470 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 480 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 490 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 500 */ 53, 54, 55, 56, 57, 58, 59, 60, 61, no_row,
    /* 510 */ 62, 63, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 520 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 530 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 540 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 550 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 560 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 570 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 580 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
    /* 590 */ no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row, no_row,
};

// parse: every accepted spelling, normalised (ASCII lower case, without
// space, '-', '_' and '\''), in an open-addressing hash table.
struct parse_key {
  std::uint16_t offset;  // in key_text
  std::uint8_t length;
  std::uint16_t number;
};

inline constexpr char key_text[] =
    /* 100 */ "continue"
    /* 101 */ "switchingprotocols"
    /* 102 */ "processing"
    /* 103 */ "earlyhints"
    /* 104 */ "uploadresumptionsupported"
    /* 200 */ "ok"
    /* 201 */ "created"
    /* 202 */ "accepted"
    /* 203 */ "nonauthoritativeinformation"
    /* 204 */ "nocontent"
    /* 205 */ "resetcontent"
    /* 206 */ "partialcontent"
    /* 207 */ "multistatus"
    /* 208 */ "alreadyreported"
    /* 226 */ "imused"
    /* 300 */ "multiplechoices"
    /* 300 */ "ambiguous"
    /* 301 */ "movedpermanently"
    /* 301 */ "moved"
    /* 302 */ "found"
    /* 302 */ "movedtemporarily"
    /* 302 */ "redirect"
    /* 303 */ "seeother"
    /* 303 */ "redirectmethod"
    /* 304 */ "notmodified"
    /* 305 */ "useproxy"
    /* 306 */ "unused"
    /* 306 */ "switchproxy"
    /* 307 */ "temporaryredirect"
    /* 307 */ "redirectkeepverb"
    /* 308 */ "permanentredirect"
    /* 400 */ "badrequest"
    /* 401 */ "unauthorized"
    /* 402 */ "paymentrequired"
    /* 403 */ "forbidden"
    /* 404 */ "notfound"
    /* 405 */ "methodnotallowed"
    /* 406 */ "notacceptable"
    /* 407 */ "proxyauthenticationrequired"
    /* 408 */ "requesttimeout"
    /* 409 */ "conflict"
    /* 410 */ "gone"
    /* 411 */ "lengthrequired"
    /* 412 */ "preconditionfailed"
    /* 413 */ "contenttoolarge"
    /* 413 */ "payloadtoolarge"
    /* 413 */ "requestentitytoolarge"
    /* 414 */ "uritoolong"
    /* 414 */ "requesturitoolong"
    /* 414 */ "requesturitoolarge"
    /* 415 */ "unsupportedmediatype"
    /* 416 */ "rangenotsatisfiable"
    /* 416 */ "requestedrangenotsatisfiable"
    /* 417 */ "expectationfailed"
    /* 418 */ "imateapot"
    /* 418 */ "teapot"
    /* 421 */ "misdirectedrequest"
    /* 422 */ "unprocessablecontent"
    /* 422 */ "unprocessableentity"
    /* 423 */ "locked"
    /* 424 */ "faileddependency"
    /* 425 */ "tooearly"
    /* 426 */ "upgraderequired"
    /* 428 */ "preconditionrequired"
    /* 429 */ "toomanyrequests"
    /* 431 */ "requestheaderfieldstoolarge"
    /* 451 */ "unavailableforlegalreasons"
    /* 500 */ "internalservererror"
    /* 501 */ "notimplemented"
    /* 502 */ "badgateway"
    /* 503 */ "serviceunavailable"
    /* 504 */ "gatewaytimeout"
    /* 504 */ "servertimeout"
    /* 505 */ "httpversionnotsupported"
    /* 506 */ "variantalsonegotiates"
    /* 507 */ "insufficientstorage"
    /* 508 */ "loopdetected"
    /* 510 */ "notextended"
    /* 511 */ "networkauthenticationrequired";

inline constexpr std::size_t key_count = 79;
inline constexpr std::size_t max_key_length = 29;

inline constexpr parse_key keys[key_count] = {
    {0, 8, 100},        // continue
    {8, 18, 101},       // switchingprotocols
    {26, 10, 102},      // processing
    {36, 10, 103},      // earlyhints
    {46, 25, 104},      // uploadresumptionsupported
    {71, 2, 200},       // ok
    {73, 7, 201},       // created
    {80, 8, 202},       // accepted
    {88, 27, 203},      // nonauthoritativeinformation
    {115, 9, 204},      // nocontent
    {124, 12, 205},     // resetcontent
    {136, 14, 206},     // partialcontent
    {150, 11, 207},     // multistatus
    {161, 15, 208},     // alreadyreported
    {176, 6, 226},      // imused
    {182, 15, 300},     // multiplechoices
    {197, 9, 300},      // ambiguous
    {206, 16, 301},     // movedpermanently
    {222, 5, 301},      // moved
    {227, 5, 302},      // found
    {232, 16, 302},     // movedtemporarily
    {248, 8, 302},      // redirect
    {256, 8, 303},      // seeother
    {264, 14, 303},     // redirectmethod
    {278, 11, 304},     // notmodified
    {289, 8, 305},      // useproxy
    {297, 6, 306},      // unused
    {303, 11, 306},     // switchproxy
    {314, 17, 307},     // temporaryredirect
    {331, 16, 307},     // redirectkeepverb
    {347, 17, 308},     // permanentredirect
    {364, 10, 400},     // badrequest
    {374, 12, 401},     // unauthorized
    {386, 15, 402},     // paymentrequired
    {401, 9, 403},      // forbidden
    {410, 8, 404},      // notfound
    {418, 16, 405},     // methodnotallowed
    {434, 13, 406},     // notacceptable
    {447, 27, 407},     // proxyauthenticationrequired
    {474, 14, 408},     // requesttimeout
    {488, 8, 409},      // conflict
    {496, 4, 410},      // gone
    {500, 14, 411},     // lengthrequired
    {514, 18, 412},     // preconditionfailed
    {532, 15, 413},     // contenttoolarge
    {547, 15, 413},     // payloadtoolarge
    {562, 21, 413},     // requestentitytoolarge
    {583, 10, 414},     // uritoolong
    {593, 17, 414},     // requesturitoolong
    {610, 18, 414},     // requesturitoolarge
    {628, 20, 415},     // unsupportedmediatype
    {648, 19, 416},     // rangenotsatisfiable
    {667, 28, 416},     // requestedrangenotsatisfiable
    {695, 17, 417},     // expectationfailed
    {712, 9, 418},      // imateapot
    {721, 6, 418},      // teapot
    {727, 18, 421},     // misdirectedrequest
    {745, 20, 422},     // unprocessablecontent
    {765, 19, 422},     // unprocessableentity
    {784, 6, 423},      // locked
    {790, 16, 424},     // faileddependency
    {806, 8, 425},      // tooearly
    {814, 15, 426},     // upgraderequired
    {829, 20, 428},     // preconditionrequired
    {849, 15, 429},     // toomanyrequests
    {864, 27, 431},     // requestheaderfieldstoolarge
    {891, 26, 451},     // unavailableforlegalreasons
    {917, 19, 500},     // internalservererror
    {936, 14, 501},     // notimplemented
    {950, 10, 502},     // badgateway
    {960, 18, 503},     // serviceunavailable
    {978, 14, 504},     // gatewaytimeout
    {992, 13, 504},     // servertimeout
    {1005, 23, 505},    // httpversionnotsupported
    {1028, 21, 506},    // variantalsonegotiates
    {1049, 19, 507},    // insufficientstorage
    {1068, 12, 508},    // loopdetected
    {1080, 11, 510},    // notextended
    {1091, 29, 511},    // networkauthenticationrequired
};

inline constexpr std::uint8_t no_key = 0xFF;
inline constexpr std::size_t slot_count = 256;  // a power of two

// key_slots[hash & (slot_count - 1)] starts a probe for a key index; the
// generator placed every key at its hash or after it, before an empty slot.
inline constexpr std::uint8_t key_slots[slot_count] = {
    /* slot 0 */ 29, no_key, no_key, no_key, no_key, 38, no_key, no_key, no_key, no_key,
    /* slot 10 */ 8, 59, 16, 77, no_key, no_key, 56, no_key, no_key, 2,
    /* slot 20 */ no_key, 43, 36, no_key, 75, no_key, no_key, no_key, no_key, no_key,
    /* slot 30 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, 76, no_key,
    /* slot 40 */ 17, no_key, no_key, 13, no_key, 28, no_key, no_key, no_key, no_key,
    /* slot 50 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key,
    /* slot 60 */ no_key, no_key, no_key, no_key, no_key, 4, 54, no_key, no_key, 55,
    /* slot 70 */ no_key, 25, 60, 3, 10, no_key, no_key, no_key, no_key, 68,
    /* slot 80 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key,
    /* slot 90 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key,
    /* slot 100 */ no_key, no_key, no_key, no_key, no_key, 57, no_key, 12, no_key, 1,
    /* slot 110 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, 37, no_key, 63,
    /* slot 120 */ 64, 53, no_key, 70, no_key, no_key, no_key, no_key, no_key, 74,
    /* slot 130 */ 19, no_key, no_key, 42, no_key, no_key, no_key, 50, 30, 73,
    /* slot 140 */ no_key, no_key, no_key, 35, 61, no_key, no_key, no_key, no_key, no_key,
    /* slot 150 */ no_key, no_key, 9, 46, no_key, no_key, 24, 22, 71, 41,
    /* slot 160 */ 69, no_key, no_key, no_key, no_key, 33, no_key, 0, 7, no_key,
    /* slot 170 */ no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, no_key, 18,
    /* slot 180 */ 48, no_key, no_key, no_key, no_key, no_key, 27, 62, no_key, 23,
    /* slot 190 */ 72, no_key, no_key, no_key, no_key, no_key, no_key, 78, no_key, no_key,
    /* slot 200 */ 67, 52, no_key, no_key, no_key, no_key, no_key, 66, no_key, no_key,
    /* slot 210 */ 40, no_key, no_key, no_key, 26, no_key, 11, no_key, no_key, no_key,
    /* slot 220 */ 5, 21, no_key, no_key, 44, 14, 15, no_key, 47, 49,
    /* slot 230 */ no_key, no_key, 6, no_key, 31, no_key, no_key, no_key, no_key, no_key,
    /* slot 240 */ no_key, no_key, 39, 58, 32, 45, no_key, 51, no_key, 34,
    /* slot 250 */ no_key, 20, 65, no_key, no_key, no_key,
};

constexpr std::uint32_t hash_step(std::uint32_t hash, char folded) noexcept {
  return hash * 31U + static_cast<std::uint32_t>(static_cast<unsigned char>(folded));
}

constexpr std::string_view text_of(const char* blob, text_span span) noexcept {
  return {blob + span.offset, span.length};
}

constexpr std::size_t index_of(int value) noexcept {
  return static_cast<std::size_t>(value - first_code);
}

constexpr const row* find_row(int value) noexcept {
  if (value < first_code || value >= first_code + code_count) {
    return nullptr;
  }
  const std::uint8_t index = row_of[index_of(value)];
  return index == no_row ? nullptr : &rows[index];
}

// RFC 9110, Section 15: an unknown code is treated as the x00 code of its
// class, and a code outside 100..599 like a 5xx where a decision is needed.
constexpr const row& row_or_class_default(int value) noexcept {
  if (const row* known = find_row(value)) {
    return *known;
  }
  const int class_default = (value >= 100 && value <= 599) ? value / 100 * 100 : 500;
  return *find_row(class_default);
}

constexpr status_class class_of_valid(int value) noexcept {
  return static_cast<status_class>(value / 100);
}

constexpr status_info info_of(const row& r) noexcept {
  return status_info{static_cast<code>(r.number),
                     std::string_view(phrase_text + phrase_begin[index_of(r.number)],
                                      static_cast<std::size_t>(phrase_begin[index_of(r.number) + 1] -
                                                               phrase_begin[index_of(r.number)])),
                     text_of(row_text, r.name),
                     text_of(row_text, r.description),
                     text_of(row_text, r.reference),
                     class_of_valid(r.number),
                     r.hint,
                     r.cacheable,
                     r.content,
                     r.retry_after,
                     r.standing,
                     text_of(row_text, r.expires)};
}

// all() walks this copy of the table in status_info form. Only a program that
// uses all() at run time pays for it (it holds pointers into the text blobs).
struct info_array {
  status_info items[row_count];
};

constexpr info_array make_infos() noexcept {
  info_array infos{};
  for (std::size_t i = 0; i < row_count; ++i) {
    infos.items[i] = info_of(rows[i]);
  }
  return infos;
}

inline constexpr info_array infos = make_infos();

constexpr bool is_ignored_in_names(char c) noexcept {
  return c == ' ' || c == '-' || c == '_' || c == '\'';
}

constexpr char fold_case(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool is_white_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && is_white_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_white_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

constexpr bool is_three_digits(std::string_view text) noexcept {
  return text.size() == 3 && is_digit(text[0]) && is_digit(text[1]) && is_digit(text[2]);
}

constexpr std::optional<code> parse_number(std::string_view digits) noexcept {
  const int value = (digits[0] - '0') * 100 + (digits[1] - '0') * 10 + (digits[2] - '0');
  if (value < 100 || value > 599) {
    return std::nullopt;
  }
  return static_cast<code>(value);
}

// Compares text, normalised on the fly, with a key of the same normalised length.
constexpr bool matches_key(std::string_view text, const parse_key& key) noexcept {
  std::size_t position = key.offset;
  for (const char c : text) {
    if (!is_ignored_in_names(c) && fold_case(c) != key_text[position++]) {
      return false;
    }
  }
  return true;
}

constexpr std::optional<code> parse_name(std::string_view text) noexcept {
  std::uint32_t hash = 0;
  std::size_t length = 0;
  for (const char c : text) {
    if (is_ignored_in_names(c)) {
      continue;
    }
    if (++length > max_key_length) {
      return std::nullopt;
    }
    hash = hash_step(hash, fold_case(c));
  }
  if (length == 0) {
    return std::nullopt;
  }
  for (std::size_t slot = hash & (slot_count - 1); key_slots[slot] != no_key;
       slot = (slot + 1) & (slot_count - 1)) {
    const parse_key& key = keys[key_slots[slot]];
    if (key.length == length && matches_key(text, key)) {
      return static_cast<code>(key.number);
    }
  }
  return std::nullopt;
}

}  // namespace detail

// --- Lookup ---------------------------------------------------------------

// True for 100..599, the range RFC 9110 gives status codes.
[[nodiscard]] constexpr bool is_valid(int value) noexcept { return value >= 100 && value <= 599; }
[[nodiscard]] constexpr bool is_valid(code value) noexcept { return is_valid(static_cast<int>(value)); }

// True when the registry lists the code.
[[nodiscard]] constexpr bool is_known(int value) noexcept { return detail::find_row(value) != nullptr; }
[[nodiscard]] constexpr bool is_known(code value) noexcept { return is_known(static_cast<int>(value)); }

// "Not Found" for 404; "" when the code is not known.
[[nodiscard]] constexpr std::string_view reason_phrase(int value) noexcept {
  if (!is_valid(value)) {
    return {};
  }
  const std::size_t index = detail::index_of(value);
  const std::uint16_t begin = detail::phrase_begin[index];
  return {detail::phrase_text + begin, static_cast<std::size_t>(detail::phrase_begin[index + 1] - begin)};
}
[[nodiscard]] constexpr std::string_view reason_phrase(code value) noexcept {
  return reason_phrase(static_cast<int>(value));
}

// Our one- or two-sentence explanation; "" when the code is not known.
[[nodiscard]] constexpr std::string_view description(int value) noexcept {
  const detail::row* r = detail::find_row(value);
  return r ? detail::text_of(detail::row_text, r->description) : std::string_view();
}
[[nodiscard]] constexpr std::string_view description(code value) noexcept {
  return description(static_cast<int>(value));
}

// The enumerator's name, "not_found" for 404; "" when the code is not known.
[[nodiscard]] constexpr std::string_view name(int value) noexcept {
  const detail::row* r = detail::find_row(value);
  return r ? detail::text_of(detail::row_text, r->name) : std::string_view();
}
[[nodiscard]] constexpr std::string_view name(code value) noexcept { return name(static_cast<int>(value)); }

// Everything about a known code; nullopt when it is not known.
[[nodiscard]] constexpr std::optional<status_info> find(int value) noexcept {
  const detail::row* r = detail::find_row(value);
  if (r == nullptr) {
    return std::nullopt;
  }
  return detail::info_of(*r);
}
[[nodiscard]] constexpr std::optional<status_info> find(code value) noexcept {
  return find(static_cast<int>(value));
}

// Every known code's status_info, ascending by code: `for (const auto& info : all())`.
class status_table {
 public:
  [[nodiscard]] constexpr const status_info* begin() const noexcept { return detail::infos.items; }
  [[nodiscard]] constexpr const status_info* end() const noexcept { return detail::infos.items + size(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return detail::row_count; }
  // The i-th known code; i must be below size(), as with an array.
  [[nodiscard]] constexpr const status_info& operator[](std::size_t i) const noexcept { return detail::infos.items[i]; }
};

[[nodiscard]] constexpr status_table all() noexcept { return {}; }

// --- Classification ---------------------------------------------------------

// By the first digit; status_class::invalid outside 100..599.
[[nodiscard]] constexpr status_class class_of(int value) noexcept {
  return is_valid(value) ? detail::class_of_valid(value) : status_class::invalid;
}
[[nodiscard]] constexpr status_class class_of(code value) noexcept { return class_of(static_cast<int>(value)); }

[[nodiscard]] constexpr bool is_informational(int value) noexcept {
  return class_of(value) == status_class::informational;
}
[[nodiscard]] constexpr bool is_informational(code value) noexcept {
  return is_informational(static_cast<int>(value));
}
[[nodiscard]] constexpr bool is_success(int value) noexcept { return class_of(value) == status_class::success; }
[[nodiscard]] constexpr bool is_success(code value) noexcept { return is_success(static_cast<int>(value)); }
[[nodiscard]] constexpr bool is_redirection(int value) noexcept {
  return class_of(value) == status_class::redirection;
}
[[nodiscard]] constexpr bool is_redirection(code value) noexcept { return is_redirection(static_cast<int>(value)); }
[[nodiscard]] constexpr bool is_client_error(int value) noexcept {
  return class_of(value) == status_class::client_error;
}
[[nodiscard]] constexpr bool is_client_error(code value) noexcept { return is_client_error(static_cast<int>(value)); }
[[nodiscard]] constexpr bool is_server_error(int value) noexcept {
  return class_of(value) == status_class::server_error;
}
[[nodiscard]] constexpr bool is_server_error(code value) noexcept { return is_server_error(static_cast<int>(value)); }
// 4xx or 5xx.
[[nodiscard]] constexpr bool is_error(int value) noexcept { return is_client_error(value) || is_server_error(value); }
[[nodiscard]] constexpr bool is_error(code value) noexcept { return is_error(static_cast<int>(value)); }

// --- Retry hints and response properties -------------------------------------
// Unknown codes answer as the x00 code of their class; codes outside 100..599
// as 500 (RFC 9110, Section 15).

[[nodiscard]] constexpr retry retry_hint(int value) noexcept { return detail::row_or_class_default(value).hint; }
[[nodiscard]] constexpr retry retry_hint(code value) noexcept { return retry_hint(static_cast<int>(value)); }

// May a request that got this response be sent again unchanged?
// `idempotent_request`: the method is idempotent (see is_idempotent).
[[nodiscard]] constexpr bool is_retryable(int value, bool idempotent_request) noexcept {
  const retry hint = retry_hint(value);
  return hint == retry::any_method || (hint == retry::idempotent_only && idempotent_request);
}
[[nodiscard]] constexpr bool is_retryable(code value, bool idempotent_request) noexcept {
  return is_retryable(static_cast<int>(value), idempotent_request);
}

// The idempotent methods of RFC 9110, Section 9.2.2. Method names are
// case-sensitive, so "get" is not GET.
[[nodiscard]] constexpr bool is_idempotent(std::string_view method) noexcept {
  return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE" || method == "PUT" ||
         method == "DELETE";
}

// Does a Retry-After field have a meaning with this code (3xx, 413, 429, 503)?
[[nodiscard]] constexpr bool retry_after_applies(int value) noexcept {
  return detail::row_or_class_default(value).retry_after;
}
[[nodiscard]] constexpr bool retry_after_applies(code value) noexcept {
  return retry_after_applies(static_cast<int>(value));
}

// Heuristically cacheable by default (RFC 9110, Section 15.1). Always false for
// a code that is not known: a recipient must not cache those (Section 15).
[[nodiscard]] constexpr bool is_cacheable_by_default(int value) noexcept {
  const detail::row* r = detail::find_row(value);
  return r != nullptr && r->cacheable;
}
[[nodiscard]] constexpr bool is_cacheable_by_default(code value) noexcept {
  return is_cacheable_by_default(static_cast<int>(value));
}

// May the response carry content? False for 1xx, 204, 205 and 304.
[[nodiscard]] constexpr bool allows_content(int value) noexcept {
  return detail::row_or_class_default(value).content;
}
[[nodiscard]] constexpr bool allows_content(code value) noexcept { return allows_content(static_cast<int>(value)); }

// --- Parsing and names -------------------------------------------------------

// "404", or a phrase, enumerator name or older spelling of a code, compared
// without ASCII case, space, '-', '_' and '\'' ("Not Found", "not_found",
// "NOT-FOUND", "NotFound"). Leading and trailing white space is ignored.
// Three digits give any code in 100..599, known or not. Anything else: nullopt.
[[nodiscard]] constexpr std::optional<code> parse(std::string_view text) noexcept {
  const std::string_view trimmed = detail::trim(text);
  if (detail::is_three_digits(trimmed)) {
    return detail::parse_number(trimmed);
  }
  return detail::parse_name(trimmed);
}

// "client_error", "idempotent_only", "temporary"...; "" for a value outside the enumeration.
[[nodiscard]] constexpr std::string_view to_string(status_class value) noexcept {
  switch (value) {
    case status_class::invalid: return "invalid";
    case status_class::informational: return "informational";
    case status_class::success: return "success";
    case status_class::redirection: return "redirection";
    case status_class::client_error: return "client_error";
    case status_class::server_error: return "server_error";
  }
  return {};
}

[[nodiscard]] constexpr std::string_view to_string(retry value) noexcept {
  switch (value) {
    case retry::not_needed: return "not_needed";
    case retry::after_change: return "after_change";
    case retry::any_method: return "any_method";
    case retry::idempotent_only: return "idempotent_only";
  }
  return {};
}

[[nodiscard]] constexpr std::string_view to_string(standing value) noexcept {
  switch (value) {
    case standing::current: return "current";
    case standing::deprecated: return "deprecated";
    case standing::unused: return "unused";
    case standing::obsolete: return "obsolete";
    case standing::temporary: return "temporary";
  }
  return {};
}

// --- Streams (only <iosfwd> here: include <ostream> where you use them) -----

namespace detail {

// Room for "599 " and the longest phrase.
inline constexpr std::size_t max_code_text = 4 + 31;

struct code_text {
  char data[max_code_text];
  std::size_t size;
  constexpr std::string_view view() const noexcept { return {data, size}; }
};

// "404 Not Found", or the number alone when the code is not known. A value
// outside 0..999 cannot come from parse; it is written in full all the same.
constexpr code_text format_code(code value) noexcept {
  code_text text{};
  unsigned number = static_cast<unsigned>(value);
  char digits[5] = {};
  std::size_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + number % 10);
    number /= 10;
  } while (number != 0);
  while (count != 0) {
    text.data[text.size++] = digits[--count];
  }
  const std::string_view phrase = reason_phrase(value);
  if (!phrase.empty()) {
    text.data[text.size++] = ' ';
    for (const char c : phrase) {
      text.data[text.size++] = c;
    }
  }
  return text;
}

}  // namespace detail

// Writes "404 Not Found" ("299" when not known); the stream's width pads the whole text.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, code value) {
  return out << detail::format_code(value).view();
}

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, status_class value) {
  return out << to_string(value);
}

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, retry value) {
  return out << to_string(value);
}

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& out, standing value) {
  return out << to_string(value);
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_HTTPSTATUS_HPP
