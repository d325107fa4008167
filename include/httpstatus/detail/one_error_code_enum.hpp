// SPDX-License-Identifier: MIT
// Included by error_code.hpp and boost_system.hpp after each has defined its
// include guard: stops a translation unit that includes both with one
// message, rather than the template errors the first conversion would give.
// (No include guard: each of the two headers must reach the check.)
#if defined(HTTPSTATUS_ERROR_CODE_HPP) && defined(HTTPSTATUS_BOOST_SYSTEM_HPP)
// clang-format off
#error "httpstatus: include error_code.hpp or boost_system.hpp in a translation unit, not both. Each makes httpstatus::code an error-code enum through make_error_code(code), found by argument-dependent lookup, which can return std::error_code or boost::system::error_code but not both, and Boost 1.74 cannot assign one from the other. With boost_system.hpp, a std::error_code comes from converting: std::error_code(boost::system::error_code(code::not_found)). Or use the two headers in separate translation units."
// clang-format on
#endif
