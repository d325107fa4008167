#include "support/httpstatus_api.hpp"

#include <string>
#include <system_error>

#include "support/catch.hpp"

using httpstatus::code;
using httpstatus::status_class;

TEST_CASE("a code converts to std::error_code") {
  STATIC_REQUIRE(std::is_error_code_enum<code>::value);
  std::error_code ec = code::not_found;
  CHECK(ec.value() == 404);
  CHECK(std::string(ec.category().name()) == "http");
  CHECK(ec.category() == httpstatus::http_category());
  CHECK(ec.message() == "404 Not Found");
  CHECK(static_cast<bool>(ec));
  CHECK(httpstatus::make_error_code(code::bad_gateway).message() == "502 Bad Gateway");
  CHECK(httpstatus::make_error_code(static_cast<code>(599)).message() == "599");
  CHECK(httpstatus::make_error_code(static_cast<code>(999)).value() == 999);
}

TEST_CASE("1xx, 2xx and 3xx are not errors") {
  for (const int value : {100, 103, 200, 204, 299, 301, 304, 399}) {
    INFO(value);
    const std::error_code ec = static_cast<code>(value);
    CHECK_FALSE(static_cast<bool>(ec));
    CHECK(ec == std::error_code());
  }
}

TEST_CASE("status_class is an error condition") {
  STATIC_REQUIRE(std::is_error_condition_enum<status_class>::value);
  const std::error_code not_found = code::not_found;
  CHECK(not_found == status_class::client_error);
  CHECK(not_found != status_class::server_error);
  CHECK(not_found != status_class::success);
  const std::error_code unavailable = code::service_unavailable;
  CHECK(unavailable == status_class::server_error);
  CHECK(std::error_code(static_cast<code>(499)) == status_class::client_error);
  CHECK(std::error_code(static_cast<code>(999)) == status_class::invalid);
  const std::error_code ok = code::ok;
  CHECK_FALSE(ok == status_class::client_error);
  CHECK_FALSE(ok == status_class::success);  // an empty error_code has no HTTP class
  const std::error_condition condition = status_class::client_error;
  CHECK(condition.message() == "client_error");
  CHECK(condition.category() == httpstatus::status_class_category());
  CHECK(std::string(condition.category().name()) == "http status class");
}

TEST_CASE("the categories are one object across the program") {
  CHECK(&httpstatus::http_category() == &httpstatus::http_category());
  CHECK(httpstatus::http_category().message(418) == "418 I'm a teapot");
  CHECK(httpstatus::http_category().message(-7) == "-7");
}
