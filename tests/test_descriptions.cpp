// Each description must say what its code means. The words below come from
// the text that defines each code (RFC 9110, Section 15, unless another RFC
// is named), written here by hand, not read from the data file: two
// descriptions swapped, or one copied onto another code, fail.
#include <httpstatus/httpstatus.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

namespace {

struct meaning {
  int code;
  std::array<std::string_view, 4> words;  // each must appear, ignoring ASCII case
};

// clang-format off
constexpr meaning meanings[] = {
    {100, {"not rejected"}},  // RFC 9110 15.2.1: the request "has not yet been rejected"
    {101, {"Upgrade", "protocol", "switch"}},  // 15.2.2: switching to the protocol named in Upgrade
    {102, {"timing out"}},  // RFC 2518 10.1: sent to keep the client from timing out
    {103, {"header fields", "final response", "likely"}},  // RFC 8297 2: header fields the final response is likely to carry
    {104, {"upload", "resum"}},  // resumable-upload draft: the upload can be resumed
    {200, {"succeeded", "method"}},  // 15.3.1: succeeded; content depends on the method
    {201, {"new resource", "Location"}},  // 15.3.2: new resources; Location names the primary one
    {202, {"processing", "not completed"}},  // 15.3.3: accepted for processing, not completed
    {203, {"transforming proxy", "200"}},  // 15.3.4: modified by a transforming proxy from the origin's 200
    {204, {"no content", "ETag"}},  // 15.3.5: no content to send; e.g. an ETag field
    {205, {"reset", "form"}},  // 15.3.6: reset the view (clear the form)
    {206, {"ranges", "Content-Range", "multipart/byteranges"}},  // 15.3.7: the ranges asked for, Content-Range or multipart/byteranges
    {207, {"XML", "status for each"}},  // RFC 4918 11.1, 13: an XML body with a status for each resource
    {208, {"members", "binding", "repeated"}},  // RFC 5842 7.1: members of bindings not enumerated repeatedly
    {226, {"GET", "instance manipulations", "A-IM"}},  // RFC 3229 10.4.1: instance-manipulations (A-IM) applied to a GET
    {300, {"representations", "each with its own"}},  // 15.4.1: more than one representation, each with its own identifier
    {301, {"new permanent URI", "Location", "POST to GET"}},  // 15.4.2: new permanent URI in Location; POST may become GET
    {302, {"temporarily", "Location", "POST to GET"}},  // 15.4.3: temporarily elsewhere (Location); POST may become GET
    {303, {"another URI", "with GET"}},  // 15.4.4: a different URI, retrieved with GET
    {304, {"conditional GET or HEAD", "stored"}},  // 15.4.5: a conditional GET or HEAD; use the stored response
    {305, {"deprecated", "proxy"}},  // 15.4.6: deprecated; proxy
    {306, {"reserved", "used"}},  // 15.4.7: no longer used, reserved
    {307, {"temporarily", "Location", "without changing the method"}},  // 15.4.8: temporarily elsewhere; the method must not change
    {308, {"new permanent URI", "same method"}},  // 15.4.9: new permanent URI; the method must not change
    {400, {"client error", "syntax", "framing", "deceptive"}},  // 15.5.1: client error: syntax, framing, deceptive routing
    {401, {"lacks valid", "credentials", "WWW-Authenticate"}},  // 15.5.2: lacks valid credentials; WWW-Authenticate
    {402, {"reserved for future use"}},  // 15.5.3: reserved for future use
    {403, {"understood", "refuses"}},  // 15.5.4: understood the request but refuses it
    {404, {"current representation", "exists"}},  // 15.5.5: no current representation, or will not disclose that one exists
    {405, {"method", "Allow field"}},  // 15.5.6: method not supported; the Allow field
    {406, {"proactive negotiation", "Accept"}},  // 15.5.7: proactive negotiation fields (Accept...)
    {407, {"proxy", "Proxy-Authenticate", "401"}},  // 15.5.8: like 401, for a proxy; Proxy-Authenticate
    {408, {"complete request", "prepared to wait"}},  // 15.5.9: no complete request in the time it was prepared to wait
    {409, {"conflict", "current state"}},  // 15.5.10: conflict with the current state
    {410, {"no longer", "permanent"}},  // 15.5.11: no longer available, likely permanent
    {411, {"refuses", "Content-Length"}},  // 15.5.12: refuses the request without Content-Length
    {412, {"condition", "false"}},  // 15.5.13: a condition evaluated to false
    {413, {"content", "larger", "Retry-After", "temporary"}},  // 15.5.14: content larger than the server will process; Retry-After: temporary
    {414, {"URI", "interpret", "query", "loop"}},  // 15.5.15: longer than the server will interpret; query, redirect loop
    {415, {"media type", "Accept-Encoding"}},  // 15.5.16: media type; Accept-Encoding
    {416, {"ranges", "overlap", "Content-Range"}},  // 15.5.17: no range overlaps; Content-Range
    {417, {"Expect", "expectation"}},  // 15.5.18: the Expect field's expectation
    {418, {"April", "2324", "reserved"}},  // 15.5.19: RFC 2324, an April 1 RFC; reserved
    {421, {"authoritative", "connection"}},  // 15.5.20: no authoritative response; another connection
    {422, {"content type", "syntax", "instructions"}},  // 15.5.21: content type understood, syntax right, instructions not
    {423, {"locked", "token"}},  // RFC 4918 11.3: locked; lock token
    {424, {"depended", "failed"}},  // RFC 4918 11.4: depended on another action that failed
    {425, {"risk", "replayed", "early data"}},  // RFC 8470 5.2: unwilling to risk a replayed request (early data)
    {426, {"current protocol", "Upgrade"}},  // 15.5.22: refuses the current protocol; Upgrade
    {428, {"conditional", "lost update"}},  // RFC 6585 3: requires a conditional request; lost updates
    {429, {"too many requests", "rate limit", "Retry-After"}},  // RFC 6585 4: too many requests, rate limiting; Retry-After
    {431, {"header field", "large"}},  // RFC 6585 5: header fields too large
    {451, {"legal demand", "access"}},  // RFC 7725 3: access denied because of a legal demand
    {500, {"unexpected condition"}},  // 15.6.1: an unexpected condition
    {501, {"method", "recogni"}},  // 15.6.2: typically a method the server does not recognize
    {502, {"gateway", "invalid response"}},  // 15.6.3: a gateway or proxy got an invalid response
    {503, {"overload", "maintenance", "Retry-After"}},  // 15.6.4: overload or maintenance; Retry-After
    {504, {"gateway", "time"}},  // 15.6.5: a gateway or proxy got no timely response
    {505, {"major", "version"}},  // 15.6.6: the major version of HTTP
    {506, {"configur", "transparent content negotiation", "variant"}},  // RFC 2295 8.1: a configuration error: the variant negotiates too
    {507, {"store", "temporary"}},  // RFC 4918 11.5: unable to store; temporary
    {508, {"infinite loop", "Depth: infinity"}},  // RFC 5842 7.2: an infinite loop in a Depth: infinity operation
    {510, {"exten", "obsolete"}},  // RFC 2774 7: an extended request needed; obsolete in the registry
    {511, {"network", "captive portal", "authenticate"}},  // RFC 6585 6: authenticate for network access; captive portals
};
// clang-format on

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

}  // namespace

TEST_CASE("every registered code has the words of its meaning") {
  CHECK(std::size(meanings) == expected::registry_size);
  for (const auto& entry : expected::registry) {
    INFO("code " << entry.code);
    const meaning* found = nullptr;
    for (const auto& m : meanings) {
      found = m.code == entry.code ? &m : found;
    }
    REQUIRE(found != nullptr);
  }
}

TEST_CASE("each description says what its code means") {
  for (const auto& m : meanings) {
    const std::string text = lower(httpstatus::description(m.code));
    for (const std::string_view word : m.words) {
      if (!word.empty()) {
        INFO(m.code << ": \"" << httpstatus::description(m.code) << "\" lacks \"" << word << '"');
        CHECK(text.find(lower(word)) != std::string::npos);
      }
    }
  }
}

TEST_CASE("no other code's description has all the words of a code's meaning") {
  // So a description copied onto another code, or two swapped, fail above
  // rather than pass by luck.
  for (const auto& m : meanings) {
    for (const auto& other : expected::registry) {
      if (other.code == m.code) {
        continue;
      }
      const std::string text = lower(httpstatus::description(other.code));
      bool has_all = true;
      for (const std::string_view word : m.words) {
        has_all = has_all && (word.empty() || text.find(lower(word)) != std::string::npos);
      }
      INFO(other.code << " has every word of " << m.code);
      CHECK_FALSE(has_all);
    }
  }
}
