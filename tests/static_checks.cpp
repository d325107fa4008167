// Every query, for every int in [0, 1000) and in a few extreme values,
// evaluated during constant evaluation: undefined behaviour would be a
// compile error here.
#include <httpstatus/httpstatus.hpp>

#include <climits>

namespace {

// For value in [0, 65535] the int and code overloads must agree, and a
// known code must parse back from its phrase and name.
constexpr bool every_query_agrees(int value) {
  const auto c = static_cast<httpstatus::code>(value);
  const bool known = httpstatus::is_known(value);
  return httpstatus::is_valid(value) == httpstatus::is_valid(c) && known == httpstatus::is_known(c) &&
         httpstatus::class_of(value) == httpstatus::class_of(c) &&
         httpstatus::is_informational(value) == httpstatus::is_informational(c) &&
         httpstatus::is_success(value) == httpstatus::is_success(c) &&
         httpstatus::is_redirection(value) == httpstatus::is_redirection(c) &&
         httpstatus::is_client_error(value) == httpstatus::is_client_error(c) &&
         httpstatus::is_server_error(value) == httpstatus::is_server_error(c) &&
         httpstatus::is_error(value) == httpstatus::is_error(c) &&
         httpstatus::reason_phrase(value) == httpstatus::reason_phrase(c) &&
         httpstatus::description(value) == httpstatus::description(c) &&
         httpstatus::name(value) == httpstatus::name(c) && httpstatus::find(value).has_value() == known &&
         httpstatus::find(c).has_value() == known && httpstatus::retry_hint(value) == httpstatus::retry_hint(c) &&
         httpstatus::is_retryable(value, true) == httpstatus::is_retryable(c, true) &&
         httpstatus::is_retryable(value, false) == httpstatus::is_retryable(c, false) &&
         httpstatus::retry_after_applies(value) == httpstatus::retry_after_applies(c) &&
         httpstatus::is_cacheable_by_default(value) == httpstatus::is_cacheable_by_default(c) &&
         httpstatus::allows_content(value) == httpstatus::allows_content(c) &&
         (!known || (httpstatus::parse(httpstatus::reason_phrase(value)) == c &&
                     httpstatus::parse(httpstatus::name(value)) == c));
}

// Far outside 100..599 everything is empty, false or invalid.
constexpr bool answers_as_invalid(int value) {
  return !httpstatus::is_valid(value) && !httpstatus::is_known(value) &&
         httpstatus::class_of(value) == httpstatus::status_class::invalid && !httpstatus::is_error(value) &&
         httpstatus::reason_phrase(value).empty() && httpstatus::description(value).empty() &&
         httpstatus::name(value).empty() && !httpstatus::find(value).has_value() &&
         httpstatus::retry_hint(value) == httpstatus::retry::idempotent_only &&
         !httpstatus::is_cacheable_by_default(value);
}

constexpr bool every_value_in(int first, int last) {
  for (int value = first; value < last; ++value) {
    if (!every_query_agrees(value)) {
      return false;
    }
  }
  return true;
}

static_assert(every_value_in(0, 250));
static_assert(every_value_in(250, 500));
static_assert(every_value_in(500, 750));
static_assert(every_value_in(750, 1000));
static_assert(every_value_in(65000, 65536));
static_assert(answers_as_invalid(INT_MIN) && answers_as_invalid(INT_MIN + 1) && answers_as_invalid(-1) &&
              answers_as_invalid(600) && answers_as_invalid(INT_MAX));

// Every known code, as listed by all(), parses back from phrase and name.
constexpr bool every_known_code_parses_back() {
  for (const auto& info : httpstatus::all()) {
    if (httpstatus::parse(info.reason_phrase) != info.value || httpstatus::parse(info.name) != info.value) {
      return false;
    }
  }
  return true;
}
static_assert(every_known_code_parses_back());

}  // namespace
