#include "support/httpstatus_api.hpp"

#include <iomanip>
#include <sstream>

#include "support/catch.hpp"

using httpstatus::code;

namespace {
template <class T>
std::string streamed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
}  // namespace

TEST_CASE("operator<< writes a code as number and phrase") {
  CHECK(streamed(code::not_found) == "404 Not Found");
  CHECK(streamed(code::im_a_teapot) == "418 I'm a teapot");
  CHECK(streamed(code::network_authentication_required) == "511 Network Authentication Required");
  CHECK(streamed(static_cast<code>(299)) == "299");
  CHECK(streamed(static_cast<code>(0)) == "0");
  CHECK(streamed(static_cast<code>(65535)) == "65535");
}

TEST_CASE("operator<< pads the whole text to the stream's width") {
  std::ostringstream out;
  out << std::setw(16) << code::not_found << '|' << std::left << std::setw(6) << static_cast<code>(299) << '|';
  CHECK(out.str() == "   404 Not Found|299   |");
}

TEST_CASE("operator<< writes enumeration names") {
  CHECK(streamed(httpstatus::status_class::client_error) == "client_error");
  CHECK(streamed(httpstatus::retry::idempotent_only) == "idempotent_only");
  CHECK(streamed(httpstatus::standing::obsolete) == "obsolete");
}
