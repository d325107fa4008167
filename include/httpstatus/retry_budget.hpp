// SPDX-License-Identifier: MIT
// Retry budgets: a cap on retries across all of a client's requests, so that
// an outage or an overload is not multiplied by every client's retries.
//
//   retry_budget budget;                     // retry_budgets::standard; share it across threads
//   advise_retry(status, method, retry_after, attempt, policy, budget)
//       as advise_retry, but "no retry" once the budget is spent
//   budget.on_success(attempt);              // after every success
//
// Everything is noexcept, lock-free (std::atomic) and allocation-free.
#ifndef HTTPSTATUS_RETRY_BUDGET_HPP
#define HTTPSTATUS_RETRY_BUDGET_HPP

#include <httpstatus/retry.hpp>

#include <atomic>
#include <cstdint>
#include <string_view>

HTTPSTATUS_BEGIN_NAMESPACE

// A budget's rules, as a value. Amounts are in thousandths of a token (1000
// is one token), the precision gRPC gives tokenRatio. The defaults are those
// of retry_budgets::standard: copy a preset and change what you need.
struct retry_budget_policy {
  std::string_view name = "httpstatus";
  std::uint32_t capacity = 5000;            // the most the budget holds; it starts full
  std::uint32_t retry_cost = 1000;          // taken by each retry granted
  std::uint32_t timeout_retry_cost = 1000;  // taken instead for a retry after a response timeout
  std::uint32_t retry_threshold = 0;        // retries are granted only while the level is above this
  std::uint32_t failure_cost = 0;           // taken by each failed attempt (on_failure)
  std::uint32_t success_credit = 100;       // given by each success (on_success)...
  bool refund_retry_cost = false;           // ...but a success after retries gives back the last retry's cost
};

namespace retry_budgets {

// Ours: retries may add at most a tenth to the requests that succeed, plus a
// burst of 5. Each retry costs a token, each success earns 0.1; a client
// whose every request fails stops retrying after 5 retries, so an outage
// sees at most 5 retries per client, however long it lasts.
inline constexpr retry_budget_policy standard{};

// gRPC retry throttling (gRFC A6 "Client Retries", retryThrottling), with
// the proposal's example maxTokens 10 and tokenRatio 0.1: each failure takes
// a token, each success gives 0.1, retries only while more than half the
// tokens are left. A retry itself costs nothing more.
inline constexpr retry_budget_policy grpc{"grpc", 10000, 0, 0, 5000, 1000, 100, false};

// The AWS SDKs' retry quota in standard mode (as botocore and smithy
// implement it): 500 tokens; a retry takes 5, one after a timeout 10; a
// success on the first attempt gives 1 back, a success after retries gives
// back what the last retry took.
inline constexpr retry_budget_policy aws_standard{"aws-standard", 500000, 5000, 10000, 0, 0, 1000, true};

}  // namespace retry_budgets

// A token bucket shared by every thread of a client. Each operation is one
// compare-and-swap loop on one atomic; nothing blocks.
class retry_budget {
 public:
  explicit retry_budget(const retry_budget_policy& policy = retry_budgets::standard) noexcept
      : policy_(policy), level_(policy.capacity) {}
  retry_budget(const retry_budget&) = delete;
  retry_budget& operator=(const retry_budget&) = delete;

  // May one more retry be sent? Takes the retry's cost when it may.
  [[nodiscard]] bool try_retry() noexcept { return take_if_allowed(policy_.retry_cost); }

  // The same, for a retry after this transport failure (a response timeout
  // costs timeout_retry_cost).
  [[nodiscard]] bool try_retry(transport_failure failure) noexcept { return take_if_allowed(cost_after(failure)); }

  // A request succeeded at this attempt (1: the first).
  void on_success(int attempt = 1) noexcept {
    add(attempt > 1 && policy_.refund_retry_cost ? policy_.retry_cost : policy_.success_credit);
  }

  // The same, after the last retry followed this transport failure: a refund
  // gives back what that retry took.
  void on_success(int attempt, transport_failure retried_after) noexcept {
    add(attempt > 1 && policy_.refund_retry_cost ? cost_after(retried_after) : policy_.success_credit);
  }

  // An attempt failed (a status or transport failure worth a retry).
  void on_failure() noexcept { take_up_to(policy_.failure_cost); }

  // The tokens left and the most there can be, in thousandths of a token.
  [[nodiscard]] std::uint32_t level() const noexcept { return level_.load(std::memory_order_relaxed); }
  [[nodiscard]] std::uint32_t capacity() const noexcept { return policy_.capacity; }
  [[nodiscard]] const retry_budget_policy& policy() const noexcept { return policy_; }

 private:
  static_assert(std::atomic<std::uint32_t>::is_always_lock_free, "retry_budget needs a lock-free 32-bit atomic");

  [[nodiscard]] std::uint32_t cost_after(transport_failure failure) const noexcept {
    return failure == transport_failure::response_timeout ? policy_.timeout_retry_cost : policy_.retry_cost;
  }

  bool take_if_allowed(std::uint32_t cost) noexcept {
    std::uint32_t current = level_.load(std::memory_order_relaxed);
    do {
      if (current <= policy_.retry_threshold || current < cost) {
        return false;
      }
    } while (!level_.compare_exchange_weak(current, current - cost, std::memory_order_relaxed));
    return true;
  }

  void take_up_to(std::uint32_t amount) noexcept {
    std::uint32_t current = level_.load(std::memory_order_relaxed);
    while (amount != 0 && current != 0 &&
           !level_.compare_exchange_weak(current, current > amount ? current - amount : 0, std::memory_order_relaxed)) {
    }
  }

  // Saturates at capacity; computed in 64 bits, so no policy overflows it.
  void add(std::uint32_t amount) noexcept {
    std::uint32_t current = level_.load(std::memory_order_relaxed);
    while (amount != 0 && current < policy_.capacity) {
      const std::uint64_t sum = std::uint64_t{current} + amount;
      const auto next = static_cast<std::uint32_t>(sum < policy_.capacity ? sum : policy_.capacity);
      if (level_.compare_exchange_weak(current, next, std::memory_order_relaxed)) {
        return;
      }
    }
  }

  const retry_budget_policy policy_;
  std::atomic<std::uint32_t> level_;
};

namespace detail {

inline constexpr std::string_view budget_spent_reason =
    "the retry budget is spent: this client has had too many failures or retries of late";

// A failed status counts against a budget when it says the server is in
// trouble (retry hint any_method or idempotent_only), not when the request
// itself was wrong (after_change): gRFC A6 counts only retryable failures, so
// as not to mistake malformed requests for a failing server.
constexpr bool signals_server_trouble(int value, const retry_policy& policy) noexcept {
  if (is_valid(value) && !is_error(value)) {
    return false;
  }
  const retry hint = policy.hints != nullptr ? policy.hints(value) : retry_hint(value);
  return hint == retry::any_method || hint == retry::idempotent_only;
}

inline retry_advice charge_status(int value, const retry_policy& policy, const retry_advice& advice,
                                  retry_budget& budget) noexcept {
  if (signals_server_trouble(value, policy)) {
    budget.on_failure();
  }
  if (advice.retry && !budget.try_retry()) {
    return no_retry(budget_spent_reason);
  }
  return advice;
}

// Every transport failure counts: a server that refuses connections is the
// outage a budget is for.
inline retry_advice charge_transport(transport_failure failure, const retry_advice& advice,
                                     retry_budget& budget) noexcept {
  budget.on_failure();
  if (advice.retry && !budget.try_retry(failure)) {
    return no_retry(budget_spent_reason);
  }
  return advice;
}

}  // namespace detail

// advise_retry, then the budget's accounting for this failure: on_failure()
// for a failure that signals server trouble (a status whose retry hint is
// any_method or idempotent_only, or any transport failure), then, only when
// the advice is to retry, try_retry(); when the budget refuses, the advice is
// not to retry. A retry refused for another reason spends nothing. Call
// budget.on_success(attempt) after a success.
[[nodiscard]] inline retry_advice advise_retry(status_value status, std::string_view method,
                                               const retry_after_value& retry_after, int attempt, sys_seconds now,
                                               const retry_policy& policy, std::uint64_t random,
                                               retry_budget& budget) noexcept {
  return detail::charge_status(status.get(), policy,
                               advise_retry(status, method, retry_after, attempt, now, policy, random), budget);
}

// The same without jitter: the full backoff, as advise_retry without `random`.
[[nodiscard]] inline retry_advice advise_retry(status_value status, std::string_view method,
                                               const retry_after_value& retry_after, int attempt, sys_seconds now,
                                               const retry_policy& policy, retry_budget& budget) noexcept {
  return detail::charge_status(status.get(), policy, advise_retry(status, method, retry_after, attempt, now, policy),
                               budget);
}

// The same against the system clock, with jitter from a per-thread generator.
[[nodiscard]] inline retry_advice advise_retry(status_value status, std::string_view method,
                                               const retry_after_value& retry_after, int attempt,
                                               const retry_policy& policy, retry_budget& budget) noexcept {
  return detail::charge_status(status.get(), policy, advise_retry(status, method, retry_after, attempt, policy),
                               budget);
}
[[nodiscard]] inline retry_advice advise_retry(status_value status, std::string_view method,
                                               const retry_after_value& retry_after, int attempt,
                                               retry_budget& budget) noexcept {
  return advise_retry(status, method, retry_after, attempt, retry_policies::standard, budget);
}

// After a transport failure; a retry after a response timeout costs the
// policy's timeout_retry_cost.
[[nodiscard]] inline retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                               sys_seconds now, const retry_policy& policy, std::uint64_t random,
                                               retry_budget& budget) noexcept {
  return detail::charge_transport(failure, advise_retry(failure, method, attempt, now, policy, random), budget);
}
[[nodiscard]] inline retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                               sys_seconds now, const retry_policy& policy,
                                               retry_budget& budget) noexcept {
  return detail::charge_transport(failure, advise_retry(failure, method, attempt, now, policy), budget);
}
[[nodiscard]] inline retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                               const retry_policy& policy, retry_budget& budget) noexcept {
  return detail::charge_transport(failure, advise_retry(failure, method, attempt, policy), budget);
}
[[nodiscard]] inline retry_advice advise_retry(transport_failure failure, std::string_view method, int attempt,
                                               retry_budget& budget) noexcept {
  return advise_retry(failure, method, attempt, retry_policies::standard, budget);
}

HTTPSTATUS_END_NAMESPACE

#endif  // HTTPSTATUS_RETRY_BUDGET_HPP
