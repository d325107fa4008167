// Every query, for every int in [0, 1000) and in a few extreme values,
// evaluated during constant evaluation: undefined behaviour would be a
// compile error here.
#include "support/httpstatus_api.hpp"

#include <climits>

#include "support/overloads_agree.hpp"

namespace {

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
    if (!invariants::overloads_agree(value)) {
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
