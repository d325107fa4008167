# httpstatus_generate_extensions(<target> DATA <json> NAMESPACE <namespace> [HEADER <file name>])
#
# Writes, at build time, a header of a project's own status codes from <json>
# (the schema of httpstatus's cmake/codegen/extensions.json) into the build
# tree, in C++ namespace <namespace> (for example myapi::status), and adds
# its folder to <target>'s include path. The header has the API of
# <httpstatus/extensions.hpp>: enum class vendor, find_extension,
# extensions_for, parse_extension, retry_hint(code, vendor)... and needs
# httpstatus::httpstatus linked. HEADER defaults to <target>_status_codes.hpp.
# The same generator checks the data file: a bad entry fails the build with
# a message naming it. Needs CMake 3.19 (string(JSON)).
function(httpstatus_generate_extensions target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "DATA;NAMESPACE;HEADER" "")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "httpstatus_generate_extensions: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET "${target}")
    message(FATAL_ERROR "httpstatus_generate_extensions: '${target}' is not a target")
  endif()
  if(NOT arg_DATA OR NOT arg_NAMESPACE)
    message(FATAL_ERROR "httpstatus_generate_extensions: DATA <json> and NAMESPACE <namespace> are required")
  endif()
  if(CMAKE_VERSION VERSION_LESS 3.19)
    message(FATAL_ERROR "httpstatus_generate_extensions needs CMake 3.19 or newer (string(JSON))")
  endif()
  if(NOT arg_HEADER)
    set(arg_HEADER "${target}_status_codes.hpp")
  endif()
  set(codegen "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/codegen")
  get_filename_component(data "${arg_DATA}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(folder "${CMAKE_CURRENT_BINARY_DIR}/httpstatus_generated/${target}")
  set(header "${folder}/${arg_HEADER}")
  add_custom_command(
    OUTPUT "${header}"
    COMMAND "${CMAKE_COMMAND}" -DEXTENSIONS_ONLY=ON "-DEXTENSIONS_DATA=${data}" "-DEXTENSIONS_OUTPUT=${header}"
            "-DEXTENSIONS_NAMESPACE=${arg_NAMESPACE}" -P "${codegen}/generate.cmake"
    DEPENDS "${data}" "${codegen}/generate.cmake" "${codegen}/extensions.hpp.in"
    COMMENT "Generating ${arg_HEADER} from ${arg_DATA}"
    VERBATIM)
  add_custom_target(${target}_httpstatus_extensions DEPENDS "${header}")
  add_dependencies(${target} ${target}_httpstatus_extensions)
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "$<BUILD_INTERFACE:${folder}>")
  else()
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${folder}>")
  endif()
endfunction()
