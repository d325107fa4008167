// What the tests expect, written out by hand from the IANA registry
// (2025-09-15) and the RFCs, independently of cmake/codegen/status_codes.json.
#ifndef HTTPSTATUS_TESTS_RFC_EXPECTATIONS_HPP
#define HTTPSTATUS_TESTS_RFC_EXPECTATIONS_HPP

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace expected {

struct registered {
  int code;
  std::string_view phrase;
};

// Every code in the registry, with the phrase RFC 9110 (or the defining RFC)
// gives it; 306 and 418 carry no registry markup.
inline constexpr registered registry[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {102, "Processing"},
    {103, "Early Hints"},
    {104, "Upload Resumption Supported"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {203, "Non-Authoritative Information"},
    {204, "No Content"},
    {205, "Reset Content"},
    {206, "Partial Content"},
    {207, "Multi-Status"},
    {208, "Already Reported"},
    {226, "IM Used"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {305, "Use Proxy"},
    {306, "Unused"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Content Too Large"},
    {414, "URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {417, "Expectation Failed"},
    {418, "I'm a teapot"},
    {421, "Misdirected Request"},
    {422, "Unprocessable Content"},
    {423, "Locked"},
    {424, "Failed Dependency"},
    {425, "Too Early"},
    {426, "Upgrade Required"},
    {428, "Precondition Required"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates"},
    {507, "Insufficient Storage"},
    {508, "Loop Detected"},
    {510, "Not Extended"},
    {511, "Network Authentication Required"},
};

inline constexpr std::size_t registry_size = std::size(registry);

// DESIGN.md's enumerator names: the phrase in snake_case, apostrophes
// dropped ("im_a_teapot"), and a trailing '_' where that is a keyword
// ("continue_").
inline std::string enumerator_name(std::string_view phrase) {
  std::string name;
  for (const char c : phrase) {
    if (c == ' ' || c == '-') {
      name += '_';
    } else if (c != '\'') {
      name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return name == "continue" ? name + "_" : name;
}

template <std::size_t N>
constexpr bool contains(const int (&codes)[N], int code) {
  return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

// RFC 9110, Section 15.1: "200, 203, 204, 206, 300, 301, 308, 404, 405, 410,
// 414, and 501" are heuristically cacheable; RFC 7725, Section 3 adds 451.
inline constexpr int heuristically_cacheable[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};

// RFC 9110, Section 6.4.1: 1xx, 204 and 304 never carry content; Section
// 15.3.6 forbids it for 205.
constexpr bool allows_content(int code) { return code >= 200 && code != 204 && code != 205 && code != 304; }

// RFC 9110, Section 10.2.3 (3xx and 503), Section 15.5.14 (413), RFC 6585,
// Section 4 (429).
constexpr bool retry_after_applies(int code) {
  return (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
}

// Where the IANA registry says each code is defined, with the section of
// that document (RFC 9110 numbers its status codes in Section 15).
struct defined_in {
  int code;
  std::string_view reference;
};

inline constexpr defined_in references[] = {
    {100, "RFC 9110, Section 15.2.1"},
    {101, "RFC 9110, Section 15.2.2"},
    {102, "RFC 2518, Section 10.1"},
    {103, "RFC 8297, Section 2"},
    {104, "draft-ietf-httpbis-resumable-upload-05"},
    {200, "RFC 9110, Section 15.3.1"},
    {201, "RFC 9110, Section 15.3.2"},
    {202, "RFC 9110, Section 15.3.3"},
    {203, "RFC 9110, Section 15.3.4"},
    {204, "RFC 9110, Section 15.3.5"},
    {205, "RFC 9110, Section 15.3.6"},
    {206, "RFC 9110, Section 15.3.7"},
    {207, "RFC 4918, Section 11.1"},
    {208, "RFC 5842, Section 7.1"},
    {226, "RFC 3229, Section 10.4.1"},
    {300, "RFC 9110, Section 15.4.1"},
    {301, "RFC 9110, Section 15.4.2"},
    {302, "RFC 9110, Section 15.4.3"},
    {303, "RFC 9110, Section 15.4.4"},
    {304, "RFC 9110, Section 15.4.5"},
    {305, "RFC 9110, Section 15.4.6"},
    {306, "RFC 9110, Section 15.4.7"},
    {307, "RFC 9110, Section 15.4.8"},
    {308, "RFC 9110, Section 15.4.9"},
    {400, "RFC 9110, Section 15.5.1"},
    {401, "RFC 9110, Section 15.5.2"},
    {402, "RFC 9110, Section 15.5.3"},
    {403, "RFC 9110, Section 15.5.4"},
    {404, "RFC 9110, Section 15.5.5"},
    {405, "RFC 9110, Section 15.5.6"},
    {406, "RFC 9110, Section 15.5.7"},
    {407, "RFC 9110, Section 15.5.8"},
    {408, "RFC 9110, Section 15.5.9"},
    {409, "RFC 9110, Section 15.5.10"},
    {410, "RFC 9110, Section 15.5.11"},
    {411, "RFC 9110, Section 15.5.12"},
    {412, "RFC 9110, Section 15.5.13"},
    {413, "RFC 9110, Section 15.5.14"},
    {414, "RFC 9110, Section 15.5.15"},
    {415, "RFC 9110, Section 15.5.16"},
    {416, "RFC 9110, Section 15.5.17"},
    {417, "RFC 9110, Section 15.5.18"},
    {418, "RFC 9110, Section 15.5.19"},
    {421, "RFC 9110, Section 15.5.20"},
    {422, "RFC 9110, Section 15.5.21"},
    {423, "RFC 4918, Section 11.3"},
    {424, "RFC 4918, Section 11.4"},
    {425, "RFC 8470, Section 5.2"},
    {426, "RFC 9110, Section 15.5.22"},
    {428, "RFC 6585, Section 3"},
    {429, "RFC 6585, Section 4"},
    {431, "RFC 6585, Section 5"},
    {451, "RFC 7725, Section 3"},
    {500, "RFC 9110, Section 15.6.1"},
    {501, "RFC 9110, Section 15.6.2"},
    {502, "RFC 9110, Section 15.6.3"},
    {503, "RFC 9110, Section 15.6.4"},
    {504, "RFC 9110, Section 15.6.5"},
    {505, "RFC 9110, Section 15.6.6"},
    {506, "RFC 2295, Section 8.1"},
    {507, "RFC 4918, Section 11.5"},
    {508, "RFC 5842, Section 7.2"},
    {510, "RFC 2774, Section 7"},
    {511, "RFC 6585, Section 6"},
};

}  // namespace expected

#endif
