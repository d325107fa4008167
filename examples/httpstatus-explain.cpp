// httpstatus-explain: what a status code means and what a client should do.
//
//   httpstatus-explain 429
//   httpstatus-explain "not found" 503
//   httpstatus-explain --all
//   httpstatus-explain --json 503
#include <httpstatus/httpstatus.hpp>

#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view usage = R"(Usage: httpstatus-explain [--json] CODE...
       httpstatus-explain [--json] --all
       httpstatus-explain --help

Explains HTTP status codes: reason phrase, class, whether and how a failed
request may be repeated, caching, content, Retry-After, registry standing,
the defining RFC and a short description.

CODE is a three-digit code (100-599, registered or not), a reason phrase, an
enumerator name or an older spelling, compared without case, spaces, '-', '_'
and apostrophes: 404, "Not Found", not_found, NotFound, "Request-URI Too Long".
A code that is not registered is explained by its class, which is how
RFC 9110 tells a client to treat it.

Options:
  --all    explain every registered code, one line each
  --json   print one JSON object per code instead, for scripts
  --help   print this text

Exit status: 0 on success, 2 when an argument is not a status code.
)";

std::string_view retry_meaning(httpstatus::retry hint) {
  switch (hint) {
    case httpstatus::retry::not_needed: return "nothing failed; there is nothing to repeat";
    case httpstatus::retry::after_change: return "the same request fails again: change it or give up";
    case httpstatus::retry::any_method:
      return "the server did not act on it: repeat it, whatever the method, after a delay";
    case httpstatus::retry::idempotent_only:
      return "the server may have acted on it: repeat only idempotent requests (GET, PUT, DELETE...)";
  }
  return "";
}

std::string_view yes_no(bool value) { return value ? "yes" : "no"; }

int class_default(int value) { return value / 100 * 100; }

void explain(int value) {
  const auto info = httpstatus::find(value);
  std::cout << static_cast<httpstatus::code>(value);
  if (!info) {
    std::cout << " (not registered)";
  }
  std::cout << '\n';
  std::cout << "  class        " << httpstatus::class_of(value) << " (" << value / 100 << "xx)";
  if (!info) {
    std::cout << "; a client treats it as " << static_cast<httpstatus::code>(class_default(value))
              << " (RFC 9110, Section 15)";
  }
  std::cout << '\n';
  const httpstatus::retry hint = httpstatus::retry_hint(value);
  std::cout << "  retry        " << hint << " - " << retry_meaning(hint) << '\n';
  std::cout << "  cacheable    " << yes_no(httpstatus::is_cacheable_by_default(value))
            << (info ? "" : " (an unrecognised code must not be cached)") << '\n';
  std::cout << "  content      " << (httpstatus::allows_content(value) ? "allowed" : "none") << '\n';
  std::cout << "  retry-after  " << (httpstatus::retry_after_applies(value) ? "meaningful" : "no meaning") << '\n';
  if (info) {
    std::cout << "  standing     " << info->standing;
    if (!info->expires.empty()) {
      std::cout << " (expires " << info->expires << ')';
    }
    std::cout << '\n';
    std::cout << "  reference    " << info->reference << '\n';
    std::cout << "  " << info->description << '\n';
  }
}

// One aligned line per code: number, phrase, class, retry hint, flags.
void explain_line(const httpstatus::status_info& info) {
  std::cout << static_cast<int>(info.value) << "  " << std::left << std::setw(31) << info.reason_phrase << "  "
            << std::setw(13) << info.category << "  " << std::setw(15) << info.retry_hint << "  "
            << (info.cacheable ? "cacheable " : "          ") << (info.content ? "          " : "no-content")
            << (info.retry_after ? "  retry-after" : "             ") << "  " << info.reference << '\n';
}

void write_json_string(std::string_view text) {
  std::cout << '"';
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      std::cout << '\\' << c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      constexpr char hex[] = "0123456789abcdef";
      std::cout << "\\u00" << hex[(c >> 4) & 0xF] << hex[c & 0xF];
    } else {
      std::cout << c;
    }
  }
  std::cout << '"';
}

void write_json_field(std::string_view key, std::string_view value) {
  std::cout << ",\"" << key << "\":";
  write_json_string(value);
}

void write_json_field(std::string_view key, bool value) {
  std::cout << ",\"" << key << "\":" << (value ? "true" : "false");
}

void explain_json(int value) {
  const auto info = httpstatus::find(value);
  std::cout << "{\"code\":" << value;
  write_json_field("known", info.has_value());
  write_json_field("phrase", httpstatus::reason_phrase(value));
  write_json_field("name", httpstatus::name(value));
  write_json_field("class", httpstatus::to_string(httpstatus::class_of(value)));
  write_json_field("retry", httpstatus::to_string(httpstatus::retry_hint(value)));
  write_json_field("retry_meaning", retry_meaning(httpstatus::retry_hint(value)));
  write_json_field("cacheable", httpstatus::is_cacheable_by_default(value));
  write_json_field("content", httpstatus::allows_content(value));
  write_json_field("retry_after", httpstatus::retry_after_applies(value));
  if (info) {
    write_json_field("standing", httpstatus::to_string(info->standing));
    if (!info->expires.empty()) {
      write_json_field("expires", info->expires);
    }
    write_json_field("reference", info->reference);
    write_json_field("description", info->description);
  }
  std::cout << "}\n";
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  bool everything = false;
  std::vector<int> codes;
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--help" || argument == "-h") {
      std::cout << usage;
      return 0;
    }
    if (argument == "--json") {
      json = true;
    } else if (argument == "--all") {
      everything = true;
    } else if (const auto parsed = httpstatus::parse(argument)) {
      codes.push_back(static_cast<int>(*parsed));
    } else {
      std::cerr << "httpstatus-explain: '" << argument
                << "' is not a status code (100-599) or a known reason phrase; see --help\n";
      return 2;
    }
  }
  if (everything) {
    for (const auto& info : httpstatus::all()) {
      codes.push_back(static_cast<int>(info.value));
    }
  }
  if (codes.empty()) {
    std::cerr << usage;
    return 2;
  }
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (json) {
      explain_json(codes[i]);
    } else if (everything) {
      explain_line(*httpstatus::find(codes[i]));
    } else {
      if (i != 0) {
        std::cout << '\n';
      }
      explain(codes[i]);
    }
  }
  return 0;
}
