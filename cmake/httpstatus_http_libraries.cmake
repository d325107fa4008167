# Finds the HTTP libraries the adapter tests and examples use, and checks
# that each builds and links with this toolchain (a compiled library built
# against libstdc++ does not link under -stdlib=libc++, Beast needs
# exceptions or a throw_exception handler...). For each of BEAST, CURL and
# HTTPLIB it sets:
#   HTTPSTATUS_<NAME>_INSTALLED   the library was found
#   HTTPSTATUS_<NAME>_USABLE      it also builds and links here
#   HTTPSTATUS_<NAME>_WHY_NOT     a sentence for the skip message
#   HTTPSTATUS_<NAME>_PROBE       the test program, for httpstatus_library_builds
# and, when usable, an INTERFACE target httpstatus_with_<name> (lower case)
# carrying its include directories (as SYSTEM), flags and libraries.
include_guard(GLOBAL)
include(CheckCXXSourceCompiles)
find_package(Threads QUIET)

# Builds and links `source` against `target` in C++<standard>; sets
# HTTPSTATUS_<name>_LINKS_CXX<standard> (cached).
function(httpstatus_library_builds name target source standard)
  set(CMAKE_REQUIRED_LIBRARIES ${target})
  set(CMAKE_REQUIRED_QUIET ON)
  set(CMAKE_REQUIRED_FLAGS "${CMAKE_CXX${standard}_STANDARD_COMPILE_OPTION}")
  check_cxx_source_compiles("${source}" HTTPSTATUS_${name}_LINKS_CXX${standard})
endfunction()

function(httpstatus_check_usable name target source)
  set(HTTPSTATUS_${name}_PROBE "${source}" PARENT_SCOPE)
  httpstatus_library_builds(${name} ${target} "${source}" 17)
  if(HTTPSTATUS_${name}_LINKS_CXX17)
    set(HTTPSTATUS_${name}_USABLE ON PARENT_SCOPE)
  else()
    set(HTTPSTATUS_${name}_USABLE OFF PARENT_SCOPE)
    set(HTTPSTATUS_${name}_WHY_NOT "found, but a test program does not build and link with this toolchain and flags"
        PARENT_SCOPE)
  endif()
endfunction()

# Boost.Beast (header-only; Boost.System is header-only since 1.69).
set(HTTPSTATUS_BEAST_INSTALLED OFF)
set(HTTPSTATUS_BEAST_USABLE OFF)
set(HTTPSTATUS_BEAST_WHY_NOT "Boost 1.74 or newer (Boost.Beast) was not found")
find_package(Boost 1.74 QUIET CONFIG)
if(Boost_FOUND AND TARGET Boost::headers AND Threads_FOUND)
  set(HTTPSTATUS_BEAST_INSTALLED ON)
  add_library(httpstatus_with_beast INTERFACE IMPORTED)
  target_link_libraries(httpstatus_with_beast INTERFACE Boost::headers Threads::Threads)
  httpstatus_check_usable(
    BEAST httpstatus_with_beast
    "#include <boost/beast/http.hpp>
     int main() {
       boost::beast::http::response<boost::beast::http::empty_body> res;
       res.result(418u);
       return static_cast<int>(res.result_int()) == 418 ? 0 : 1;
     }")
endif()

# libcurl 7.66 or newer (CURLINFO_RETRY_AFTER).
set(HTTPSTATUS_CURL_INSTALLED OFF)
set(HTTPSTATUS_CURL_USABLE OFF)
set(HTTPSTATUS_CURL_WHY_NOT "libcurl 7.66 or newer was not found")
find_package(CURL 7.66 QUIET)
if(CURL_FOUND AND TARGET CURL::libcurl)
  set(HTTPSTATUS_CURL_INSTALLED ON)
  add_library(httpstatus_with_curl INTERFACE IMPORTED)
  target_link_libraries(httpstatus_with_curl INTERFACE CURL::libcurl)
  httpstatus_check_usable(
    CURL httpstatus_with_curl
    "#include <curl/curl.h>
     int main() { CURL* h = curl_easy_init(); curl_easy_cleanup(h); return CURLINFO_RETRY_AFTER != 0 ? 0 : 1; }")
endif()

# cpp-httplib 0.11 or newer: pkg-config first (Debian's compiled library,
# whose flags change class layouts), else a header-only httplib.h.
set(HTTPSTATUS_HTTPLIB_INSTALLED OFF)
set(HTTPSTATUS_HTTPLIB_USABLE OFF)
set(HTTPSTATUS_HTTPLIB_WHY_NOT "cpp-httplib 0.11 or newer was not found (pkg-config cpp-httplib, or httplib.h)")
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(HTTPSTATUS_PC_HTTPLIB QUIET IMPORTED_TARGET cpp-httplib>=0.11)
endif()
if(HTTPSTATUS_PC_HTTPLIB_FOUND AND Threads_FOUND)
  set(HTTPSTATUS_HTTPLIB_INSTALLED ON)
  add_library(httpstatus_with_httplib INTERFACE IMPORTED)
  target_link_libraries(httpstatus_with_httplib INTERFACE PkgConfig::HTTPSTATUS_PC_HTTPLIB Threads::Threads)
else()
  find_path(HTTPSTATUS_HTTPLIB_INCLUDE_DIR httplib.h)
  if(HTTPSTATUS_HTTPLIB_INCLUDE_DIR AND Threads_FOUND)
    file(STRINGS "${HTTPSTATUS_HTTPLIB_INCLUDE_DIR}/httplib.h" version_line REGEX "#define CPPHTTPLIB_VERSION \"")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" httplib_version "${version_line}")
    if(httplib_version VERSION_GREATER_EQUAL 0.11)
      set(HTTPSTATUS_HTTPLIB_INSTALLED ON)
      add_library(httpstatus_with_httplib INTERFACE IMPORTED)
      target_include_directories(httpstatus_with_httplib SYSTEM INTERFACE "${HTTPSTATUS_HTTPLIB_INCLUDE_DIR}")
      target_link_libraries(httpstatus_with_httplib INTERFACE Threads::Threads)
    endif()
  endif()
endif()
if(HTTPSTATUS_HTTPLIB_INSTALLED)
  httpstatus_check_usable(
    HTTPLIB httpstatus_with_httplib
    "#include <httplib.h>
     int main() { httplib::Client client(\"127.0.0.1\", 1); return client.is_valid() ? 0 : 1; }")
endif()

foreach(name BEAST CURL HTTPLIB)
  if(HTTPSTATUS_${name}_USABLE)
    set(HTTPSTATUS_${name}_WHY_NOT "")
  endif()
endforeach()
