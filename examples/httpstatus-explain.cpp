// httpstatus-explain: what a status code means and what a client should do.
//
//   httpstatus-explain 429
//   httpstatus-explain "not found" 503
//   httpstatus-explain --all
//   httpstatus-explain --json 503
//   httpstatus-explain 499                      the registry's answer, then nginx's, ASP.NET Core's, Esri's
//   httpstatus-explain --vendor cloudflare "Web Server Is Down"
#include <httpstatus/extensions.hpp>
#include <httpstatus/httpstatus.hpp>

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view usage = R"(Usage: httpstatus-explain [--json] [--vendor NAME] CODE...
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

After the registry's answer come the code's vendor meanings (nginx,
Cloudflare, AWS load balancers, Microsoft, frameworks...), each with its
phrase, retry hint, how it reaches a client and its source. A code may mean
different things to different vendors; none is picked for a bare code. A
vendor's phrase or name is understood too: "Client Closed Request",
"Web Server Is Down".

Options:
  --all          explain every registered code, one line each
  --json         print one JSON object per code instead, for scripts
  --vendor NAME  only that vendor's meanings and phrases (nginx, cloudflare,
                 aws_elb, microsoft, laravel, twitter, spring, aspnet_core,
                 esri, shopify, cpanel, informal, or the vendor's name)
  --help         print this text

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

std::string_view delivery_meaning(httpstatus::delivery how) {
  switch (how) {
    case httpstatus::delivery::sent: return "sent as the response's status";
    case httpstatus::delivery::log_only: return "never sent: written to the server's log only";
    case httpstatus::delivery::rewritten: return "the server sends another code in its place";
  }
  return "";
}

// The vendor meanings to show: every vendor's, or only the chosen vendor's.
std::vector<httpstatus::extension_info> vendor_meanings(int value, std::optional<httpstatus::vendor> only) {
  std::vector<httpstatus::extension_info> meanings;
  for (const auto& info : httpstatus::extensions_for(value)) {
    if (!only || info.vendor == *only) {
      meanings.push_back(info);
    }
  }
  return meanings;
}

void explain_vendor_meanings(int value, std::optional<httpstatus::vendor> only) {
  const auto meanings = vendor_meanings(value, only);
  if (meanings.empty()) {
    if (only) {
      std::cout << "  " << httpstatus::vendor_name(*only) << " gives " << value << " no meaning of its own\n";
    }
    return;
  }
  std::cout << "  vendor meanings (unofficial; a bare code picks none):\n";
  for (const auto& info : meanings) {
    std::cout << "    " << httpstatus::vendor_name(info.vendor) << ": "
              << (info.phrase.empty() ? "(no phrase)" : info.phrase) << " [" << info.name << ']'
              << (info.retired ? " (retired)" : "") << '\n';
    std::cout << "      retry        " << info.retry_hint << " - " << retry_meaning(info.retry_hint) << '\n';
    std::cout << "      reaches      " << info.delivery << " - " << delivery_meaning(info.delivery) << '\n';
    std::cout << "      source       " << info.source << '\n';
    if (!info.verified) {
      std::cout << "      unverified   " << info.unverified_reason << '\n';
    }
    std::cout << "      " << info.description << '\n';
  }
}

int class_default(int value) { return value / 100 * 100; }

void explain(int value, std::optional<httpstatus::vendor> only) {
  if (!httpstatus::is_valid(value)) {
    // Only a vendor's code gets here (Shopify's 783): outside 100..599.
    std::cout << value << " (not an HTTP status code: outside 100-599)\n";
    std::cout << "  class        invalid; a client handles it as 500 (RFC 9110, Section 15)\n";
    explain_vendor_meanings(value, only);
    return;
  }
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
  explain_vendor_meanings(value, only);
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

void write_json_vendor_meanings(int value, std::optional<httpstatus::vendor> only) {
  std::cout << ",\"vendors\":[";
  const char* separator = "";
  for (const auto& info : vendor_meanings(value, only)) {
    std::cout << separator << "{\"vendor\":";
    write_json_string(httpstatus::to_string(info.vendor));
    write_json_field("vendor_name", httpstatus::vendor_name(info.vendor));
    write_json_field("phrase", info.phrase);
    write_json_field("name", info.name);
    write_json_field("retry", httpstatus::to_string(info.retry_hint));
    write_json_field("delivery", httpstatus::to_string(info.delivery));
    write_json_field("retired", info.retired);
    write_json_field("verified", info.verified);
    if (!info.verified) {
      write_json_field("unverified_reason", info.unverified_reason);
    }
    write_json_field("source", info.source);
    write_json_field("description", info.description);
    std::cout << '}';
    separator = ",";
  }
  std::cout << ']';
}

void explain_json(int value, std::optional<httpstatus::vendor> only) {
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
  write_json_vendor_meanings(value, only);
  std::cout << "}\n";
}

// Every vendor, in the enumeration's order (to_string is "" past the last).
std::vector<httpstatus::vendor> all_vendors() {
  std::vector<httpstatus::vendor> vendors;
  for (unsigned v = 0; !httpstatus::to_string(static_cast<httpstatus::vendor>(v)).empty(); ++v) {
    vendors.push_back(static_cast<httpstatus::vendor>(v));
  }
  return vendors;
}

bool is_three_digits(std::string_view text) {
  return text.size() == 3 && std::isdigit(static_cast<unsigned char>(text[0])) != 0 &&
         std::isdigit(static_cast<unsigned char>(text[1])) != 0 &&
         std::isdigit(static_cast<unsigned char>(text[2])) != 0;
}

// The codes an argument names: a registered code, phrase or name; else a
// vendor's phrase or name (of the chosen vendor, else of any), which may name
// different codes for different vendors; else a vendor's code outside 100..599.
std::vector<int> codes_named(std::string_view argument, std::optional<httpstatus::vendor> only) {
  if (const auto parsed = httpstatus::parse(argument)) {
    return {static_cast<int>(*parsed)};
  }
  std::vector<int> found;
  for (const httpstatus::vendor maker : all_vendors()) {
    if (only && maker != *only) {
      continue;
    }
    const auto value = httpstatus::parse_extension(argument, maker);
    if (value && std::find(found.begin(), found.end(), *value) == found.end()) {
      found.push_back(*value);
    }
  }
  if (found.empty() && is_three_digits(argument)) {
    const int value = std::stoi(std::string(argument));
    if (!vendor_meanings(value, only).empty()) {
      found.push_back(value);
    }
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  bool everything = false;
  std::optional<httpstatus::vendor> only;
  std::vector<std::string_view> names;
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
    } else if (argument == "--vendor") {
      if (i + 1 == argc) {
        std::cerr << "httpstatus-explain: --vendor needs a vendor's name; see --help\n";
        return 2;
      }
      const std::string_view name = argv[++i];
      only = httpstatus::parse_vendor(name);
      if (!only) {
        std::cerr << "httpstatus-explain: '" << name << "' is not a vendor this table knows; see --help\n";
        return 2;
      }
    } else {
      names.push_back(argument);
    }
  }
  std::vector<int> codes;
  for (const std::string_view name : names) {
    const std::vector<int> named = codes_named(name, only);
    if (named.empty()) {
      std::cerr << "httpstatus-explain: '" << name
                << "' is not a status code (100-599) or a known reason phrase; see --help\n";
      return 2;
    }
    codes.insert(codes.end(), named.begin(), named.end());
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
      explain_json(codes[i], only);
    } else if (everything) {
      explain_line(*httpstatus::find(codes[i]));
    } else {
      if (i != 0) {
        std::cout << '\n';
      }
      explain(codes[i], only);
    }
  }
  return 0;
}
