// The alternatives httpstatus is measured against, shared by the Google
// Benchmark suite (benchmarks.cpp) and the callgrind loops (loops.cpp).
#ifndef HTTPSTATUS_BENCHMARKS_BASELINES_HPP
#define HTTPSTATUS_BENCHMARKS_BASELINES_HPP

#include <httpstatus/httpstatus.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#if defined(__has_include)
#if __has_include(<boost/beast/http/status.hpp>) && !defined(HTTPSTATUS_BENCH_NO_BEAST)
#include <boost/beast/http/status.hpp>
#include <ostream>  // Beast 1.74's status.hpp needs it first
#define HTTPSTATUS_BENCH_HAS_BEAST 1
#endif
#endif

namespace baseline {

// A fixed pseudo-random sequence of codes: about 90% registered, 10%
// unregistered but valid. The same every run (a fixed-seed LCG).
inline std::vector<int> code_sequence(std::size_t size = 4096) {
  std::vector<int> known;
  for (const auto& info : httpstatus::all()) {
    known.push_back(static_cast<int>(info.value));
  }
  std::vector<int> codes;
  std::uint32_t state = 12345;
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1664525U + 1013904223U;
    const std::uint32_t draw = state >> 8;
    if (draw % 10 == 0) {
      codes.push_back(static_cast<int>(100 + draw / 10 % 500));  // any valid code
    } else {
      codes.push_back(known[draw / 10 % known.size()]);
    }
  }
  return codes;
}

// The floor: one string_view per possible code.
class phrase_array {
 public:
  phrase_array() {
    for (int value = 100; value < 600; ++value) {
      phrases_[static_cast<std::size_t>(value)] = httpstatus::reason_phrase(value);
    }
  }
  std::string_view operator()(int value) const {
    return static_cast<unsigned>(value) < phrases_.size() ? phrases_[static_cast<std::size_t>(value)]
                                                          : std::string_view();
  }

 private:
  std::array<std::string_view, 600> phrases_{};
};

// The switch people copy into their code.
inline std::string_view phrase_switch(int value) {
  switch (value) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 102: return "Processing";
    case 103: return "Early Hints";
    case 104: return "Upload Resumption Supported";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 205: return "Reset Content";
    case 206: return "Partial Content";
    case 207: return "Multi-Status";
    case 208: return "Already Reported";
    case 226: return "IM Used";
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 305: return "Use Proxy";
    case 306: return "Unused";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 417: return "Expectation Failed";
    case 418: return "I'm a teapot";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 423: return "Locked";
    case 424: return "Failed Dependency";
    case 425: return "Too Early";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    case 506: return "Variant Also Negotiates";
    case 507: return "Insufficient Storage";
    case 508: return "Loop Detected";
    case 510: return "Not Extended";
    case 511: return "Network Authentication Required";
    default: return {};
  }
}

class phrase_map {
 public:
  phrase_map() {
    for (const auto& info : httpstatus::all()) {
      phrases_.emplace(static_cast<int>(info.value), info.reason_phrase);
    }
  }
  std::string_view operator()(int value) const {
    const auto found = phrases_.find(value);
    return found == phrases_.end() ? std::string_view() : found->second;
  }

 private:
  std::unordered_map<int, std::string_view> phrases_;
};

#ifdef HTTPSTATUS_BENCH_HAS_BEAST
inline std::string_view phrase_beast(int value) {
  const auto reason =
      boost::beast::http::obsolete_reason(boost::beast::http::int_to_status(static_cast<unsigned>(value)));
  return {reason.data(), reason.size()};
}
#endif

// Inputs for parse: digits, exact phrases and other spellings, mixed.
inline std::vector<std::string> parse_inputs(std::size_t size = 4096) {
  std::vector<std::string> all_spellings;
  for (const auto& info : httpstatus::all()) {
    std::string snake(info.name);
    std::string upper_kebab(info.reason_phrase);
    std::transform(upper_kebab.begin(), upper_kebab.end(), upper_kebab.begin(),
                   [](char c) { return c == ' ' ? '-' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
    all_spellings.push_back(std::to_string(static_cast<int>(info.value)));
    all_spellings.emplace_back(info.reason_phrase);
    all_spellings.emplace_back(info.reason_phrase);
    all_spellings.push_back(snake);
    all_spellings.push_back(upper_kebab);
  }
  std::vector<std::string> inputs;
  std::uint32_t state = 54321;
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1664525U + 1013904223U;
    inputs.push_back(all_spellings[(state >> 8) % all_spellings.size()]);
  }
  return inputs;
}

// Only exact phrases (what the exact-match baselines can answer at all).
inline std::vector<std::string> exact_phrases(std::size_t size = 4096) {
  std::vector<std::string> inputs;
  std::uint32_t state = 54321;
  const auto table = httpstatus::all();
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1664525U + 1013904223U;
    inputs.emplace_back(table[(state >> 8) % table.size()].reason_phrase);
  }
  return inputs;
}

// The map people build: exact phrase to code. It cannot read other spellings.
class parse_map {
 public:
  parse_map() {
    for (const auto& info : httpstatus::all()) {
      codes_.emplace(std::string(info.reason_phrase), static_cast<int>(info.value));
    }
  }
  int operator()(std::string_view text) const {
    const auto found = codes_.find(std::string(text));
    return found == codes_.end() ? 0 : found->second;
  }

 private:
  std::unordered_map<std::string, int> codes_;
};

// A linear, case-insensitive scan over the phrases.
inline int parse_scan(std::string_view text) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (const auto& info : httpstatus::all()) {
    const std::string_view phrase = info.reason_phrase;
    if (phrase.size() == text.size() &&
        std::equal(phrase.begin(), phrase.end(), text.begin(), [&](char a, char b) { return lower(a) == lower(b); })) {
      return static_cast<int>(info.value);
    }
  }
  return 0;
}

}  // namespace baseline

#endif
