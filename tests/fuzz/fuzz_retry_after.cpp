// parse_retry_after and advise_retry on arbitrary input: the first 8 bytes
// choose `now`, the next 2 a status code, the next 1 the method and attempt,
// the next 8 the jitter's random value; the rest is the Retry-After value.
// The same bytes also choose a transport failure. Properties: a delay is
// never negative nor above its cap (max_delay for a backoff,
// max_retry_after for Retry-After); a non-idempotent method is repeated
// after a transport failure only where the policy allows any method; every
// decision has a reason.
#include <httpstatus/retry.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "require.hpp"

namespace {

template <class T>
T take(const std::uint8_t*& data, std::size_t& size) {
  T value{};
  const std::size_t n = size < sizeof value ? size : sizeof value;
  std::memcpy(&value, data, n);
  data += n;
  size -= n;
  return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto now_seconds = take<std::int64_t>(data, size) % 253402300800;
  const auto status = take<std::uint16_t>(data, size);
  const auto choice = take<std::uint8_t>(data, size);
  const auto random = take<std::uint64_t>(data, size);
  const std::string value(reinterpret_cast<const char*>(data), size);
  const httpstatus::sys_seconds now{std::chrono::seconds(now_seconds)};

  const auto delay = httpstatus::parse_retry_after(value, now);
  if (delay) {
    require(delay->count() >= 0 && *delay <= httpstatus::max_retry_after);
  }

  constexpr std::string_view methods[] = {"GET", "PUT", "POST", "PATCH", "DELETE", "get", ""};
  const httpstatus::retry_policy* policies[] = {
      &httpstatus::retry_policies::standard,     &httpstatus::retry_policies::urllib3,
      &httpstatus::retry_policies::aws_standard, &httpstatus::retry_policies::google_cloud,
      &httpstatus::retry_policies::curl,         &httpstatus::retry_policies::grpc};
  const std::string_view method = methods[choice % 7];
  const int attempt = choice / 7 % 8;
  for (const auto* policy : policies) {
    const auto advice = httpstatus::advise_retry(status, method, value, attempt, now, *policy, random);
    require(!advice.reason.empty());
    require(advice.delay.count() >= 0);
    require(advice.retry || advice.delay.count() == 0);
    require(advice.delay <= policy->max_delay || advice.delay <= policy->max_retry_after);
    require(!advice.retry || attempt < policy->max_attempts);
    const auto failure = static_cast<httpstatus::transport_failure>(choice % 4);
    const auto after_failure = httpstatus::advise_retry(failure, method, attempt, now, *policy, random);
    require(!after_failure.reason.empty());
    require(after_failure.delay.count() >= 0 && after_failure.delay <= policy->max_delay);
    require(!after_failure.retry || attempt < policy->max_attempts);
    require(!after_failure.retry || policy->transport[failure] == httpstatus::transport_retry::any_method ||
            httpstatus::is_idempotent(method));
  }
  return 0;
}
