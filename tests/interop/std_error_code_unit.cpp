// A translation unit with error_code.hpp, linked into the boost_system test:
// a program may use the two headers in different translation units.
#include <httpstatus/error_code.hpp>

#include <system_error>

std::error_code std_error_code_of(httpstatus::code value) { return value; }

bool is_in_std_http_category(const std::error_code& ec) { return ec.category() == httpstatus::http_category(); }
