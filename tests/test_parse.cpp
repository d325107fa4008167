#include "support/httpstatus_api.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "support/catch.hpp"
#include "support/rfc_expectations.hpp"

using httpstatus::code;
using httpstatus::parse;

namespace {

std::optional<int> parsed(std::string_view text) {
  const auto result = parse(text);
  return result ? std::optional<int>(static_cast<int>(*result)) : std::nullopt;
}

using spelling = expected::registered;

// The titles of a widely used cloud API's status table, as it spells them.
constexpr spelling cloud_api_titles[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {201, "Created"},
    {202, "Accepted"},
    {203, "Non-Authoritative Information"},
    {204, "NoContent"},
    {205, "Reset Content"},
    {206, "Partial Content"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {305, "Use Proxy"},
    {306, "Unused"},
    {400, "BadRequest"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "NotFound"},
    {405, "MethodNotAllowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Time-out"},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Request Entity Too Large"},
    {414, "Request-URI Too Large"},
    {415, "Unsupported Media Type"},
    {416, "Requested range not satisfiable"},
    {417, "Expectation Failed"},
    {422, "UnprocessableEntity"},
    {429, "TooManyRequests"},
    {500, "InternalServerError"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "ServiceUnavailable"},
    {504, "ServerTimeout"},
    {505, "HTTP Version not supported"},
};

// Phrases of RFC 1945, 2068, 2616 and 7231 that RFC 9110 changed, and names
// other libraries use for the same codes.
constexpr spelling older_spellings[] = {
    {302, "Moved Temporarily"},
    {408, "Request Time-out"},
    {413, "Request Entity Too Large"},
    {413, "Payload Too Large"},
    {413, "payload_too_large"},
    {414, "Request-URI Too Long"},
    {414, "Request-URI Too Large"},
    {414, "REQUEST_URI_TOO_LONG"},
    {416, "Requested Range Not Satisfiable"},
    {416, "REQUESTED_RANGE_NOT_SATISFIABLE"},
    {418, "IM_A_TEAPOT"},
    {418, "I'm a Teapot"},
    {422, "Unprocessable Entity"},
    {422, "unprocessable_entity"},
    {504, "Gateway Time-out"},
    {505, "HTTP Version not supported"},
    {300, "Ambiguous"},
    {301, "Moved"},
    {302, "Redirect"},
    {303, "RedirectMethod"},
    {307, "RedirectKeepVerb"},
    {306, "Switch Proxy"},
    {418, "Teapot"},
    {504, "Server Timeout"},
    {302, "moved_temporarily"},
    {413, "request_entity_too_large"},
};

std::string transformed(std::string_view phrase, char separator, bool upper, bool capitalise_words) {
  std::string out;
  bool word_start = true;
  for (const char c : phrase) {
    if (c == ' ' || c == '-') {
      if (separator != '\0') {
        out += separator;
      }
      word_start = true;
      continue;
    }
    auto u = static_cast<unsigned char>(c);
    if (upper || (capitalise_words && word_start)) {
      out += static_cast<char>(std::toupper(u));
    } else if (!capitalise_words) {
      out += static_cast<char>(std::tolower(u));
    } else {
      out += c;
    }
    word_start = false;
  }
  return out;
}

}  // namespace

TEST_CASE("parse reads three digits as any valid code") {
  CHECK(parsed("404") == 404);
  CHECK(parsed("100") == 100);
  CHECK(parsed("599") == 599);  // valid though not registered
  CHECK(parsed("299") == 299);
  CHECK(parsed(" 503\t\r\n") == 503);
  for (const char* bad : {"099", "000", "600", "999", "40", "4", "0404", "4040", "+404", "-404", "40 4", "4_04", "404x",
                          "x404", "4o4", "404.0", "0x1F"}) {
    INFO('"' << bad << '"');
    CHECK_FALSE(parse(bad).has_value());
  }
  STATIC_REQUIRE(parse("429") == code::too_many_requests);
  STATIC_REQUIRE_FALSE(parse("600").has_value());
}

TEST_CASE("parse reads every registered phrase") {
  for (const auto& entry : expected::registry) {
    INFO(entry.phrase);
    CHECK(parsed(entry.phrase) == entry.code);
  }
  STATIC_REQUIRE(parse("Not Found") == code::not_found);
}

TEST_CASE("parse reads every enumerator name") {
  for (const auto& entry : expected::registry) {
    const std::string name = expected::enumerator_name(entry.phrase);
    INFO(name);
    CHECK(parsed(name) == entry.code);
  }
  CHECK(parsed("continue_") == 100);
  STATIC_REQUIRE(parse("im_a_teapot") == code::im_a_teapot);
}

TEST_CASE("parse reads the cloud API titles") {
  for (const auto& s : cloud_api_titles) {
    INFO(s.phrase);
    CHECK(parsed(s.phrase) == s.code);
  }
}

TEST_CASE("parse reads older phrases and other libraries' names") {
  for (const auto& s : older_spellings) {
    INFO(s.phrase);
    CHECK(parsed(s.phrase) == s.code);
  }
}

TEST_CASE("parse ignores case, space, '-', '_' and apostrophes") {
  for (const auto& entry : expected::registry) {
    const std::vector<std::string> variants = {
        transformed(entry.phrase, ' ', false, false),   // "not found"
        transformed(entry.phrase, ' ', true, false),    // "NOT FOUND"
        transformed(entry.phrase, '_', false, false),   // "not_found"
        transformed(entry.phrase, '_', true, false),    // "NOT_FOUND"
        transformed(entry.phrase, '-', true, false),    // "NOT-FOUND"
        transformed(entry.phrase, '\0', false, true),   // "NotFound"
        transformed(entry.phrase, '\0', false, false),  // "notfound"
        "  " + std::string(entry.phrase) + " \t",
    };
    for (const auto& variant : variants) {
      INFO('"' << variant << "\" for " << entry.code);
      CHECK(parsed(variant) == entry.code);
    }
  }
  CHECK(parsed("i'm a teapot") == 418);
  CHECK(parsed("IM A TEAPOT") == 418);
  CHECK(parsed("Non Authoritative Information") == 203);
  CHECK(parsed("Not--Found") == 404);
  CHECK(parsed("N_o_t F-o-u-n-d") == 404);
  CHECK(parsed("multi status") == 207);
}

TEST_CASE("parse rejects everything else") {
  for (const char* bad : {"",
                          " ",
                          "\t\n",
                          "-",
                          "_",
                          "'",
                          "- _ '",
                          "Not",
                          "Foun",
                          "Not Found!",
                          "Not Foundx",
                          "xNot Found",
                          "Not.Found",
                          "Not Fund",
                          "404 Not Found",
                          "Not Found 404",
                          "Unknown",
                          "OK OK",
                          "Status OK",
                          "teapots",
                          "\"Not Found\""}) {
    INFO('"' << bad << '"');
    CHECK_FALSE(parse(bad).has_value());
  }
  SECTION("white space only counts at the ends") {
    CHECK_FALSE(parse("Not\tFound").has_value());
    CHECK_FALSE(parse("Not\nFound").has_value());
  }
  SECTION("embedded NUL") {
    using namespace std::string_view_literals;
    CHECK_FALSE(parse("Not\0Found"sv).has_value());
    CHECK_FALSE(parse("404\0"sv).has_value());
    CHECK_FALSE(parse("\0"sv).has_value());
  }
  SECTION("bytes outside ASCII") {
    CHECK_FALSE(parse("N\xC3\xB6t Found").has_value());
    CHECK_FALSE(parse("Not Found\xFF").has_value());
    CHECK_FALSE(parse("\x80\x80\x80").has_value());
  }
  SECTION("very long input") {
    const std::string long_text(1U << 20, 'a');
    CHECK_FALSE(parse(long_text).has_value());
    const std::string padded = std::string(1U << 20, ' ') + "Not Found" + std::string(1U << 20, ' ');
    CHECK(parsed(padded) == 404);
    const std::string separators = "Not" + std::string(1U << 20, '-') + "Found";
    CHECK(parsed(separators) == 404);
  }
  SECTION("a view is read only within its bounds") {
    const char buffer[] = {'N', 'o', 't', ' ', 'F', 'o', 'u', 'n', 'd', 'x'};
    CHECK(parsed(std::string_view(buffer, 9)) == 404);
    CHECK_FALSE(parse(std::string_view(buffer, 10)).has_value());
    CHECK_FALSE(parse(std::string_view(buffer, 8)).has_value());
    const char digits[] = {'4', '0', '4', '4'};
    CHECK(parsed(std::string_view(digits, 3)) == 404);
    CHECK_FALSE(parse(std::string_view(digits, 2)).has_value());
  }
  SECTION("a default-constructed view") { CHECK_FALSE(parse(std::string_view()).has_value()); }
}

TEST_CASE("parse never yields a code outside 100..599") {
  // Every string of up to three characters from an alphabet of digits,
  // letters, the ignored separators, white space, NUL and high bytes.
  const std::string alphabet = std::string("0123456789aAoOkKzZ -_'\t") + '\0' + "\x80\xFF";
  std::string text;
  std::size_t checked = 0;
  for (std::size_t length = 0; length <= 3; ++length) {
    std::vector<std::size_t> digits(length, 0);
    while (true) {
      text.assign(length, ' ');
      for (std::size_t i = 0; i < length; ++i) {
        text[i] = alphabet[digits[i]];
      }
      const auto result = parse(text);
      ++checked;
      if (result) {
        const int value = static_cast<int>(*result);
        INFO('"' << text << '"');
        REQUIRE(httpstatus::is_valid(value));
      }
      std::size_t position = 0;
      while (position < length && ++digits[position] == alphabet.size()) {
        digits[position++] = 0;
      }
      if (position == length) {
        break;
      }
    }
  }
  CHECK(checked > alphabet.size() * alphabet.size() * alphabet.size());
  CHECK(parsed("ok") == 200);
  CHECK(parsed("OK") == 200);
  CHECK(parsed("o-K") == 200);
}

namespace {

// DESIGN.md's comparison rule, written here independently of the library:
// ASCII lower case, without space, '-', '_' and '\''.
std::string normalised(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '-' && c != '_' && c != '\'') {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return out;
}

// Every spelling these tests know, normalised, with its code.
std::vector<std::pair<std::string, int>> known_spellings() {
  std::vector<std::pair<std::string, int>> keys;
  for (const auto& entry : expected::registry) {
    keys.emplace_back(normalised(entry.phrase), entry.code);
  }
  for (const auto& s : older_spellings) {
    keys.emplace_back(normalised(s.phrase), s.code);
  }
  for (const auto& s : cloud_api_titles) {
    keys.emplace_back(normalised(s.phrase), s.code);
  }
  return keys;
}

// What parse must give for text: the code of the spelling it normalises to,
// or nothing.
std::optional<int> expected_code(const std::vector<std::pair<std::string, int>>& keys, std::string_view text) {
  const std::string key = normalised(text);
  for (const auto& known : keys) {
    if (known.first == key) {
      return known.second;
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("parse matches whole spellings, never a prefix or a near miss") {
  SECTION("prefixes that once matched longer keys") {
    CHECK_FALSE(parse("Forbid").has_value());  // a prefix of "Forbidden"
    CHECK_FALSE(parse("req").has_value());     // of "Request-URI Too Long"
    CHECK_FALSE(parse("HT").has_value());      // of "HTTP Version Not Supported"
    CHECK_FALSE(parse("Not Foun").has_value());
    CHECK_FALSE(parse("Gatewa").has_value());
  }
  SECTION("every prefix, deletion and insertion of every spelling") {
    const auto keys = known_spellings();
    for (const auto& known : keys) {
      const std::string& key = known.first;
      std::vector<std::string> near_misses;
      for (std::size_t length = 1; length < key.size(); ++length) {
        near_misses.push_back(key.substr(0, length));  // a prefix
      }
      for (std::size_t position = 0; position < key.size(); ++position) {
        near_misses.push_back(key.substr(0, position) + key.substr(position + 1));  // one character missing
      }
      for (std::size_t position = 0; position <= key.size(); ++position) {
        for (const char extra : {'s', 'x', '0'}) {  // one character too many
          near_misses.push_back(key.substr(0, position) + extra + key.substr(position));
        }
      }
      for (const auto& text : near_misses) {
        INFO('"' << text << "\" (from \"" << key << "\")");
        CHECK(parsed(text) == expected_code(keys, text));
      }
    }
  }
}
