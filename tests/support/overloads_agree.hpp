// A check shared by the compile-time and run-time tests.
#ifndef HTTPSTATUS_TESTS_OVERLOADS_AGREE_HPP
#define HTTPSTATUS_TESTS_OVERLOADS_AGREE_HPP

#include "httpstatus_api.hpp"

namespace invariants {

// For value in [0, 65535] the int and code overloads must agree, and a
// known code must parse back from its phrase and name.
constexpr bool overloads_agree(int value) {
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

}  // namespace invariants

#endif
