// std::format through `import httpstatus;`: the std::formatter
// specialisations come from the module's global module fragment, and must
// reach the importer. (std::error_code: test_error_code.cpp, imported too.)
#include <format>

#include "../support/catch.hpp"

import httpstatus;

TEST_CASE("std::format formats codes and classes after import") {
  CHECK(std::format("{}", httpstatus::code::not_found) == "404 Not Found");
  CHECK(std::format("{:d}", httpstatus::code::too_many_requests) == "429");
  CHECK(std::format("{:p}", httpstatus::code::service_unavailable) == "Service Unavailable");
  CHECK(std::format("{:>14}", httpstatus::status_class::client_error) == "  client_error");
  CHECK(std::format("{}", httpstatus::retry::idempotent_only) == "idempotent_only");
}
