// Every query takes a code or any integer type, without conversion warnings
// in the caller's code (this file builds with -Wconversion -Wsign-conversion
// -Werror), and a value that int cannot hold is invalid, never wrapped into
// a valid code.
#include "support/httpstatus_api.hpp"

#include <climits>
#include <cstddef>
#include <cstdint>

#include "support/catch.hpp"

namespace {

using httpstatus::code;
using httpstatus::status_class;

// 404 and 503 in every integer type a client may hold a status in.
template <class Integer>
constexpr bool answers_like_int() {
  const auto not_found = static_cast<Integer>(404);
  const auto unavailable = static_cast<Integer>(503);
  return httpstatus::is_valid(not_found) && httpstatus::is_known(not_found) &&
         httpstatus::reason_phrase(not_found) == "Not Found" && httpstatus::name(not_found) == "not_found" &&
         !httpstatus::description(not_found).empty() && httpstatus::find(not_found)->value == code::not_found &&
         httpstatus::class_of(not_found) == status_class::client_error && httpstatus::is_client_error(not_found) &&
         httpstatus::is_error(not_found) && !httpstatus::is_server_error(not_found) &&
         httpstatus::is_server_error(unavailable) && !httpstatus::is_success(unavailable) &&
         !httpstatus::is_informational(unavailable) && !httpstatus::is_redirection(unavailable) &&
         httpstatus::retry_hint(unavailable) == httpstatus::retry::any_method &&
         httpstatus::is_retryable(unavailable, false) && httpstatus::retry_after_applies(unavailable) &&
         httpstatus::is_cacheable_by_default(not_found) && httpstatus::allows_content(not_found) &&
         httpstatus::to_code(not_found) == code::not_found;
}

static_assert(answers_like_int<short>());
static_assert(answers_like_int<unsigned short>());
static_assert(answers_like_int<int>());
static_assert(answers_like_int<unsigned>());
static_assert(answers_like_int<long>());
static_assert(answers_like_int<unsigned long>());
static_assert(answers_like_int<long long>());
static_assert(answers_like_int<unsigned long long>());
static_assert(answers_like_int<std::size_t>());
static_assert(answers_like_int<std::ptrdiff_t>());
static_assert(answers_like_int<std::int16_t>());
static_assert(answers_like_int<std::uint16_t>());
static_assert(answers_like_int<std::int64_t>());
static_assert(answers_like_int<std::uint64_t>());

// A value beyond int that would wrap to a valid code in 32 bits or 16 bits.
template <class Integer>
constexpr bool answers_as_invalid(Integer value) {
  return !httpstatus::is_valid(value) && !httpstatus::is_known(value) && httpstatus::reason_phrase(value).empty() &&
         httpstatus::name(value).empty() && httpstatus::description(value).empty() &&
         !httpstatus::find(value).has_value() && httpstatus::class_of(value) == status_class::invalid &&
         !httpstatus::is_error(value) && !httpstatus::is_client_error(value) && !httpstatus::to_code(value) &&
         !httpstatus::is_cacheable_by_default(value) &&
         httpstatus::retry_hint(value) == httpstatus::retry::idempotent_only;  // as 500
}

static_assert(answers_as_invalid(4294967700LL));   // 2^32 + 404
static_assert(answers_as_invalid(4294967700ULL));  // the same, unsigned
static_assert(answers_as_invalid(-4294966892LL));  // -2^32 + 404
static_assert(answers_as_invalid(static_cast<unsigned>(INT_MAX) + 405U));
static_assert(answers_as_invalid(static_cast<std::size_t>(-1)));
static_assert(answers_as_invalid(LLONG_MIN) && answers_as_invalid(LLONG_MAX) && answers_as_invalid(ULLONG_MAX));

// At the edges of int: INT_MAX and INT_MIN are ints (invalid codes), one
// beyond them is not an int.
static_assert(answers_as_invalid(static_cast<long long>(INT_MAX)) &&
              answers_as_invalid(static_cast<long long>(INT_MAX) + 1) &&
              answers_as_invalid(static_cast<long long>(INT_MIN)) &&
              answers_as_invalid(static_cast<long long>(INT_MIN) - 1));

// to_code: the code for 100..599, known or not; nullopt one beyond.
static_assert(!httpstatus::to_code(99) && httpstatus::to_code(100) == code::continue_ &&
              httpstatus::to_code(599L) == static_cast<code>(599) && !httpstatus::to_code(600U));
static_assert(httpstatus::to_code(299) == static_cast<code>(299));
static_assert(!httpstatus::to_code(65936L));  // 65936 = 65536 + 400: a 16-bit cast would give 400

}  // namespace

TEST_CASE("to_code and wide integers at run time") {
  volatile long long wrapped = 65936;
  CHECK_FALSE(httpstatus::to_code(wrapped));
  CHECK(static_cast<int>(static_cast<code>(static_cast<std::uint16_t>(wrapped))) == 400);  // what a cast would do
  const long curl_status = 429;  // CURLINFO_RESPONSE_CODE is a long
  CHECK(httpstatus::reason_phrase(curl_status) == "Too Many Requests");
  const unsigned beast_status = 418U;  // Beast's result_int() is unsigned
  CHECK(httpstatus::reason_phrase(beast_status) == "I'm a teapot");
  CHECK(httpstatus::to_code(std::size_t{503}) == code::service_unavailable);
}
