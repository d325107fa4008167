#include "support/httpstatus_api.hpp"

#include <atomic>
#include <cstdint>
#include <thread>
#include <type_traits>
#include <vector>

#include "support/catch.hpp"
#include "support/splitmix64.hpp"

using httpstatus::retry_budget;
using httpstatus::retry_budget_policy;
using httpstatus::transport_failure;
namespace budgets = httpstatus::retry_budgets;

namespace {

constexpr std::uint32_t tokens(std::uint32_t whole) { return whole * 1000; }

void fail_times(retry_budget& budget, int times) {
  for (int i = 0; i < times; ++i) {
    budget.on_failure();
  }
}

void succeed_times(retry_budget& budget, int times, int attempt = 1) {
  for (int i = 0; i < times; ++i) {
    budget.on_success(attempt);
  }
}

int grants(retry_budget& budget, int calls) {
  int granted = 0;
  for (int i = 0; i < calls; ++i) {
    granted += budget.try_retry() ? 1 : 0;
  }
  return granted;
}

}  // namespace

TEST_CASE("retry_budget: a value type's presets, a non-copyable budget") {
  STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<retry_budget>);
  STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<retry_budget>);
  STATIC_REQUIRE(std::is_nothrow_constructible_v<retry_budget, const retry_budget_policy&>);
  STATIC_REQUIRE(noexcept(std::declval<retry_budget&>().try_retry()));
  STATIC_REQUIRE(noexcept(std::declval<retry_budget&>().on_success()));
  STATIC_REQUIRE(noexcept(std::declval<retry_budget&>().on_failure()));
  STATIC_REQUIRE(budgets::standard.capacity == tokens(5));
  retry_budget budget;
  CHECK(budget.policy().name == "httpstatus");
  CHECK(budget.level() == budget.capacity());
}

// gRFC A6, "Throttling Retry Attempts and Hedged RPCs": token_count starts at
// maxTokens (10 in its example), each failure takes 1, each success gives
// tokenRatio (0.1), and "if token_count is less than or equal to the
// threshold (maxTokens / 2), RPCs will not be retried".
TEST_CASE("retry_budget: grpc throttling, as gRFC A6 describes it") {
  retry_budget budget(budgets::grpc);
  CHECK(budget.capacity() == tokens(10));

  SECTION("four failures leave 6 tokens: a retry, which takes nothing") {
    fail_times(budget, 4);
    CHECK(budget.level() == tokens(6));
    CHECK(budget.try_retry());
    CHECK(budget.level() == tokens(6));
  }
  SECTION("five failures leave exactly the threshold, 5: no retry") {
    fail_times(budget, 5);
    CHECK(budget.level() == tokens(5));
    CHECK_FALSE(budget.try_retry());
  }
  SECTION("one success above the threshold (5.1): retries again") {
    fail_times(budget, 5);
    budget.on_success();
    CHECK(budget.level() == 5100);
    CHECK(budget.try_retry());
  }
  SECTION("a tenth below the threshold (4.9): no retry") {
    fail_times(budget, 6);
    succeed_times(budget, 9);
    CHECK(budget.level() == 4900);
    CHECK_FALSE(budget.try_retry());
  }
  SECTION("a success after retries earns tokenRatio like any other") {
    fail_times(budget, 1);
    budget.on_success(3);
    CHECK(budget.level() == 9100);
  }
  SECTION("between 0 and maxTokens") {
    fail_times(budget, 25);
    CHECK(budget.level() == 0);
    succeed_times(budget, 1000);
    CHECK(budget.level() == tokens(10));
  }
  SECTION("each retry the throttle grants costs a failure first: three, then none") {
    // Requests of up to 4 attempts, every attempt failing.
    int retries = 0;
    for (int request = 0; request < 10; ++request) {
      for (int attempt = 1;; ++attempt) {
        budget.on_failure();
        if (attempt == 4 || !budget.try_retry()) {
          break;
        }
        ++retries;
      }
    }
    // Failures take 10 -> 9, 8, 7 (a retry after each), 6 (the 4th attempt:
    // the request is over), 5 (the next request: at the threshold, none).
    CHECK(retries == 3);
  }
}

// The AWS SDKs' retry quota (botocore retries/quota.py and standard.py; the
// smithy TypeScript constants): 500 tokens; a retry costs 5, after a timeout
// 10; a success without retry returns 1, a success after a retry returns that
// retry's cost; never above 500.
TEST_CASE("retry_budget: the AWS SDKs' retry quota") {
  retry_budget budget(budgets::aws_standard);
  CHECK(budget.capacity() == tokens(500));

  SECTION("100 retries at 5 tokens, then none") {
    CHECK(grants(budget, 99) == 99);
    CHECK(budget.level() == tokens(5));  // exactly one retry's cost: granted
    CHECK(budget.try_retry());
    CHECK(budget.level() == 0);
    CHECK_FALSE(budget.try_retry());
  }
  SECTION("4 tokens, one below a retry's cost: none; 5: one") {
    CHECK(grants(budget, 100) == 100);
    succeed_times(budget, 4);
    CHECK(budget.level() == tokens(4));
    CHECK_FALSE(budget.try_retry());
    budget.on_success();
    CHECK(budget.try_retry());
  }
  SECTION("a timeout retry costs 10: refused at 5 tokens, granted at 10") {
    CHECK(grants(budget, 99) == 99);
    CHECK_FALSE(budget.try_retry(transport_failure::response_timeout));
    CHECK(budget.try_retry(transport_failure::connect_failed));  // any other failure: 5
    succeed_times(budget, 10);
    CHECK(budget.level() == tokens(10));
    CHECK(budget.try_retry(transport_failure::response_timeout));
    CHECK(budget.level() == 0);
  }
  SECTION("refunds: 1 for a first-attempt success, the retry's cost after a retry") {
    CHECK(grants(budget, 10) == 10);
    budget.on_success();
    CHECK(budget.level() == tokens(451));
    budget.on_success(2);
    CHECK(budget.level() == tokens(456));
    budget.on_success(2, transport_failure::response_timeout);
    CHECK(budget.level() == tokens(466));
    budget.on_success(2, transport_failure::closed_before_response);
    CHECK(budget.level() == tokens(471));
  }
  SECTION("failures cost nothing; successes never go above 500") {
    fail_times(budget, 1000);
    CHECK(budget.level() == tokens(500));
    CHECK(budget.try_retry());
    succeed_times(budget, 3, 2);
    CHECK(budget.level() == tokens(500));
  }
}

// Ours, as README states it: 5 tokens, a retry costs 1, a success earns 0.1,
// failures cost nothing.
TEST_CASE("retry_budget: the standard budget") {
  retry_budget budget;
  CHECK(grants(budget, 100) == 5);
  fail_times(budget, 10);
  CHECK(budget.level() == 0);
  succeed_times(budget, 9);
  CHECK(budget.level() == 900);
  CHECK_FALSE(budget.try_retry());  // 0.9 tokens: one below a retry's cost
  budget.on_success(4);             // any success earns 0.1
  CHECK(budget.level() == tokens(1));
  CHECK(budget.try_retry());  // exactly one retry's cost
  CHECK_FALSE(budget.try_retry());
  succeed_times(budget, 51);
  CHECK(budget.level() == tokens(5));  // 5.1 capped at 5
}

TEST_CASE("retry_budget: extreme policies keep the level in bounds") {
  SECTION("a credit larger than the room left saturates at capacity") {
    constexpr retry_budget_policy wide{"wide", 0xFFFFFFFF, 1, 1, 0, 0xFFFFFFFF, 0xFFFFFFFF, false};
    retry_budget budget(wide);
    CHECK(budget.try_retry());
    budget.on_success();
    CHECK(budget.level() == 0xFFFFFFFF);
    budget.on_failure();
    CHECK(budget.level() == 0);
    CHECK_FALSE(budget.try_retry());
  }
  SECTION("an empty budget grants nothing, even retries that cost nothing") {
    constexpr retry_budget_policy empty{"empty", 0, 0, 0, 0, 0, 0, false};
    retry_budget budget(empty);
    CHECK_FALSE(budget.try_retry());
    budget.on_success();
    CHECK(budget.level() == 0);
  }
}

namespace {

constexpr int thread_count = 8;

template <class Work>
void run_together(Work work) {
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  threads.reserve(thread_count);
  for (int index = 0; index < thread_count; ++index) {
    threads.emplace_back([&go, &work, index] {
      while (!go.load(std::memory_order_acquire)) {
        std::this_thread::yield();
      }
      work(index);
    });
  }
  go.store(true, std::memory_order_release);
  for (auto& thread : threads) {
    thread.join();
  }
}

}  // namespace

TEST_CASE("retry_budget: eight threads, a million operations, the level in bounds") {
  const retry_budget_policy policy = GENERATE(budgets::standard, budgets::grpc, budgets::aws_standard);
  INFO(policy.name);
  retry_budget budget(policy);
  constexpr int operations_per_thread = 1000000 / thread_count;
  std::atomic<int> out_of_bounds{0};
  std::atomic<int> operations{0};
  std::atomic<int> granted{0};
  run_together([&](int index) {
    splitmix64 random(static_cast<std::uint64_t>(index) + 1);
    int done = 0;
    int my_grants = 0;
    for (; done < operations_per_thread; ++done) {
      const std::uint64_t draw = random.next() % 4;
      if (draw == 0) {
        my_grants += budget.try_retry(transport_failure::response_timeout) ? 1 : 0;
      } else if (draw == 1) {
        my_grants += budget.try_retry() ? 1 : 0;
      } else if (draw == 2) {
        budget.on_failure();
      } else {
        budget.on_success(static_cast<int>(random.next() % 3) + 1);
      }
      if (budget.level() > policy.capacity) {
        out_of_bounds.fetch_add(1);
      }
    }
    operations.fetch_add(done);
    granted.fetch_add(my_grants);
  });
  CHECK(operations.load() == 1000000);
  CHECK(out_of_bounds.load() == 0);
  CHECK(budget.level() <= policy.capacity);
  CHECK(granted.load() > 0);  // the mix did exercise grants, not only refusals
}

TEST_CASE("retry_budget: concurrent try_retry grants exactly what one thread would") {
  constexpr int calls_per_thread = 1000;
  // From the policies' documented numbers: 5 tokens at 1 a retry; 500 at 5
  // (100 retries); grpc's retries take nothing, so all 8000 are granted.
  const auto [policy, documented] = GENERATE(table<retry_budget_policy, int>(
      {{budgets::standard, 5}, {budgets::aws_standard, 100}, {budgets::grpc, thread_count * calls_per_thread}}));
  INFO(policy.name);
  // What one thread's 8000 calls grant on a fresh budget.
  retry_budget alone(policy);
  const int expected = grants(alone, thread_count * calls_per_thread);
  CHECK(expected == documented);

  retry_budget shared(policy);
  std::atomic<int> granted{0};
  run_together([&](int) { granted.fetch_add(grants(shared, calls_per_thread)); });
  CHECK(granted.load() == expected);
  CHECK(shared.level() == alone.level());
}

namespace {

using httpstatus::advise_retry;
using httpstatus::code;
constexpr httpstatus::sys_seconds now{std::chrono::seconds(1764460800)};  // 2025-11-30
constexpr std::uint64_t random_value = 12345;
const auto& policy = httpstatus::retry_policies::standard;

bool says_budget_spent(const httpstatus::retry_advice& advice) {
  return !advice.retry && advice.delay == std::chrono::milliseconds(0) &&
         advice.reason.find("budget") != std::string_view::npos;
}

}  // namespace

TEST_CASE("advise_retry with a budget: responses") {
  SECTION("a retry the policy allows is taken from the budget, with the same delay") {
    retry_budget budget;
    const auto alone = advise_retry(code::service_unavailable, "GET", std::nullopt, 1, now, policy, random_value);
    const auto advice =
        advise_retry(code::service_unavailable, "GET", std::nullopt, 1, now, policy, random_value, budget);
    REQUIRE(alone.retry);
    CHECK(advice.retry);
    CHECK(advice.delay == alone.delay);
    CHECK(advice.reason == alone.reason);
    CHECK(budget.level() == tokens(4));
  }
  SECTION("the standard budget's 5 retries, then no retry: the budget is spent") {
    retry_budget budget;
    for (int request = 0; request < 5; ++request) {
      CHECK(advise_retry(503, "POST", std::nullopt, 1, now, policy, random_value, budget).retry);
    }
    const auto refused = advise_retry(503, "POST", std::nullopt, 1, now, policy, random_value, budget);
    CHECK(says_budget_spent(refused));
    CHECK(budget.level() == 0);
  }
  SECTION("a retry refused for another reason spends nothing") {
    retry_budget budget;
    const auto not_found = advise_retry(code::not_found, "GET", std::nullopt, 1, now, policy, random_value, budget);
    const auto post_500 = advise_retry(500, "POST", std::nullopt, 1, now, policy, random_value, budget);
    const auto last_attempt = advise_retry(503, "GET", std::nullopt, 4, now, policy, random_value, budget);
    for (const auto& advice : {not_found, post_500, last_attempt}) {
      CHECK_FALSE(advice.retry);
      CHECK_FALSE(says_budget_spent(advice));
    }
    CHECK(budget.level() == tokens(5));
  }
  SECTION("gRPC counts failures that signal server trouble, not requests that were wrong") {
    retry_budget budget(budgets::grpc);
    (void)advise_retry(code::not_found, "GET", std::nullopt, 1, now, policy, random_value, budget);
    (void)advise_retry(code::ok, "GET", std::nullopt, 1, now, policy, random_value, budget);
    CHECK(budget.level() == tokens(10));
    (void)advise_retry(500, "POST", std::nullopt, 1, now, policy, random_value, budget);  // no retry, still trouble
    (void)advise_retry(503, "GET", std::nullopt, 4, now, policy, random_value, budget);   // the last attempt
    CHECK(budget.level() == tokens(8));
    CHECK(advise_retry(429, "GET", std::nullopt, 1, now, policy, random_value, budget).retry);               // 7 > 5
    (void)advise_retry(429, "GET", std::nullopt, 1, now, policy, random_value, budget);                      // 6
    CHECK(says_budget_spent(advise_retry(503, "GET", std::nullopt, 1, now, policy, random_value, budget)));  // 5
  }
}

TEST_CASE("advise_retry with a budget: transport failures and the clock-reading forms") {
  SECTION("AWS: 10 tokens after a response timeout, 5 after others; none when not retried") {
    retry_budget budget(budgets::aws_standard);
    CHECK(advise_retry(transport_failure::response_timeout, "GET", 1, now, policy, random_value, budget).retry);
    CHECK(budget.level() == tokens(490));
    CHECK(advise_retry(transport_failure::connect_failed, "POST", 1, now, policy, random_value, budget).retry);
    CHECK(budget.level() == tokens(485));
    // The server may have acted on a POST: no retry, nothing spent.
    CHECK_FALSE(
        advise_retry(transport_failure::closed_before_response, "POST", 1, now, policy, random_value, budget).retry);
    CHECK(budget.level() == tokens(485));
  }
  SECTION("every transport failure counts for gRPC") {
    retry_budget budget(budgets::grpc);
    for (int i = 0; i < 4; ++i) {
      CHECK(advise_retry(transport_failure::connect_failed, "POST", 1, now, policy, random_value, budget).retry);
    }
    CHECK(says_budget_spent(
        advise_retry(transport_failure::refused_stream, "POST", 1, now, policy, random_value, budget)));
    CHECK(budget.level() == tokens(5));
  }
  SECTION("the forms that read the clock spend the same") {
    retry_budget budget;
    CHECK(advise_retry(503, "GET", {}, 1, policy, budget).retry);
    CHECK(advise_retry(transport_failure::connect_failed, "GET", 1, policy, budget).retry);
    CHECK(budget.level() == tokens(3));
    CHECK_FALSE(advise_retry(404, "GET", {}, 1, policy, budget).retry);
    CHECK(budget.level() == tokens(3));
    budget.on_success(1, transport_failure::connect_failed);  // first attempt: the success credit
    CHECK(budget.level() == 3100);
  }
  SECTION("without a policy: the standard one; without random: the full backoff") {
    retry_budget budget;
    CHECK(advise_retry(503, "GET", nullptr, 1, budget).retry);
    CHECK(advise_retry(transport_failure::connect_failed, "POST", 1, budget).retry);
    CHECK_FALSE(advise_retry(transport_failure::response_timeout, "POST", 1, budget).retry);  // standard's rule
    const auto full = advise_retry(503L, "GET", {}, 2, now, policy, budget);
    CHECK(full.retry);
    CHECK(full.delay == std::chrono::milliseconds(400));  // 200 ms doubled, no jitter
    CHECK(advise_retry(transport_failure::refused_stream, "POST", 3, now, policy, budget).delay ==
          std::chrono::milliseconds(800));
    CHECK(budget.level() == tokens(1));  // 5 tokens, 4 retries granted
    CHECK(advise_retry(503, "GET", {}, 1, now, policy, budget).retry);
    CHECK(says_budget_spent(advise_retry(503, "GET", {}, 1, now, policy, budget)));
  }
}
