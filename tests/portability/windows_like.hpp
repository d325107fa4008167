// What <windows.h> (with <winhttp.h>) puts in the global namespace before a
// program includes our headers, written out so that the tests can check the
// headers against it without Windows: function-like min and max macros,
// object-like macros for common words, and global typedefs that a local
// variable of the same name would hide (MSVC's C4459, GCC's -Wshadow).
#ifndef HTTPSTATUS_TESTS_WINDOWS_LIKE_HPP
#define HTTPSTATUS_TESTS_WINDOWS_LIKE_HPP

// The standard library (and {fmt}) first: libstdc++ #undefs min and max,
// and is not written to survive them, whereas MSVC's library is. Our own
// headers, included after this file, must survive everything below.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iosfwd>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#if __has_include(<version>)
#include <version>
#endif
#if defined(__cpp_lib_format)
#include <format>
#endif
#include <fmt/format.h>

// <minwindef.h> unless NOMINMAX is defined.
#define min(a, b) (((a) < (b)) ? (a) : (b))
#define max(a, b) (((a) > (b)) ? (a) : (b))

// <minwindef.h>, <winnt.h>, <wingdi.h>, <rpcndr.h>: words as macros.
#define near
#define far
#define IN
#define OUT
#define OPTIONAL
#define CONST const
#define VOID void
#define TRUE 1
#define FALSE 0
#define DELETE (0x00010000L)
#define ERROR 0
#define NO_ERROR 0L
#define IGNORE 0
#define INFINITE 0xFFFFFFFF
#define TRANSPARENT 1
#define OPAQUE 2
#define ABSOLUTE 1
#define RELATIVE 2
#define small char
#define hyper __int64_is_not_portable
#define interface struct
#define CALLBACK
#define WINAPI
#define PASCAL

// <winhttp.h> and <wininet.h>: the status codes as macros.
#define HTTP_STATUS_CONTINUE 100
#define HTTP_STATUS_OK 200
#define HTTP_STATUS_NOT_FOUND 404
#define HTTP_STATUS_SERVICE_UNAVAIL 503
#define HTTP_STATUS_GATEWAY_TIMEOUT 504

// <rpcndr.h>, <minwindef.h>, <winnt.h>: global typedefs.
typedef unsigned char byte;
typedef unsigned char boolean;
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef int BOOL;
typedef long LONG;
typedef char CHAR;
typedef void* HANDLE;
typedef const char* LPCSTR;

// MSVC's C4459 flags a local that hides any of those globals, but the
// -Wshadow of GCC and clang looks only at the namespace a function is in:
// declare the same names in ours too, so that such a local warns here.
#define HTTPSTATUS_TESTS_WINDOWS_GLOBALS byte, boolean, BYTE, WORD, DWORD, BOOL, LONG, CHAR, HANDLE, LPCSTR
namespace httpstatus {
extern int HTTPSTATUS_TESTS_WINDOWS_GLOBALS;
inline namespace v1 {
extern int HTTPSTATUS_TESTS_WINDOWS_GLOBALS;
namespace detail {
extern int HTTPSTATUS_TESTS_WINDOWS_GLOBALS;
}  // namespace detail
}  // namespace v1
}  // namespace httpstatus

#endif
