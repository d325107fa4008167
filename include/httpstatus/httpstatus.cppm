// SPDX-License-Identifier: MIT
// The C++20 module `httpstatus`: `import httpstatus;` gives the API of every
// header that needs only the standard library (the core, HTTP dates,
// Retry-After, retry decisions and budgets, vendor codes, std::error_code
// and std::format support).
// The headers are the one source of truth: they are included below, in the
// global module fragment, and their public names exported by
// using-declarations; `detail` stays unexported. Adapters for other
// libraries ({fmt}, Beast, curl, httplib, Boost.System) stay headers.
//
// A test (module_exports) fails when a public name of a std-only header is
// missing here: add one `using httpstatus::name;` line per name (a line
// exports every overload), and the header's #include below.
// Macros (HTTPSTATUS_VERSION*, HTTPSTATUS_HAS_STD_FORMAT) do not cross an
// import: include the header where you need them.
module;

#include <httpstatus/error_code.hpp>
#include <httpstatus/extensions.hpp>
#include <httpstatus/extensions_retry.hpp>
#include <httpstatus/format.hpp>
#include <httpstatus/http_date.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry.hpp>
#include <httpstatus/retry_after.hpp>
#include <httpstatus/retry_budget.hpp>

export module httpstatus;

export namespace httpstatus {

// httpstatus.hpp: the table and the core queries.
using httpstatus::all;
using httpstatus::allows_content;
using httpstatus::basic_status_table;
using httpstatus::class_of;
using httpstatus::code;
using httpstatus::description;
using httpstatus::find;
using httpstatus::is_cacheable_by_default;
using httpstatus::is_client_error;
using httpstatus::is_error;
using httpstatus::is_idempotent;
using httpstatus::is_informational;
using httpstatus::is_known;
using httpstatus::is_redirection;
using httpstatus::is_retryable;
using httpstatus::is_server_error;
using httpstatus::is_success;
using httpstatus::is_valid;
using httpstatus::name;
using httpstatus::operator<<;
using httpstatus::parse;
using httpstatus::reason_phrase;
using httpstatus::registry_updated;
using httpstatus::retry;
using httpstatus::retry_after_applies;
using httpstatus::retry_hint;
using httpstatus::standing;
using httpstatus::status_class;
using httpstatus::status_info;
using httpstatus::status_table;
using httpstatus::status_value;
using httpstatus::to_code;
using httpstatus::to_string;

// error_code.hpp: std::error_code and std::error_condition.
using httpstatus::http_category;
using httpstatus::make_error_code;
using httpstatus::make_error_condition;
using httpstatus::status_class_category;

// http_date.hpp: HTTP dates.
using httpstatus::format_http_date;
using httpstatus::http_date_text;
using httpstatus::parse_http_date;
using httpstatus::seconds_now;
using httpstatus::sys_seconds;

// retry_after.hpp: Retry-After.
using httpstatus::max_retry_after;
using httpstatus::parse_retry_after;
using httpstatus::retry_after_value;

// retry.hpp: retry decisions.
using httpstatus::advise_retry;
using httpstatus::retry_advice;
using httpstatus::retry_after_use;
using httpstatus::retry_methods;
using httpstatus::retry_policy;
using httpstatus::transport_failure;
using httpstatus::transport_retry;
using httpstatus::transport_rules;

// retry_budget.hpp: retry budgets shared by a client's threads.
using httpstatus::retry_budget;
using httpstatus::retry_budget_policy;

// extensions.hpp, extensions_retry.hpp: vendor and unofficial codes.
using httpstatus::basic_extension_range;
using httpstatus::delivery;
using httpstatus::extension_info;
using httpstatus::extension_range;
using httpstatus::extensions_for;
using httpstatus::find_extension;
using httpstatus::parse_extension;
using httpstatus::parse_vendor;
using httpstatus::vendor;
using httpstatus::vendor_name;
using httpstatus::with_vendor;

// These reopen the headers' httpstatus::v1::retry_policies and retry_budgets.
namespace retry_budgets {
using httpstatus::retry_budgets::aws_standard;
using httpstatus::retry_budgets::grpc;
using httpstatus::retry_budgets::standard;
}  // namespace retry_budgets

namespace retry_policies {
using httpstatus::retry_policies::aws_standard;
using httpstatus::retry_policies::curl;
using httpstatus::retry_policies::google_cloud;
using httpstatus::retry_policies::grpc;
using httpstatus::retry_policies::standard;
using httpstatus::retry_policies::urllib3;
}  // namespace retry_policies

}  // namespace httpstatus

// The standard library's traits and formatters for our types are
// specialisations declared in the global module fragment, which a compiler
// may discard where nothing in the module names them ([module.global.frag]).
// Naming them here keeps them reachable from every importer, so that
// `std::error_code ec = httpstatus::code::not_found;` and
// `std::format("{}", httpstatus::code::ok)` work after `import httpstatus;`.
static_assert(std::is_error_code_enum<httpstatus::code>::value);
static_assert(std::is_error_condition_enum<httpstatus::status_class>::value);
#if HTTPSTATUS_HAS_STD_FORMAT
static_assert(sizeof(std::formatter<httpstatus::code>) != 0);
static_assert(sizeof(std::formatter<httpstatus::status_class>) != 0);
static_assert(sizeof(std::formatter<httpstatus::retry>) != 0);
static_assert(sizeof(std::formatter<httpstatus::standing>) != 0);
#endif
