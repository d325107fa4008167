// SPDX-License-Identifier: MIT
// Retry policies that take a vendor's retry hints (extensions.hpp) for the
// codes that vendor defines, and the core's hints for every other code.
//
//   constexpr auto behind_cloudflare = with_vendor(retry_policies::standard, vendor::cloudflare);
//   advise_retry(522, "POST", {}, 1, now, behind_cloudflare)   retries: 522 never reached the origin
//   advise_retry(524, "POST", {}, 1, now, behind_cloudflare)   does not: the origin had the request
//
// A separate header so that extensions.hpp needs only the core header.
#ifndef HTTPSTATUS_EXTENSIONS_RETRY_HPP
#define HTTPSTATUS_EXTENSIONS_RETRY_HPP

#include <httpstatus/extensions.hpp>
#include <httpstatus/retry.hpp>

#include <cstddef>
#include <utility>

HTTPSTATUS_BEGIN_NAMESPACE

namespace detail {

template <vendor Maker>
constexpr retry vendor_retry_hint(int value) noexcept {
  return retry_hint(value, Maker);
}

using hint_function = retry (*)(int) noexcept;

// One hint function per vendor, indexed by the vendor's value.
template <class Indexes>
struct vendor_hint_table;

template <std::size_t... Index>
struct vendor_hint_table<std::index_sequence<Index...>> {
  static constexpr hint_function functions[sizeof...(Index)] = {&vendor_retry_hint<static_cast<vendor>(Index)>...};
};

using vendor_hints = vendor_hint_table<std::make_index_sequence<extension_detail::vendor_count>>;

}  // namespace detail

// The same policy, deciding by the vendor's retry hints for the vendor's
// codes (retry_hint(code, vendor)) and by the core's for any other code. Only
// decisions by retry hint read hints: a policy with a list of codes (curl,
// urllib3...) is unchanged but for its `hints`. A vendor value outside the
// enumeration gives the core's hints.
[[nodiscard]] constexpr retry_policy with_vendor(const retry_policy& policy, vendor maker) noexcept {
  retry_policy result = policy;
  const auto index = static_cast<std::size_t>(maker);
  result.hints = index < extension_detail::vendor_count ? detail::vendor_hints::functions[index] : nullptr;
  return result;
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_EXTENSIONS_RETRY_HPP
