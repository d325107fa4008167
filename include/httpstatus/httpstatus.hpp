// Generated from cmake/codegen/status_codes.json by `cmake -P cmake/codegen/generate.cmake`. Do not edit.
//
// httpstatus 1.0.0: HTTP status codes for C++17, from the
// IANA Hypertext Transfer Protocol (HTTP) Status Code Registry (updated 2025-09-15) and RFC 9110.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors

// The generator lays the tables out one code to a line; keep that layout.
// clang-format off

#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>
#include <type_traits>

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

// What every query takes: a `code` or a value of any integer type (int,
// long, unsigned, std::size_t...), converted without warnings in the
// caller's code. A value that int cannot hold is kept as -1, so it is
// invalid like any other value outside 100..599 and never wraps into a
// valid code.
class status_value {
 public:
  constexpr status_value(code value) noexcept : value_(static_cast<int>(value)) {}
  template <class Integer, std::enable_if_t<std::is_integral_v<Integer>, int> = 0>
  constexpr status_value(Integer value) noexcept : value_(to_int(value)) {}

  // The value, or -1 when it was outside int.
  [[nodiscard]] constexpr int get() const noexcept { return value_; }

 private:
  template <class Integer>
  static constexpr int to_int(Integer value) noexcept {
    constexpr bool always_fits = std::is_signed_v<Integer> ? sizeof(Integer) <= sizeof(int) : sizeof(Integer) < sizeof(int);
    if constexpr (always_fits) {
      return value;
    } else if constexpr (std::is_signed_v<Integer>) {
      return value >= Integer{-2147483647 - 1} && value <= Integer{2147483647} ? static_cast<int>(value) : -1;
    } else {
      return value <= Integer{2147483647} ? static_cast<int>(value) : -1;
    }
  }

  int value_;
};

namespace detail {

// The table, written by cmake/codegen/generate.cmake from status_codes.json.
//
// Numbers are stored as string literals of bytes or digits, not as arrays of
// integers: a compiler reads a string literal many times faster, and every
// translation unit that includes this header pays for reading the table.
// Text is addressed by offsets, never pointers, so the table needs no
// relocations.

inline constexpr int first_code = 100;
inline constexpr int code_count = 500;  // 100..599

constexpr unsigned byte_at(const char* table, std::size_t index) noexcept {
  return static_cast<unsigned char>(table[index]);
}

// Two bytes, low first (written so that compilers load them as one word).
constexpr std::uint16_t word_at(const char* table, std::size_t index) noexcept {
  const char* word = table + 2 * index;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(word[0]) |
                                    static_cast<unsigned>(static_cast<unsigned char>(word[1])) << 8U);
}

constexpr unsigned digit_at(const char* text, std::size_t index) noexcept {
  return static_cast<unsigned>(text[index] - '0');
}

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

// Word c describes the phrase of code c (0..599): its offset in phrase_text
// in the low 11 bits, its length in the high 5; 0 for an unknown code. One
// load gives both, which keeps reason_phrase as cheap as an array index.
inline constexpr char phrase_index[] =
    /* 0 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 10 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 20 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 30 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 40 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 50 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 60 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 70 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 80 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 90 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 100 */ "\x00\x40\x08\x98\x1b\x50\x25\x58\x30\xd8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 110 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 120 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 130 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 140 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 150 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 160 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 170 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 180 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 190 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 200 */ "\x4b\x10\x4d\x38\x54\x40\x5c\xe8\x79\x50\x83\x68\x90\x78\x9f\x60\xab\x80\x00\x00"
    /* 210 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 220 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xbb\x38\x00\x00\x00\x00\x00\x00"
    /* 230 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 240 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 250 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 260 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 270 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 280 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 290 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 300 */ "\xc2\x80\xd2\x88\xe3\x28\xe8\x48\xf1\x60\xfd\x48\x06\x31\x0c\x91\x1e\x91\x00\x00"
    /* 310 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 320 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 330 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 340 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 350 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 360 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 370 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 380 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 390 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 400 */ "\x30\x59\x3b\x61\x47\x81\x57\x49\x60\x49\x69\x91\x7b\x71\x89\xe9\xa6\x79\xb5\x41"
    /* 410 */ "\xbd\x21\xc1\x79\xd0\x99\xe3\x89\xf4\x61\x00\xb2\x16\xaa\x2b\x92\x3d\x62\x00\x00"
    /* 420 */ "\x00\x00\x49\x9a\x5c\xaa\x71\x32\x77\x8a\x88\x4a\x91\x82\x00\x00\xa1\xaa\xb6\x8a"
    /* 430 */ "\x00\x00\xc7\xfa\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 440 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 450 */ "\x00\x00\xe6\xea\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 460 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 470 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 480 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 490 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 500 */ "\x03\xab\x18\x7b\x27\x5b\x32\x9b\x45\x7b\x54\xd3\x6e\xbb\x85\xa3\x99\x6b\x00\x00"
    /* 510 */ "\xa6\x63\xb2\xfb\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 520 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 530 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 540 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 550 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 560 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 570 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 580 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 590 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";

inline constexpr std::size_t row_count = 64;
inline constexpr unsigned no_row = 0xFF;

// Byte c - 100 is the row of code c, or no_row.
inline constexpr char row_of[] =
    /* 100 */ "\x00\x01\x02\x03\x04\xff\xff\xff\xff\xff"
    /* 110 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 120 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 130 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 140 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 150 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 160 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 170 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 180 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 190 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 200 */ "\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\xff"
    /* 210 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 220 */ "\xff\xff\xff\xff\xff\xff\x0e\xff\xff\xff"
    /* 230 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 240 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 250 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 260 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 270 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 280 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 290 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 300 */ "\x0f\x10\x11\x12\x13\x14\x15\x16\x17\xff"
    /* 310 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 320 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 330 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 340 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 350 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 360 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 370 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 380 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 390 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 400 */ "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20\x21"
    /* 410 */ "\x22\x23\x24\x25\x26\x27\x28\x29\x2a\xff"
    /* 420 */ "\xff\x2b\x2c\x2d\x2e\x2f\x30\xff\x31\x32"
    /* 430 */ "\xff\x33\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 440 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 450 */ "\xff\x34\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 460 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 470 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 480 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 490 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 500 */ "\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\xff"
    /* 510 */ "\x3e\x3f\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 520 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 530 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 540 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 550 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 560 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 570 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 580 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 590 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff";

// One record per known code, in code order: "CCC HS FFF OOOOO", the code; its
// retry hint and standing (enumerator values); cacheable, content and
// retry_after (0 or 1); where its texts start in row_text.
inline constexpr std::size_t record_size = 16;
inline constexpr char row_records[] =
    /* Continue */ "100 00 000 00000"
    /* Switching Protocols */ "101 00 000 00189"
    /* Processing */ "102 00 000 00390"
    /* Early Hints */ "103 00 000 00561"
    /* Upload Resumption Supported */ "104 04 000 00763"
    /* OK */ "200 00 110 01018"
    /* Created */ "201 00 010 01163"
    /* Accepted */ "202 00 010 01319"
    /* Non-Authoritative Information */ "203 00 110 01529"
    /* No Content */ "204 00 100 01686"
    /* Reset Content */ "205 00 000 01886"
    /* Partial Content */ "206 00 110 02032"
    /* Multi-Status */ "207 00 010 02197"
    /* Already Reported */ "208 00 010 02370"
    /* IM Used */ "226 00 010 02531"
    /* Multiple Choices */ "300 00 111 02709"
    /* Moved Permanently */ "301 00 111 02883"
    /* Found */ "302 00 011 03067"
    /* See Other */ "303 00 011 03252"
    /* Not Modified */ "304 00 001 03416"
    /* Use Proxy */ "305 01 011 03578"
    /* Unused */ "306 02 011 03740"
    /* Temporary Redirect */ "307 00 011 03865"
    /* Permanent Redirect */ "308 00 111 04074"
    /* Bad Request */ "400 10 010 04265"
    /* Unauthorized */ "401 10 010 04463"
    /* Payment Required */ "402 10 010 04635"
    /* Forbidden */ "403 10 010 04808"
    /* Not Found */ "404 10 110 04951"
    /* Method Not Allowed */ "405 10 110 05096"
    /* Not Acceptable */ "406 10 010 05245"
    /* Proxy Authentication Required */ "407 10 010 05407"
    /* Request Timeout */ "408 20 010 05586"
    /* Conflict */ "409 10 010 05814"
    /* Gone */ "410 10 110 05989"
    /* Length Required */ "411 10 010 06118"
    /* Precondition Failed */ "412 10 010 06241"
    /* Content Too Large */ "413 10 011 06446"
    /* URI Too Long */ "414 10 110 06619"
    /* Unsupported Media Type */ "415 10 010 06794"
    /* Range Not Satisfiable */ "416 10 010 06983"
    /* Expectation Failed */ "417 10 010 07152"
    /* I'm a teapot */ "418 12 010 07297"
    /* Misdirected Request */ "421 20 010 07471"
    /* Unprocessable Content */ "422 10 010 07669"
    /* Locked */ "423 10 010 07887"
    /* Failed Dependency */ "424 10 010 08032"
    /* Too Early */ "425 20 010 08217"
    /* Upgrade Required */ "426 10 010 08401"
    /* Precondition Required */ "428 10 010 08577"
    /* Too Many Requests */ "429 20 011 08746"
    /* Request Header Fields Too Large */ "431 10 010 08917"
    /* Unavailable For Legal Reasons */ "451 10 110 09093"
    /* Internal Server Error */ "500 30 010 09252"
    /* Not Implemented */ "501 10 110 09438"
    /* Bad Gateway */ "502 30 010 09632"
    /* Service Unavailable */ "503 20 011 09818"
    /* Gateway Timeout */ "504 30 010 10026"
    /* HTTP Version Not Supported */ "505 10 010 10222"
    /* Variant Also Negotiates */ "506 10 010 10386"
    /* Insufficient Storage */ "507 30 010 10566"
    /* Loop Detected */ "508 10 010 10741"
    /* Not Extended */ "510 13 010 10905"
    /* Network Authentication Required */ "511 10 010 11068";

// Each row's name, description, reference and expiry date, each ended by a
// NUL (the expiry date is empty but for temporary registrations).
inline constexpr char row_text[] =
    /* 100 */ "continue_\0" "The server has seen the request headers and has not rejected them yet. Send the request content, or ignore this interim response if it was already sent.\0" "RFC 9110, Section 15.2.1\0" "\0"
    /* 101 */ "switching_protocols\0" "The server agrees to the client's Upgrade request and switches to the protocol it names right after this response. Continue the exchange in that protocol.\0" "RFC 9110, Section 15.2.2\0" "\0"
    /* 102 */ "processing\0" "A WebDAV server is still working on a long request and says so to keep the client from timing out. Keep waiting for the final response.\0" "RFC 2518, Section 10.1\0" "\0"
    /* 103 */ "early_hints\0" "The server sends header fields, usually Link preload hints, that the final response is likely to carry. A client may start fetching the hinted resources while it waits.\0" "RFC 8297, Section 2\0" "\0"
    /* 104 */ "upload_resumption_supported\0" "The server tells an uploading client that this upload can be resumed and where to resume it if the connection breaks. Keep sending; on failure, resume instead of starting over.\0" "draft-ietf-httpbis-resumable-upload-05\0" "2026-11-13\0"
    /* 200 */ "ok\0" "The request succeeded; the content depends on the method (the resource for GET, the result of the action for POST).\0" "RFC 9110, Section 15.3.1\0" "\0"
    /* 201 */ "created\0" "The request succeeded and made one or more new resources; the Location field, or else the target URI, names the main one.\0" "RFC 9110, Section 15.3.2\0" "\0"
    /* 202 */ "accepted\0" "The server took the request for processing but has not completed it, and it may still fail. Check its progress later, for example at a status resource the response points to.\0" "RFC 9110, Section 15.3.3\0" "\0"
    /* 203 */ "non_authoritative_information\0" "The request succeeded, but a transforming proxy changed the origin server's 200 response on the way.\0" "RFC 9110, Section 15.3.4\0" "\0"
    /* 204 */ "no_content\0" "The request succeeded and there is no content to send back; the header fields may still carry metadata such as a new ETag. A user agent stays on the current view.\0" "RFC 9110, Section 15.3.5\0" "\0"
    /* 205 */ "reset_content\0" "The request succeeded and the user agent should reset the form or view that sent it, ready for new input.\0" "RFC 9110, Section 15.3.6\0" "\0"
    /* 206 */ "partial_content\0" "The server sends only the ranges the Range header asked for, described by Content-Range or as a multipart/byteranges body.\0" "RFC 9110, Section 15.3.7\0" "\0"
    /* 207 */ "multi_status\0" "A WebDAV response whose XML body holds a separate status for each of several resources. Read each one; some operations may have failed.\0" "RFC 4918, Section 11.1\0" "\0"
    /* 208 */ "already_reported\0" "Inside a WebDAV multi-status body: this binding's members were listed earlier in the same response and are not repeated.\0" "RFC 5842, Section 7.1\0" "\0"
    /* 226 */ "im_used\0" "The server answered a GET with a delta: the result of the instance manipulations the client asked for in A-IM, applied to the current instance.\0" "RFC 3229, Section 10.4.1\0" "\0"
    /* 300 */ "multiple_choices\0" "The resource has several representations, each with its own URI; pick one, or follow the Location field if the server prefers one.\0" "RFC 9110, Section 15.4.1\0" "\0"
    /* 301 */ "moved_permanently\0" "The resource has a new permanent URI, given in Location. Follow it and update stored links; a user agent may change POST to GET on the way.\0" "RFC 9110, Section 15.4.2\0" "\0"
    /* 302 */ "found\0" "The resource is temporarily at the URI in Location; keep using the original URI for later requests. A user agent may change POST to GET when it follows.\0" "RFC 9110, Section 15.4.3\0" "\0"
    /* 303 */ "see_other\0" "The answer is at another URI, given in Location, which the client retrieves with GET. Typical after a POST, to show its result.\0" "RFC 9110, Section 15.4.4\0" "\0"
    /* 304 */ "not_modified\0" "A conditional GET or HEAD found the resource unchanged; use the stored copy, refreshed with the metadata in this response.\0" "RFC 9110, Section 15.4.5\0" "\0"
    /* 305 */ "use_proxy\0" "Deprecated: once told the client to repeat the request through the proxy in Location. Clients ignore it for security reasons.\0" "RFC 9110, Section 15.4.6\0" "\0"
    /* 306 */ "unused\0" "Reserved: an early draft used it, no current specification does. A client treats it as 300.\0" "RFC 9110, Section 15.4.7\0" "\0"
    /* 307 */ "temporary_redirect\0" "The resource is temporarily at the URI in Location. Repeat the same request there without changing the method or content, and keep the original URI for the future.\0" "RFC 9110, Section 15.4.8\0" "\0"
    /* 308 */ "permanent_redirect\0" "The resource has a new permanent URI, given in Location. Repeat the same request there with the same method and content, and update stored links.\0" "RFC 9110, Section 15.4.9\0" "\0"
    /* 400 */ "bad_request\0" "The server will not process the request because of a client error: bad syntax, malformed framing or deceptive routing. Fix the request before sending it again.\0" "RFC 9110, Section 15.5.1\0" "\0"
    /* 401 */ "unauthorized\0" "The request lacks valid credentials for the target; WWW-Authenticate says how to authenticate. Send it again with (new) credentials.\0" "RFC 9110, Section 15.5.2\0" "\0"
    /* 402 */ "payment_required\0" "Reserved for future use; some services send it when an account must pay first. Do not repeat until the account situation changes.\0" "RFC 9110, Section 15.5.3\0" "\0"
    /* 403 */ "forbidden\0" "The server understood the request and refuses it; new credentials may not help. Do not repeat it as it is.\0" "RFC 9110, Section 15.5.4\0" "\0"
    /* 404 */ "not_found\0" "The server has no current representation for the target URI, or will not say that one exists. Check the URI.\0" "RFC 9110, Section 15.5.5\0" "\0"
    /* 405 */ "method_not_allowed\0" "The target resource does not support this method; the Allow field lists those it does. Use one of them.\0" "RFC 9110, Section 15.5.6\0" "\0"
    /* 406 */ "not_acceptable\0" "No representation matches the request's proactive negotiation fields (Accept, Accept-Language and the like). Relax them.\0" "RFC 9110, Section 15.5.7\0" "\0"
    /* 407 */ "proxy_authentication_required\0" "Like 401, but a proxy wants the credentials; Proxy-Authenticate says how. Send the request again with Proxy-Authorization.\0" "RFC 9110, Section 15.5.8\0" "\0"
    /* 408 */ "request_timeout\0" "The server gave up waiting for a complete request: none arrived in the time it was prepared to wait. It usually closes the connection; the request may be sent again on a new connection.\0" "RFC 9110, Section 15.5.9\0" "\0"
    /* 409 */ "conflict\0" "The request conflicts with the resource's current state, for example an edit based on an old version. Resolve the conflict, then resubmit.\0" "RFC 9110, Section 15.5.10\0" "\0"
    /* 410 */ "gone\0" "The resource is no longer at the origin server and this is likely permanent. Remove links to it.\0" "RFC 9110, Section 15.5.11\0" "\0"
    /* 411 */ "length_required\0" "The server refuses the request without a Content-Length. Add it and send again.\0" "RFC 9110, Section 15.5.12\0" "\0"
    /* 412 */ "precondition_failed\0" "A condition in the request's header fields (If-Match, If-Unmodified-Since and the like) was false on the server. Fetch the current state before trying again.\0" "RFC 9110, Section 15.5.13\0" "\0"
    /* 413 */ "content_too_large\0" "The server will not process request content larger than its limit. Send less; if Retry-After is present the limit is temporary.\0" "RFC 9110, Section 15.5.14\0" "\0"
    /* 414 */ "uri_too_long\0" "The server will not interpret a target URI this long; often a query that should have been a POST body, or a redirect loop. Shorten it.\0" "RFC 9110, Section 15.5.15\0" "\0"
    /* 415 */ "unsupported_media_type\0" "The server does not accept the request content's media type or encoding; Accept or Accept-Encoding in the response may list what it takes.\0" "RFC 9110, Section 15.5.16\0" "\0"
    /* 416 */ "range_not_satisfiable\0" "None of the requested ranges overlap the representation; Content-Range gives its current length. Ask for a valid range.\0" "RFC 9110, Section 15.5.17\0" "\0"
    /* 417 */ "expectation_failed\0" "The server cannot meet the request's Expect field. Send the request again without the expectation.\0" "RFC 9110, Section 15.5.18\0" "\0"
    /* 418 */ "im_a_teapot\0" "An April Fools' joke of the coffee-pot protocol (RFC 2324), kept reserved because deployed software sends it. Treat it as a plain 400.\0" "RFC 9110, Section 15.5.19\0" "\0"
    /* 421 */ "misdirected_request\0" "The request reached a server that cannot give an authoritative answer for its URI, usually through a reused connection. Repeat it on a new connection.\0" "RFC 9110, Section 15.5.20\0" "\0"
    /* 422 */ "unprocessable_content\0" "The content type is one the server understands and the syntax is right, but it cannot act on the instructions, for example input that fails validation. Fix the content.\0" "RFC 9110, Section 15.5.21\0" "\0"
    /* 423 */ "locked\0" "The WebDAV resource is locked. Send the request again with the lock's token, or wait until its owner releases it.\0" "RFC 4918, Section 11.3\0" "\0"
    /* 424 */ "failed_dependency\0" "The method was not performed because another action it depended on failed (typically inside a WebDAV multi-status). Fix the failed part first.\0" "RFC 4918, Section 11.4\0" "\0"
    /* 425 */ "too_early\0" "The server will not risk processing a request that arrived in TLS early data, since it could be replayed. Send it again after the handshake completes.\0" "RFC 8470, Section 5.2\0" "\0"
    /* 426 */ "upgrade_required\0" "The server refuses to answer in the current protocol; its Upgrade field names the protocols it would use. Upgrade, then send again.\0" "RFC 9110, Section 15.5.22\0" "\0"
    /* 428 */ "precondition_required\0" "The server requires conditional requests here, to avoid lost updates. Fetch the resource, then send the change with If-Match.\0" "RFC 6585, Section 3\0" "\0"
    /* 429 */ "too_many_requests\0" "The client sent too many requests in a given time and was rate limited. Wait as long as Retry-After says, or back off, then repeat.\0" "RFC 6585, Section 4\0" "\0"
    /* 431 */ "request_header_fields_too_large\0" "One header field, or all of them together, are larger than the server accepts. Shrink them (often cookies) and send again.\0" "RFC 6585, Section 5\0" "\0"
    /* 451 */ "unavailable_for_legal_reasons\0" "The server denies access because of a legal demand, which the body should explain. Repeating will not help.\0" "RFC 7725, Section 3\0" "\0"
    /* 500 */ "internal_server_error\0" "The server hit an unexpected condition and could not complete the request. It may have acted in part, so repeat only idempotent requests.\0" "RFC 9110, Section 15.6.1\0" "\0"
    /* 501 */ "not_implemented\0" "No resource on this server can do what the request asks; most often the method is one the server does not recognise at all. Repeating it will not help.\0" "RFC 9110, Section 15.6.2\0" "\0"
    /* 502 */ "bad_gateway\0" "A gateway or proxy got an invalid response from the server behind it. The request may have reached that server, so repeat only idempotent requests.\0" "RFC 9110, Section 15.6.3\0" "\0"
    /* 503 */ "service_unavailable\0" "The server cannot handle the request now, because of overload or maintenance, and expects to recover. Wait as long as Retry-After says, or back off, then repeat.\0" "RFC 9110, Section 15.6.4\0" "\0"
    /* 504 */ "gateway_timeout\0" "A gateway or proxy did not get an answer in time from the server behind it. That server may still act on the request, so repeat only idempotent requests.\0" "RFC 9110, Section 15.6.5\0" "\0"
    /* 505 */ "http_version_not_supported\0" "The server does not support the major HTTP version of the request. Send it with a version the server supports.\0" "RFC 9110, Section 15.6.6\0" "\0"
    /* 506 */ "variant_also_negotiates\0" "The server's transparent content negotiation is misconfigured: the chosen variant negotiates again. The server operator must fix it.\0" "RFC 2295, Section 8.1\0" "\0"
    /* 507 */ "insufficient_storage\0" "The WebDAV server cannot store what the method needs; the condition is thought to be temporary. Repeat idempotent requests later.\0" "RFC 4918, Section 11.5\0" "\0"
    /* 508 */ "loop_detected\0" "The WebDAV server stopped a Depth: infinity operation because it found an infinite loop of bindings. Repeating it loops again.\0" "RFC 5842, Section 7.2\0" "\0"
    /* 510 */ "not_extended\0" "Obsolete: the request did not declare an extension the server requires (RFC 2774, now historic). Add the declaration or give up.\0" "RFC 2774, Section 7\0" "\0"
    /* 511 */ "network_authentication_required\0" "An intercepting proxy, such as a captive portal, wants the client to log in to the network first. Authenticate there, then repeat.\0" "RFC 6585, Section 6\0" "\0";

// parse compares text after folding each byte through this table: ASCII
// upper case to lower case, space, '-', '_' and '\'' to 0 (ignored), NUL to
// 1 (no key holds it), every other byte to itself. A table lookup has no
// branches to mispredict, whatever the text.
inline constexpr char fold_table[] =
    /* 0 */ "\x01\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    /* 16 */ "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"
    /* 32 */ "\x00\x21\x22\x23\x24\x25\x26\x00\x28\x29\x2a\x2b\x2c\x00\x2e\x2f"
    /* 48 */ "\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f"
    /* 64 */ "\x40\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f"
    /* 80 */ "\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x5b\x5c\x5d\x5e\x00"
    /* 96 */ "\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f"
    /* 112 */ "\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f"
    /* 128 */ "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
    /* 144 */ "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
    /* 160 */ "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"
    /* 176 */ "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf"
    /* 192 */ "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"
    /* 208 */ "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf"
    /* 224 */ "\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
    /* 240 */ "\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff";

// parse: every accepted spelling, normalised (ASCII lower case, without
// space, '-', '_' and '\''), after its code's three digits and ended by a NUL.
inline constexpr char key_text[] =
    "100continue\0"
    "101switchingprotocols\0"
    "102processing\0"
    "103earlyhints\0"
    "104uploadresumptionsupported\0"
    "200ok\0"
    "201created\0"
    "202accepted\0"
    "203nonauthoritativeinformation\0"
    "204nocontent\0"
    "205resetcontent\0"
    "206partialcontent\0"
    "207multistatus\0"
    "208alreadyreported\0"
    "226imused\0"
    "300multiplechoices\0"
    "300ambiguous\0"
    "301movedpermanently\0"
    "301moved\0"
    "302found\0"
    "302movedtemporarily\0"
    "302redirect\0"
    "303seeother\0"
    "303redirectmethod\0"
    "304notmodified\0"
    "305useproxy\0"
    "306unused\0"
    "306switchproxy\0"
    "307temporaryredirect\0"
    "307redirectkeepverb\0"
    "308permanentredirect\0"
    "400badrequest\0"
    "401unauthorized\0"
    "402paymentrequired\0"
    "403forbidden\0"
    "404notfound\0"
    "405methodnotallowed\0"
    "406notacceptable\0"
    "407proxyauthenticationrequired\0"
    "408requesttimeout\0"
    "409conflict\0"
    "410gone\0"
    "411lengthrequired\0"
    "412preconditionfailed\0"
    "413contenttoolarge\0"
    "413payloadtoolarge\0"
    "413requestentitytoolarge\0"
    "414uritoolong\0"
    "414requesturitoolong\0"
    "414requesturitoolarge\0"
    "415unsupportedmediatype\0"
    "416rangenotsatisfiable\0"
    "416requestedrangenotsatisfiable\0"
    "417expectationfailed\0"
    "418imateapot\0"
    "418teapot\0"
    "421misdirectedrequest\0"
    "422unprocessablecontent\0"
    "422unprocessableentity\0"
    "423locked\0"
    "424faileddependency\0"
    "425tooearly\0"
    "426upgraderequired\0"
    "428preconditionrequired\0"
    "429toomanyrequests\0"
    "431requestheaderfieldstoolarge\0"
    "451unavailableforlegalreasons\0"
    "500internalservererror\0"
    "501notimplemented\0"
    "502badgateway\0"
    "503serviceunavailable\0"
    "504gatewaytimeout\0"
    "504servertimeout\0"
    "505httpversionnotsupported\0"
    "506variantalsonegotiates\0"
    "507insufficientstorage\0"
    "508loopdetected\0"
    "510notextended\0"
    "511networkauthenticationrequired\0";

inline constexpr std::size_t max_key_length = 29;
inline constexpr std::size_t slot_count = 256;  // a power of two
inline constexpr unsigned no_key = 0xFFFF;

// An open-addressing hash table of the keys: word hash & (slot_count - 1)
// starts a probe for the key's offset in key_text; the generator placed each
// key at its hash or after it, before an empty slot (at most 4 probes).
inline constexpr char key_slots[] =
    /* 0 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x05\xff\xff"
    /* 8 */ "\xff\xff\xff\xff\xff\xff\x97\x00\xff\xff\x6c\x00\x6b\x03\xff\xff"
    /* 16 */ "\xff\xff\xff\xff\xff\xff\xb4\x00\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 24 */ "\x78\x00\xff\xff\xff\xff\xff\xff\x83\x04\xca\x04\xff\xff\xff\xff"
    /* 32 */ "\xff\xff\xff\xff\x3c\x03\x88\x02\x54\x03\xff\xff\x38\x01\xff\xff"
    /* 40 */ "\xff\xff\x58\x01\xff\xff\xff\xff\x4c\x01\xff\xff\xff\xff\xa0\x03"
    /* 48 */ "\xff\xff\xff\xff\xff\xff\x06\x02\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 56 */ "\xff\xff\xbf\x01\xae\x02\xff\xff\xff\xff\x9c\x02\xff\xff\xd3\x01"
    /* 64 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x51\x04\xff\xff"
    /* 72 */ "\xff\xff\xff\xff\xff\xff\xa4\x00\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 80 */ "\x2f\x01\x5c\x05\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 88 */ "\xff\xff\xee\x04\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x61\x00"
    /* 96 */ "\xff\xff\x46\x02\x19\x02\xff\xff\x0c\x00\x05\x01\xff\xff\xff\xff"
    /* 104 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xf2\x00\xff\xff\xff\xff\xff\xff"
    /* 112 */ "\xff\xff\xff\xff\xd7\x02\x6c\x05\x85\x01\xff\xff\x11\x03\xff\xff"
    /* 120 */ "\xff\xff\xff\xff\x22\x00\xe5\x03\xff\xff\xff\xff\xf6\x01\xff\xff"
    /* 128 */ "\xff\xff\xff\xff\xff\xff\x76\x01\xff\xff\xd8\x04\xff\xff\xff\xff"
    /* 136 */ "\xff\xff\xff\xff\xb7\x03\xff\xff\xff\xff\x32\x02\xff\xff\x8b\x03"
    /* 144 */ "\xff\xff\xff\xff\xff\xff\xff\xff\x64\x01\xff\xff\xff\xff\xff\xff"
    /* 152 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 160 */ "\xff\xff\xff\xff\xc6\x00\xff\xff\x76\x02\xc4\x02\x1a\x04\x11\x05"
    /* 168 */ "\x2c\x05\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 176 */ "\xff\xff\x39\x04\xad\x03\xff\xff\xe8\x00\xff\xff\x26\x01\x00\x00"
    /* 184 */ "\x64\x04\xff\xff\xff\xff\xe8\x01\x26\x02\x26\x03\xff\xff\xb8\x04"
    /* 192 */ "\x91\x01\xff\xff\xff\xff\x03\x03\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 200 */ "\xff\xff\x12\x01\xff\xff\xff\xff\x7b\x05\x5b\x00\xff\xff\xff\xff"
    /* 208 */ "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x57\x02\x45\x05"
    /* 216 */ "\xff\xff\x9b\x01\x94\x02\xea\x02\xff\xff\xff\xff\xaa\x01\x06\x04"
    /* 224 */ "\xff\xff\xff\xff\xff\xff\xa1\x04\xd5\x00\xff\xff\x30\x00\xff\xff"
    /* 232 */ "\xff\xff\xff\xff\xff\xff\xff\xff\x3e\x00\xff\xff\xff\xff\xff\xff"
    /* 240 */ "\xff\xff\xff\xff\xff\xff\xcd\x03\xff\xff\xff\xff\xff\xff\xff\xff"
    /* 248 */ "\x26\x04\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfc\x03";

// The hash of a normalised key: its length and first, middle and last bytes
// (the generator computes the same). Cheap, and enough to spread the keys.
constexpr std::uint32_t key_hash(const char* key, std::size_t length) noexcept {
  const std::uint32_t first = byte_at(key, 0);
  const std::uint32_t middle = byte_at(key, length / 2);
  const std::uint32_t last = byte_at(key, length - 1);
  return ((static_cast<std::uint32_t>(length) * 31U + first) * 31U + middle) * 31U + last;
}

constexpr std::size_t index_of(int value) noexcept { return static_cast<std::size_t>(value - first_code); }

constexpr bool in_range(int value) noexcept { return value >= first_code && value < first_code + code_count; }

// The row of a known code, or no_row.
constexpr unsigned row_of_code(int value) noexcept {
  return in_range(value) ? byte_at(row_of, index_of(value)) : no_row;
}

constexpr const char* record(unsigned row) noexcept { return row_records + row * record_size; }

constexpr int code_of_row(unsigned row) noexcept {
  const char* r = record(row);
  return static_cast<int>(digit_at(r, 0) * 100 + digit_at(r, 1) * 10 + digit_at(r, 2));
}

constexpr retry hint_of_row(unsigned row) noexcept { return static_cast<retry>(digit_at(record(row), 4)); }
constexpr standing standing_of_row(unsigned row) noexcept { return static_cast<standing>(digit_at(record(row), 5)); }
constexpr bool cacheable_row(unsigned row) noexcept { return record(row)[7] == '1'; }
constexpr bool content_row(unsigned row) noexcept { return record(row)[8] == '1'; }
constexpr bool retry_after_row(unsigned row) noexcept { return record(row)[9] == '1'; }

// Field 0 (name), 1 (description), 2 (reference) or 3 (expires) of a row.
constexpr std::string_view row_field(unsigned row, int field) noexcept {
  const char* r = record(row);
  std::string_view text(row_text + (digit_at(r, 11) * 10000 + digit_at(r, 12) * 1000 + digit_at(r, 13) * 100 +
                                    digit_at(r, 14) * 10 + digit_at(r, 15)));
  for (; field > 0; --field) {
    text = std::string_view(text.data() + text.size() + 1);
  }
  return text;
}

// value must be in 0..599.
constexpr std::string_view phrase_of(unsigned value) noexcept {
  const unsigned word = word_at(phrase_index, value);
  return {phrase_text + (word & 0x7FFU), word >> 11U};
}

// RFC 9110, Section 15: an unknown code is treated as the x00 code of its
// class, and a code outside 100..599 like a 5xx where a decision is needed.
constexpr unsigned row_or_class_default(int value) noexcept {
  const unsigned row = row_of_code(value);
  if (row != no_row) {
    return row;
  }
  return row_of_code(in_range(value) ? value / 100 * 100 : 500);
}

constexpr status_class class_of_valid(int value) noexcept { return static_cast<status_class>(value / 100); }

// The text after a field and its NUL.
constexpr std::string_view next_field(std::string_view field) noexcept { return {field.data() + field.size() + 1}; }

// Reads each of the row's texts once (row_field would read the name four
// times): building all() must stay within the constant-evaluation budgets
// of compilers (MSVC stops at 100,000 steps by default).
constexpr status_info info_of_row(unsigned row) noexcept {
  const int value = code_of_row(row);
  const std::string_view name_text = row_field(row, 0);
  const std::string_view description_text = next_field(name_text);
  const std::string_view reference_text = next_field(description_text);
  return status_info{static_cast<code>(value), phrase_of(static_cast<unsigned>(value)), name_text,
                     description_text,          reference_text,        class_of_valid(value),
                     hint_of_row(row),          cacheable_row(row),    content_row(row),
                     retry_after_row(row),      standing_of_row(row),  next_field(reference_text)};
}

// all() walks this copy of the table in status_info form. It is a variable
// template so that only a program that uses all() evaluates it.
template <class Info>
struct info_array {
  Info items[row_count];
};

template <class Info>
constexpr info_array<Info> make_infos() noexcept {
  info_array<Info> infos{};
  for (unsigned row = 0; row < row_count; ++row) {
    infos.items[row] = info_of_row(row);
  }
  return infos;
}

template <class Info>
inline constexpr info_array<Info> infos = make_infos<Info>();

// Space, or one of \t \n \v \f \r.
constexpr bool is_white_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Moves begin and end inwards past ASCII white space.
constexpr void trim_white_space(const char*& begin, const char*& end) noexcept {
  while (begin != end && is_white_space(*begin)) {
    ++begin;
  }
  while (end != begin && is_white_space(end[-1])) {
    --end;
  }
}

// Writes [begin, end) normalised into out, which has room for capacity + 1
// bytes: each byte folded through fold_table, the ones that fold to 0
// dropped. Returns the normalised length, or capacity + 1 when it is longer
// than capacity. Every folded byte is written, and kept (length grows) unless
// it is 0: no branch on the text's bytes. (extensions.hpp folds the same way.)
constexpr std::size_t fold_key(const char* begin, const char* end, char* out, std::size_t capacity) noexcept {
  std::size_t length = 0;
  for (; begin != end; ++begin) {
    const char folded = fold_table[static_cast<unsigned char>(*begin)];
    out[length] = folded;
    length += folded != 0 ? 1U : 0U;
    if (length > capacity) {
      return length;
    }
  }
  return length;
}

// The code that [begin, end) names, or 0: three digits (any code in
// 100..599), or a spelling compared after normalisation, with white space
// around it ignored. Pointer loops and one normalised copy keep the code a
// compiler generates for it small.
constexpr int parse_code(const char* begin, const char* end) noexcept {
  trim_white_space(begin, end);
  if (end - begin == 3 && is_digit(begin[0]) && is_digit(begin[1]) && is_digit(begin[2])) {
    const int value = (begin[0] - '0') * 100 + (begin[1] - '0') * 10 + (begin[2] - '0');
    return value >= 100 && value <= 599 ? value : 0;
  }
  char normalised[max_key_length + 1] = {};
  const std::size_t length = fold_key(begin, end, normalised, max_key_length);
  if (length == 0 || length > max_key_length) {
    return 0;
  }
  for (std::size_t slot = key_hash(normalised, length) & (slot_count - 1);; slot = (slot + 1) & (slot_count - 1)) {
    const unsigned offset = word_at(key_slots, slot);
    if (offset == no_key) {
      return 0;
    }
    const char* key = key_text + offset;
    if (std::char_traits<char>::compare(key + 3, normalised, length) == 0 && key[3 + length] == '\0') {
      return static_cast<int>(digit_at(key, 0) * 100 + digit_at(key, 1) * 10 + digit_at(key, 2));
    }
  }
}

}  // namespace detail

// --- Lookup ---------------------------------------------------------------
// Every query takes a `code` or any integer type (see status_value).

// True for 100..599, the range RFC 9110 gives status codes.
[[nodiscard]] constexpr bool is_valid(status_value status) noexcept {
  return status.get() >= 100 && status.get() <= 599;
}

// The code for a value in 100..599, known or not; nullopt for anything else.
// (A template only to defer instantiating std::optional; see find.)
template <class Code = code>
[[nodiscard]] constexpr std::optional<Code> to_code(status_value status) noexcept {
  if (!is_valid(status)) {
    return std::nullopt;
  }
  return static_cast<Code>(status.get());
}

// True when the registry lists the code.
[[nodiscard]] constexpr bool is_known(status_value status) noexcept {
  return detail::row_of_code(status.get()) != detail::no_row;
}

// "Not Found" for 404; "" when the code is not known.
[[nodiscard]] constexpr std::string_view reason_phrase(status_value status) noexcept {
  // Codes 0..99 are in the index too (with empty phrases): one comparison.
  const auto index = static_cast<unsigned>(status.get());
  return index < 600U ? detail::phrase_of(index) : std::string_view();
}

// Our one- or two-sentence explanation; "" when the code is not known.
[[nodiscard]] constexpr std::string_view description(status_value status) noexcept {
  const unsigned row = detail::row_of_code(status.get());
  return row == detail::no_row ? std::string_view() : detail::row_field(row, 1);
}

// The enumerator's name, "not_found" for 404; "" when the code is not known.
[[nodiscard]] constexpr std::string_view name(status_value status) noexcept {
  const unsigned row = detail::row_of_code(status.get());
  return row == detail::no_row ? std::string_view() : detail::row_field(row, 0);
}

// Everything about a known code; nullopt when it is not known.
//
// find and parse are templates only so that std::optional is instantiated
// where a program calls them, not in every file that includes this header
// (it is most of what including the header would cost). Call them as plain
// functions; the template argument always keeps its default.
template <class Info = status_info>
[[nodiscard]] constexpr std::optional<Info> find(status_value status) noexcept {
  const unsigned row = detail::row_of_code(status.get());
  if (row == detail::no_row) {
    return std::nullopt;
  }
  return detail::info_of_row(row);
}

// Every known code's status_info, ascending by code: `for (const auto& info : all())`.
template <class Info = status_info>
class basic_status_table {
 public:
  [[nodiscard]] constexpr const Info* begin() const noexcept { return detail::infos<Info>.items; }
  [[nodiscard]] constexpr const Info* end() const noexcept { return detail::infos<Info>.items + size(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return detail::row_count; }
  // The i-th known code; i must be below size(), as with an array.
  [[nodiscard]] constexpr const Info& operator[](std::size_t i) const noexcept { return detail::infos<Info>.items[i]; }
};
using status_table = basic_status_table<>;

[[nodiscard]] constexpr status_table all() noexcept { return {}; }

// --- Classification ---------------------------------------------------------

// By the first digit; status_class::invalid outside 100..599.
[[nodiscard]] constexpr status_class class_of(status_value status) noexcept {
  return is_valid(status) ? detail::class_of_valid(status.get()) : status_class::invalid;
}

[[nodiscard]] constexpr bool is_informational(status_value status) noexcept {
  return class_of(status) == status_class::informational;
}
[[nodiscard]] constexpr bool is_success(status_value status) noexcept {
  return class_of(status) == status_class::success;
}
[[nodiscard]] constexpr bool is_redirection(status_value status) noexcept {
  return class_of(status) == status_class::redirection;
}
[[nodiscard]] constexpr bool is_client_error(status_value status) noexcept {
  return class_of(status) == status_class::client_error;
}
[[nodiscard]] constexpr bool is_server_error(status_value status) noexcept {
  return class_of(status) == status_class::server_error;
}
// 4xx or 5xx.
[[nodiscard]] constexpr bool is_error(status_value status) noexcept {
  return is_client_error(status) || is_server_error(status);
}

// --- Retry hints and response properties -------------------------------------
// Unknown codes answer as the x00 code of their class; codes outside 100..599
// as 500 (RFC 9110, Section 15).

[[nodiscard]] constexpr retry retry_hint(status_value status) noexcept {
  return detail::hint_of_row(detail::row_or_class_default(status.get()));
}

// May a request that got this response be sent again unchanged?
// `idempotent_request`: the method is idempotent (see is_idempotent).
[[nodiscard]] constexpr bool is_retryable(status_value status, bool idempotent_request) noexcept {
  const retry hint = retry_hint(status);
  return hint == retry::any_method || (hint == retry::idempotent_only && idempotent_request);
}

// The idempotent methods of RFC 9110, Section 9.2.2. Method names are
// case-sensitive, so "get" is not GET.
[[nodiscard]] constexpr bool is_idempotent(std::string_view method) noexcept {
  return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE" || method == "PUT" ||
         method == "DELETE";
}

// Does a Retry-After field have a meaning with this code (3xx, 413, 429, 503)?
[[nodiscard]] constexpr bool retry_after_applies(status_value status) noexcept {
  return detail::retry_after_row(detail::row_or_class_default(status.get()));
}

// Heuristically cacheable by default (RFC 9110, Section 15.1). Always false for
// a code that is not known: a recipient must not cache those (Section 15).
[[nodiscard]] constexpr bool is_cacheable_by_default(status_value status) noexcept {
  const unsigned row = detail::row_of_code(status.get());
  return row != detail::no_row && detail::cacheable_row(row);
}

// May the response carry content? False for 1xx, 204, 205 and 304.
[[nodiscard]] constexpr bool allows_content(status_value status) noexcept {
  return detail::content_row(detail::row_or_class_default(status.get()));
}

// --- Parsing and names -------------------------------------------------------

// "404", or a phrase, enumerator name or older spelling of a code, compared
// without ASCII case, space, '-', '_' and '\'' ("Not Found", "not_found",
// "NOT-FOUND", "NotFound"). Leading and trailing white space is ignored.
// Three digits give any code in 100..599, known or not. Anything else: nullopt.
// (A template only to defer instantiating std::optional; see find.)
template <class Code = code>
[[nodiscard]] constexpr std::optional<Code> parse(std::string_view text) noexcept {
  const int value = detail::parse_code(text.data(), text.data() + text.size());
  if (value == 0) {
    return std::nullopt;
  }
  return static_cast<Code>(value);
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
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
};

// "404 Not Found", or the number alone when the code is not known. A value
// outside 0..999 cannot come from parse; it is written in full all the same.
// (A template, like find, so that only its users pay for compiling it.)
template <class Code>
constexpr code_text format_code(Code value) noexcept {
  code_text text{};
  auto number = static_cast<unsigned>(value);
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

// clang-format on
