// error_code.hpp and boost_system.hpp in one translation unit: must stop
// with the one message of detail/one_error_code_enum.hpp, in either order.
#ifdef HTTPSTATUS_BOOST_FIRST
#include <httpstatus/boost_system.hpp>
#include <httpstatus/error_code.hpp>
#else
#include <httpstatus/boost_system.hpp>
#include <httpstatus/error_code.hpp>
#endif

int main() { return 0; }
