// Invariants over every int in a wide window and every 16-bit code value.
#include <httpstatus/httpstatus.hpp>

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "support/catch.hpp"

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

TEST_CASE("invariants hold for every int in [-100000, 100000] and at the extremes") {
  std::vector<int> failures;
  for (int value = -100000; value <= 100000; ++value) {
    if (!invariants_hold(value)) {
      failures.push_back(value);
    }
  }
  for (const int value : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX}) {
    if (!invariants_hold(value)) {
      failures.push_back(value);
    }
  }
  CHECK(failures.empty());
  if (!failures.empty()) {
    INFO("first failing value " << failures.front());
    CHECK(false);
  }
}

TEST_CASE("code overloads agree with int overloads for every 16-bit value") {
  std::vector<int> failures;
  for (int value = 0; value <= 0xFFFF; ++value) {
    const auto c = static_cast<code>(value);
    const bool agree = httpstatus::is_valid(c) == httpstatus::is_valid(value) &&
                       httpstatus::is_known(c) == httpstatus::is_known(value) &&
                       httpstatus::class_of(c) == httpstatus::class_of(value) &&
                       httpstatus::reason_phrase(c) == httpstatus::reason_phrase(value) &&
                       httpstatus::description(c) == httpstatus::description(value) &&
                       httpstatus::name(c) == httpstatus::name(value) &&
                       httpstatus::find(c).has_value() == httpstatus::find(value).has_value() &&
                       httpstatus::retry_hint(c) == httpstatus::retry_hint(value) &&
                       httpstatus::is_retryable(c, true) == httpstatus::is_retryable(value, true) &&
                       httpstatus::is_retryable(c, false) == httpstatus::is_retryable(value, false) &&
                       httpstatus::retry_after_applies(c) == httpstatus::retry_after_applies(value) &&
                       httpstatus::is_cacheable_by_default(c) == httpstatus::is_cacheable_by_default(value) &&
                       httpstatus::allows_content(c) == httpstatus::allows_content(value) &&
                       httpstatus::is_informational(c) == httpstatus::is_informational(value) &&
                       httpstatus::is_success(c) == httpstatus::is_success(value) &&
                       httpstatus::is_redirection(c) == httpstatus::is_redirection(value) &&
                       httpstatus::is_client_error(c) == httpstatus::is_client_error(value) &&
                       httpstatus::is_server_error(c) == httpstatus::is_server_error(value) &&
                       httpstatus::is_error(c) == httpstatus::is_error(value) && invariants_hold(value);
    if (!agree) {
      failures.push_back(value);
    }
  }
  CHECK(failures.empty());
  if (!failures.empty()) {
    INFO("first failing value " << failures.front());
    CHECK(false);
  }
}

TEST_CASE("every valid code round-trips through its three digits") {
  for (int value = 100; value <= 599; ++value) {
    const std::string digits = std::to_string(value);
    const auto result = httpstatus::parse(digits);
    REQUIRE(result.has_value());
    CHECK(static_cast<int>(*result) == value);
  }
}
