// Invariants over every int in a wide window and every 16-bit code value.
#include "support/httpstatus_api.hpp"

#include <climits>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "support/catch.hpp"
#include "support/overloads_agree.hpp"

using httpstatus::code;
using httpstatus::retry;
using httpstatus::status_class;

namespace {

int predicates_true(int value) {
  return int{httpstatus::is_informational(value)} + int{httpstatus::is_success(value)} +
         int{httpstatus::is_redirection(value)} + int{httpstatus::is_client_error(value)} +
         int{httpstatus::is_server_error(value)};
}

status_class class_from_first_digit(int value) {
  switch (value / 100) {
    case 1: return status_class::informational;
    case 2: return status_class::success;
    case 3: return status_class::redirection;
    case 4: return status_class::client_error;
    default: return status_class::server_error;
  }
}

// Checks one value and returns false at the first broken invariant, so the
// walk reports only failing values instead of millions of assertions.
bool invariants_hold(int value) {
  const bool valid = value >= 100 && value <= 599;
  const bool known = httpstatus::is_known(value);
  const status_class category = httpstatus::class_of(value);
  if (httpstatus::is_valid(value) != valid || (known && !valid)) {
    return false;
  }
  if (valid) {
    if (category != class_from_first_digit(value) || predicates_true(value) != 1) {
      return false;
    }
  } else if (category != status_class::invalid || predicates_true(value) != 0) {
    return false;
  }
  if (httpstatus::is_error(value) !=
      (category == status_class::client_error || category == status_class::server_error)) {
    return false;
  }
  if (!known) {
    const int class_default = valid ? value / 100 * 100 : 500;
    return httpstatus::reason_phrase(value).empty() && httpstatus::description(value).empty() &&
           httpstatus::name(value).empty() && !httpstatus::find(value).has_value() &&
           !httpstatus::is_cacheable_by_default(value) &&
           httpstatus::retry_hint(value) == httpstatus::retry_hint(class_default) &&
           httpstatus::allows_content(value) == httpstatus::allows_content(class_default) &&
           httpstatus::retry_after_applies(value) == httpstatus::retry_after_applies(class_default);
  }
  const auto info = httpstatus::find(value);
  return info.has_value() && static_cast<int>(info->value) == value && !info->reason_phrase.empty() &&
         info->reason_phrase == httpstatus::reason_phrase(value) && info->category == category &&
         info->retry_hint == httpstatus::retry_hint(value) && httpstatus::parse(info->reason_phrase) == info->value &&
         httpstatus::parse(info->name) == info->value;
}

}  // namespace

// The values in [first, last] and `extra` for which `holds` is false.
template <class Check>
std::vector<int> failing_values(int first, int last, std::initializer_list<int> extra, Check holds) {
  std::vector<int> failures;
  for (int value = first;; ++value) {
    if (!holds(value)) {
      failures.push_back(value);
    }
    if (value == last) {
      break;
    }
  }
  for (const int value : extra) {
    if (!holds(value)) {
      failures.push_back(value);
    }
  }
  return failures;
}

TEST_CASE("invariants hold for every int in [-100000, 100000] and at the extremes") {
  const auto failures = failing_values(-100000, 100000, {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX}, invariants_hold);
  INFO("first failing value " << (failures.empty() ? 0 : failures.front()));
  CHECK(failures.empty());
}

TEST_CASE("code overloads agree with int overloads for every 16-bit value") {
  const auto failures = failing_values(
      0, 0xFFFF, {}, [](int value) { return invariants::overloads_agree(value) && invariants_hold(value); });
  INFO("first failing value " << (failures.empty() ? 0 : failures.front()));
  CHECK(failures.empty());
}

TEST_CASE("every valid code round-trips through its three digits") {
  for (int value = 100; value <= 599; ++value) {
    const std::string digits = std::to_string(value);
    const auto result = httpstatus::parse(digits);
    REQUIRE(result.has_value());
    CHECK(static_cast<int>(*result) == value);
  }
}
