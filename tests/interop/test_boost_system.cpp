// httpstatus codes as boost::system::error_code, with error_code.hpp's rules.
#include <httpstatus/boost_system.hpp>

#include <boost/system/error_code.hpp>

#include <string>
#include <system_error>

#include "../support/catch.hpp"

using httpstatus::code;
using httpstatus::status_class;

TEST_CASE("a code converts to boost::system::error_code") {
  STATIC_REQUIRE(boost::system::is_error_code_enum<code>::value);
  const boost::system::error_code ec = code::not_found;
  CHECK(ec.value() == 404);
  CHECK(std::string(ec.category().name()) == "http");
  CHECK(ec.category() == httpstatus::boost_system::http_category());
  CHECK(ec.message() == "404 Not Found");
  CHECK(ec.failed());
  CHECK(static_cast<bool>(ec));
  CHECK(boost::system::error_code(code::bad_gateway).message() == "502 Bad Gateway");
  CHECK(boost::system::error_code(static_cast<code>(599)).message() == "599");
  CHECK(boost::system::error_code(static_cast<code>(999)).value() == 999);
  boost::system::error_code assigned;
  assigned = code::too_many_requests;
  CHECK(assigned.value() == 429);
}

TEST_CASE("boost: 1xx, 2xx and 3xx are not errors") {
  for (const int value : {100, 103, 199, 200, 204, 299, 300, 304, 399}) {
    INFO(value);
    const boost::system::error_code ec = static_cast<code>(value);
    CHECK_FALSE(static_cast<bool>(ec));
    CHECK(ec == boost::system::error_code());
  }
  for (const int value : {1, 99, 400, 499, 500, 599, 600}) {
    INFO(value);
    const boost::system::error_code ec = static_cast<code>(value);
    CHECK(static_cast<bool>(ec));
    CHECK(ec.value() == value);
  }
  // 0 keeps the http category, but a value of 0 tests false, as it does in
  // std::error_code: both libraries read 0 as success.
  const boost::system::error_code zero = static_cast<code>(0);
  CHECK(zero.category() == httpstatus::boost_system::http_category());
  CHECK_FALSE(static_cast<bool>(zero));
}

TEST_CASE("boost: status_class is an error condition") {
  STATIC_REQUIRE(boost::system::is_error_condition_enum<status_class>::value);
  const boost::system::error_code not_found = code::not_found;
  CHECK(not_found == status_class::client_error);
  CHECK(not_found != status_class::server_error);
  const boost::system::error_code unavailable = code::service_unavailable;
  CHECK(unavailable == status_class::server_error);
  const boost::system::error_code nonsense = static_cast<code>(999);
  CHECK(nonsense == status_class::invalid);
  const boost::system::error_condition condition = status_class::client_error;
  CHECK(std::string(condition.category().name()) == "http status class");
  CHECK(condition.message() == "client_error");
}

TEST_CASE("boost: converts to std::error_code, keeping name and message") {
  const std::error_code converted = boost::system::error_code(code::not_found);
  CHECK(converted.value() == 404);
  CHECK(std::string(converted.category().name()) == "http");
  CHECK(converted.message() == "404 Not Found");
}

// From std_error_code_unit.cpp, which includes error_code.hpp.
std::error_code std_error_code_of(httpstatus::code value);
bool is_in_std_http_category(const std::error_code& ec);

TEST_CASE("boost: error_code.hpp in another translation unit of the same program") {
  const std::error_code from_std = std_error_code_of(code::not_found);
  CHECK(is_in_std_http_category(from_std));
  CHECK(from_std.message() == "404 Not Found");
  CHECK_FALSE(std_error_code_of(code::ok));
  const boost::system::error_code from_boost = code::not_found;
  CHECK(from_boost.category() == httpstatus::boost_system::http_category());
  CHECK_FALSE(is_in_std_http_category(from_boost));  // converted: Boost's category, under its own std wrapper
}
