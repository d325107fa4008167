// A deterministic simulation of many clients retrying against one server,
// with and without retry budgets: a virtual clock in milliseconds, a seeded
// generator, no threads, no sleeping, no network. The clients decide with the
// library's own advise_retry and retry_budget.
//
//   retry_storm [--csv DIR] [--check] [--markdown]
//
// Prints a table of every scenario x configuration (--markdown: as README
// shows it); --csv writes
// results.csv and the per-second series the chart is drawn from; --check
// exits non-zero when a target of README's "Retry budgets" section fails.
#include <httpstatus/retry_budget.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

#include "support/splitmix64.hpp"

namespace {

using httpstatus::retry_budget;
using httpstatus::retry_budget_policy;
namespace budgets = httpstatus::retry_budgets;

constexpr int client_count = 1000;
constexpr std::int64_t request_interval_ms = 1000;  // each client: one request per virtual second
constexpr std::int64_t ms_per_s = 1000;

// The server's work, in sixtieths of a served request, so that both
// capacities below are whole numbers per millisecond.
constexpr std::int64_t served_cost = 60;
constexpr std::int64_t rejected_cost = 6;              // a rejection costs a tenth of a served request
constexpr std::int64_t burst_ms = 100;                 // unused capacity is kept for at most 100 ms
constexpr std::int64_t ample_capacity_per_ms = 75;     // 1250 requests/s: 25 % headroom over 1000 offered
constexpr std::int64_t overload_capacity_per_ms = 40;  // 666.7 requests/s: 1000 offered is 1.5x

enum class scenario_kind { outage, sparse, overload };

struct scenario {
  const char* name;
  scenario_kind kind;
  std::int64_t window_begin_ms;  // what the figures measure
  std::int64_t window_end_ms;
  std::int64_t end_ms;  // the run goes on after the window, for outcomes
  std::int64_t capacity_per_ms;
};

// Total outage: every request gets 503 (no Retry-After) from 30 s to 90 s.
// Sparse: 1 % of the attempts the server takes fail with 503, independently.
// Overload: 1000 requests/s offered to a server that can serve 666.7.
constexpr scenario scenarios[] = {
    {"outage", scenario_kind::outage, 30000, 90000, 150000, ample_capacity_per_ms},
    {"sparse", scenario_kind::sparse, 0, 120000, 130000, ample_capacity_per_ms},
    {"overload", scenario_kind::overload, 0, 120000, 130000, overload_capacity_per_ms},
};

enum class budget_scope { none, per_client, shared };

// Every configuration but "no retries" follows retry_policies::standard;
// the budgets are per client (as each process of a fleet holds its own) but
// for "standard shared", one budget for all 1000 clients.
struct configuration {
  const char* name;
  bool retries;
  budget_scope scope;
  const retry_budget_policy* budget;
};

constexpr configuration configurations[] = {
    {"no retries", false, budget_scope::none, nullptr},
    {"no budget", true, budget_scope::none, nullptr},
    {"grpc", true, budget_scope::per_client, &budgets::grpc},
    {"aws_standard", true, budget_scope::per_client, &budgets::aws_standard},
    {"standard", true, budget_scope::per_client, &budgets::standard},
    {"standard shared", true, budget_scope::shared, &budgets::standard},
};

struct attempt {
  std::int32_t client;
  std::int32_t number;  // 1: the request's first attempt
  std::int64_t offered_ms;
};

struct second_counts {
  std::int64_t attempts = 0;
  std::int64_t successes = 0;
};

struct results {
  std::int64_t offered = 0;            // requests first offered in the window
  std::int64_t attempts = 0;           // attempts sent in the window
  std::int64_t successes = 0;          // successful attempts in the window
  std::int64_t final_successes = 0;    // requests offered in the window that succeeded in the end
  std::int64_t retries_allowed = 0;    // in the window: the policy alone would retry
  std::int64_t retries_taken = 0;      // ...and the retry was sent
  double recovery_s = 0;               // outage only: from its end until every 100 ms has >= 99 % success
  std::vector<second_counts> seconds;  // the whole run, per virtual second

  double amplification() const { return static_cast<double>(attempts) / static_cast<double>(offered); }
  double final_success() const { return static_cast<double>(final_successes) / static_cast<double>(offered); }
  double retries_taken_share() const {
    return retries_allowed == 0 ? 1.0 : static_cast<double>(retries_taken) / static_cast<double>(retries_allowed);
  }
};

// The server: a bucket of work refilled every millisecond.
class server {
 public:
  server(const scenario& where, std::uint64_t seed) : scenario_(where), failures_(seed) {}

  void tick() {
    work_ += scenario_.capacity_per_ms;
    const std::int64_t most = scenario_.capacity_per_ms * burst_ms;
    if (work_ > most) {
      work_ = most;
    }
  }

  // true: served; false: 503 without Retry-After.
  bool answer(std::int64_t now_ms) {
    if (scenario_.kind == scenario_kind::outage && now_ms >= scenario_.window_begin_ms &&
        now_ms < scenario_.window_end_ms) {
      return false;  // down: a front end answers 503 at no cost to the server
    }
    if (work_ < served_cost) {
      work_ -= rejected_cost;  // may go below zero: rejecting is work too
      return false;
    }
    work_ -= served_cost;
    return !(scenario_.kind == scenario_kind::sparse && failures_.next() % 100 == 0);
  }

 private:
  const scenario& scenario_;
  splitmix64 failures_;
  std::int64_t work_ = 0;
};

class simulation {
 public:
  simulation(const scenario& where, const configuration& how)
      : scenario_(where), config_(how), server_(where, 0x5EED0001), jitter_(0x5EED0002) {
    const auto slots = static_cast<std::size_t>(where.end_ms + 1);
    calendar_.resize(slots);
    results_.seconds.resize(static_cast<std::size_t>(where.end_ms / ms_per_s + 1));
    if (how.scope == budget_scope::per_client) {
      for (int client = 0; client < client_count; ++client) {
        budgets_.emplace_back(*how.budget);
      }
    } else if (how.scope == budget_scope::shared) {
      budgets_.emplace_back(*how.budget);
    }
    completions_.resize(static_cast<std::size_t>(where.end_ms / recovery_bucket_ms + 1));
  }

  results run() {
    for (std::int64_t now = 0; now < scenario_.end_ms; ++now) {
      server_.tick();
      offer_new_requests(now);
      auto& due = calendar_[static_cast<std::size_t>(now)];
      for (std::size_t i = 0; i < due.size(); ++i) {  // handling may append retries due now
        send(due[i], now);
      }
      due.clear();
      due.shrink_to_fit();
    }
    results_.recovery_s = recovery_seconds();
    return results_;
  }

 private:
  static constexpr std::int64_t recovery_bucket_ms = 100;

  struct completion_counts {
    std::int64_t successes = 0;
    std::int64_t failures = 0;
  };

  bool in_window(std::int64_t ms) const { return ms >= scenario_.window_begin_ms && ms < scenario_.window_end_ms; }

  // Client c sends at c ms past each virtual second: one new request per ms.
  void offer_new_requests(std::int64_t now) {
    const std::int64_t client = now % request_interval_ms;
    if (client < client_count) {
      calendar_[static_cast<std::size_t>(now)].push_back({static_cast<std::int32_t>(client), 1, now});
      if (in_window(now)) {
        ++results_.offered;
      }
    }
  }

  retry_budget* budget_of(std::int32_t client) {
    switch (config_.scope) {
      case budget_scope::per_client: return &budgets_[static_cast<std::size_t>(client)];
      case budget_scope::shared: return &budgets_.front();
      case budget_scope::none: break;
    }
    return nullptr;
  }

  void send(attempt sent, std::int64_t now) {
    auto& second = results_.seconds[static_cast<std::size_t>(now / ms_per_s)];
    ++second.attempts;
    if (in_window(now)) {
      ++results_.attempts;
    }
    retry_budget* budget = budget_of(sent.client);
    if (server_.answer(now)) {
      ++second.successes;
      if (in_window(now)) {
        ++results_.successes;
      }
      if (budget != nullptr) {
        budget->on_success(sent.number);
      }
      complete(sent, now, true);
      return;
    }
    if (!config_.retries) {
      complete(sent, now, false);
      return;
    }
    decide_retry(sent, now, budget);
  }

  void decide_retry(attempt failed, std::int64_t now, retry_budget* budget) {
    using httpstatus::code;
    const httpstatus::sys_seconds clock{std::chrono::seconds(1764460800 + now / ms_per_s)};
    const auto& policy = httpstatus::retry_policies::standard;
    const std::uint64_t random = jitter_.next();
    const auto alone =
        advise_retry(code::service_unavailable, "GET", std::nullopt, failed.number, clock, policy, random);
    const auto advice = budget == nullptr ? alone
                                          : advise_retry(code::service_unavailable, "GET", std::nullopt, failed.number,
                                                         clock, policy, random, *budget);
    if (in_window(now) && alone.retry) {
      ++results_.retries_allowed;
      results_.retries_taken += advice.retry ? 1 : 0;
    }
    const std::int64_t due = now + advice.delay.count();
    if (!advice.retry || due >= scenario_.end_ms) {
      complete(failed, now, false);
      return;
    }
    calendar_[static_cast<std::size_t>(due)].push_back({failed.client, failed.number + 1, failed.offered_ms});
  }

  void complete(const attempt& last, std::int64_t now, bool succeeded) {
    if (succeeded && in_window(last.offered_ms)) {
      ++results_.final_successes;
    }
    auto& bucket = completions_[static_cast<std::size_t>(now / recovery_bucket_ms)];
    (succeeded ? bucket.successes : bucket.failures) += 1;
  }

  // From the outage's end to the end of the last 100 ms in which fewer than
  // 99 % of the requests completed succeeded.
  double recovery_seconds() const {
    if (scenario_.kind != scenario_kind::outage) {
      return 0;
    }
    std::int64_t recovered_at = scenario_.window_end_ms;
    for (std::int64_t start = scenario_.window_end_ms; start < scenario_.end_ms; start += recovery_bucket_ms) {
      const auto& bucket = completions_[static_cast<std::size_t>(start / recovery_bucket_ms)];
      if (bucket.successes * 100 < (bucket.successes + bucket.failures) * 99) {
        recovered_at = start + recovery_bucket_ms;
      }
    }
    return static_cast<double>(recovered_at - scenario_.window_end_ms) / 1000.0;
  }

  const scenario& scenario_;
  const configuration& config_;
  server server_;
  splitmix64 jitter_;
  std::vector<std::vector<attempt>> calendar_;
  std::deque<retry_budget> budgets_;
  std::vector<completion_counts> completions_;
  results results_;
};

double window_seconds(const scenario& where) {
  return static_cast<double>(where.window_end_ms - where.window_begin_ms) / 1000.0;
}

double capacity_per_s(const scenario& where) {
  return static_cast<double>(where.capacity_per_ms * ms_per_s) / static_cast<double>(served_cost);
}

double goodput_per_s(const scenario& where, const results& measured) {
  return static_cast<double>(measured.successes) / window_seconds(where);
}

// One row per scenario x configuration, in the given format (the columns
// of print_table's header); the recovery column only for the outage.
void print_rows(const results (&all)[3][6], const char* row_format, const char* recovery_format) {
  for (std::size_t s = 0; s < 3; ++s) {
    for (std::size_t c = 0; c < 6; ++c) {
      const auto& r = all[s][c];
      char recovery[16] = "-";
      if (scenarios[s].kind == scenario_kind::outage) {
        std::snprintf(recovery, sizeof recovery, recovery_format, r.recovery_s);
      }
      std::printf(row_format, scenarios[s].name, configurations[c].name, static_cast<long long>(r.offered),
                  static_cast<long long>(r.attempts), r.amplification(), goodput_per_s(scenarios[s], r),
                  100.0 * goodput_per_s(scenarios[s], r) / capacity_per_s(scenarios[s]), 100.0 * r.final_success(),
                  100.0 * r.retries_taken_share(), recovery);
    }
  }
}

void print_table(const results (&all)[3][6]) {
  std::printf("%-9s %-16s %8s %8s %7s %9s %8s %9s %9s %8s\n", "scenario", "configuration", "offered", "attempts",
              "ampl.", "goodput/s", "of cap.", "final ok", "retries", "recovery");
  print_rows(all, "%-9s %-16s %8lld %8lld %6.3fx %9.1f %7.2f%% %8.3f%% %8.2f%% %8s\n", "%.1fs");
  std::printf("retries: of the retries the policy alone would send, the share sent\n");
}

// The same figures as a Markdown table, as README shows them.
void print_markdown(const results (&all)[3][6]) {
  std::printf(
      "| scenario | configuration | offered | attempts | amplification | goodput/s | of capacity | final success | "
      "retries taken | recovery |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  print_rows(all, "| %s | %s | %lld | %lld | %.3fx | %.1f | %.2f %% | %.3f %% | %.2f %% | %s |\n", "%.1f s");
}

bool write_csv(const std::string& directory, const results (&all)[3][6]) {
  const std::string path = directory + "/results.csv";
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return false;
  }
  std::fprintf(out,
               "scenario,configuration,offered,attempts,amplification,goodput_per_s,goodput_of_capacity,"
               "final_success,retries_allowed,retries_taken,recovery_s\n");
  for (std::size_t s = 0; s < 3; ++s) {
    for (std::size_t c = 0; c < 6; ++c) {
      const auto& r = all[s][c];
      std::fprintf(out, "%s,%s,%lld,%lld,%.4f,%.1f,%.4f,%.6f,%lld,%lld,%.1f\n", scenarios[s].name,
                   configurations[c].name, static_cast<long long>(r.offered), static_cast<long long>(r.attempts),
                   r.amplification(), goodput_per_s(scenarios[s], r),
                   goodput_per_s(scenarios[s], r) / capacity_per_s(scenarios[s]), r.final_success(),
                   static_cast<long long>(r.retries_allowed), static_cast<long long>(r.retries_taken), r.recovery_s);
    }
  }
  std::fclose(out);
  // One file per scenario: per virtual second, attempts sent and successes
  // for each configuration (columns in the order of the table).
  for (std::size_t s = 0; s < 3; ++s) {
    const std::string series = directory + "/" + scenarios[s].name + "_per_second.csv";
    std::FILE* file = std::fopen(series.c_str(), "w");
    if (file == nullptr) {
      std::fprintf(stderr, "cannot write %s\n", series.c_str());
      return false;
    }
    std::fprintf(file, "second");
    for (const auto& config : configurations) {
      std::fprintf(file, ",%s attempts,%s successes", config.name, config.name);
    }
    std::fprintf(file, "\n");
    for (std::size_t second = 0; second + 1 < all[s][0].seconds.size(); ++second) {
      std::fprintf(file, "%zu", second);
      for (std::size_t c = 0; c < 6; ++c) {
        const auto& counts = all[s][c].seconds[second];
        std::fprintf(file, ",%lld,%lld", static_cast<long long>(counts.attempts),
                     static_cast<long long>(counts.successes));
      }
      std::fprintf(file, "\n");
    }
    std::fclose(file);
  }
  return true;
}

int failures = 0;

void expect(bool holds, const char* what) {
  std::printf("%s %s\n", holds ? "ok  " : "FAIL", what);
  failures += holds ? 0 : 1;
}

// The targets (issue 13, README), and counts that follow from the presets'
// documented numbers rather than from running this program.
void check_targets(const results (&all)[3][6]) {
  enum { none, unbudgeted, grpc, aws, standard, shared };
  const auto& outage = all[0];
  const auto& sparse = all[1];
  const auto& overload = all[2];
  const std::int64_t outage_requests = 60 * client_count;

  expect(outage[standard].amplification() <= 1.1, "outage: amplification <= 1.1x with retry_budgets::standard");
  // Each client meets the outage with a full budget and every attempt fails:
  // standard grants capacity / cost = 5 retries, aws_standard 500 / 5 = 100,
  // the shared standard budget 5 in all. grpc's failures take its 10 tokens
  // to 9, 8, 7, 6 (each above half: a retry may follow), then 5 (none): 4
  // grants at most, 3 when one of those failures was a 4th attempt, which
  // asks for none (so when a request's retries do not interleave with the
  // client's next request). Every such retry falls inside the outage (the
  // backoff is at most 0.2 + 0.4 + 0.8 s).
  expect(outage[none].attempts == outage_requests, "outage: 60000 attempts without retries");
  expect(outage[standard].attempts == outage_requests + 5 * client_count, "outage: standard, 5 retries per client");
  expect(outage[grpc].attempts >= outage_requests + 3 * client_count &&
             outage[grpc].attempts <= outage_requests + 4 * client_count,
         "outage: grpc, 3 or 4 retries per client");
  expect(outage[aws].attempts == outage_requests + 100 * client_count, "outage: aws_standard, 100 per client");
  expect(outage[shared].attempts == outage_requests + 5, "outage: one shared standard budget, 5 retries in all");
  expect(outage[standard].recovery_s <= 5.0, "recovery: 99 % success within 5 s of the outage's end (standard)");

  expect(sparse[standard].retries_taken_share() >= 0.99, "sparse: >= 99 % of the policy's retries taken (standard)");
  expect(sparse[standard].final_success() >= 0.9999, "sparse: final success >= 99.99 % (standard)");
  expect(sparse[none].final_success() < 0.995, "sparse: without retries about 1 % of requests fail");

  const double capacity = capacity_per_s(scenarios[2]);
  expect(goodput_per_s(scenarios[2], overload[standard]) >= 0.95 * goodput_per_s(scenarios[2], overload[none]),
         "overload: goodput with the standard budget >= 95 % of the best possible (no retries)");
  std::printf("     overload goodput, standard budget: %.1f/s = %.2f %% of capacity %.1f/s\n",
              goodput_per_s(scenarios[2], overload[standard]),
              100.0 * goodput_per_s(scenarios[2], overload[standard]) / capacity, capacity);
}

}  // namespace

int main(int argc, char** argv) {
  std::string csv_directory;
  bool check = false;
  bool markdown = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--csv") == 0 && i + 1 < argc) {
      csv_directory = argv[++i];
    } else if (std::strcmp(argv[i], "--check") == 0) {
      check = true;
    } else if (std::strcmp(argv[i], "--markdown") == 0) {
      markdown = true;
    } else {
      std::fprintf(stderr, "usage: %s [--csv DIR] [--check] [--markdown]\n", argv[0]);
      return 2;
    }
  }
  static results all[3][6];
  for (std::size_t s = 0; s < 3; ++s) {
    for (std::size_t c = 0; c < 6; ++c) {
      all[s][c] = simulation(scenarios[s], configurations[c]).run();
    }
  }
  if (markdown) {
    print_markdown(all);
  } else {
    print_table(all);
  }
  if (!csv_directory.empty() && !write_csv(csv_directory, all)) {
    return 1;
  }
  if (check) {
    check_targets(all);
  }
  return failures == 0 ? 0 : 1;
}
