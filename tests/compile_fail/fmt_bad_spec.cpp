// Must not compile: {fmt} checks format strings at compile time, and 'x' is
// no httpstatus format type. Built with HTTPSTATUS_CONTROL, the same program
// with a valid spec, which must compile: so the failure is the spec's.
#include <httpstatus/fmt.hpp>

#ifdef HTTPSTATUS_CONTROL
#define HTTPSTATUS_SPEC "{:p}"
#else
#define HTTPSTATUS_SPEC "{:x}"
#endif

int main() { return static_cast<int>(fmt::format(FMT_STRING(HTTPSTATUS_SPEC), httpstatus::code::ok).size()); }
