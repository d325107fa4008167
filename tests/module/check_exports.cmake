# Fails when a public name of a std-only header is not exported by the module
# interface, or when the interface exports something of `detail`.
#
#   cmake -DCXX=<clang++> [-DCXX_FLAGS=...] -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P check_exports.cmake
#
# The public names are those clang's AST dump lists directly inside the
# library's inline namespace (and inside its named sub-namespaces other than
# detail and *_detail), read from a file that includes every std-only
# header; the exported names are the module's `using httpstatus::...;`
# declarations.

# Headers that need a library beyond the standard one: adapters, not in the module.
set(adapter_headers fmt.hpp boost_system.hpp beast.hpp curl.hpp httplib.hpp)
set(module_file "${SOURCE_DIR}/include/httpstatus/httpstatus.cppm")

file(READ "${module_file}" module_text)
file(GLOB headers RELATIVE "${SOURCE_DIR}/include/httpstatus" "${SOURCE_DIR}/include/httpstatus/*.hpp")
list(REMOVE_ITEM headers ${adapter_headers})
set(problems "")
set(all_headers_source "")
foreach(header IN LISTS headers)
  string(APPEND all_headers_source "#include <httpstatus/${header}>\n")
  string(FIND "${module_text}" "#include <httpstatus/${header}>" at)
  if(at EQUAL -1)
    string(APPEND problems "  the module does not include <httpstatus/${header}> (a std-only header)\n")
  endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/std_only_headers.cpp" "${all_headers_source}")
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")
execute_process(
  COMMAND "${CXX}" ${extra_flags} -std=c++20 -fsyntax-only "-I${SOURCE_DIR}/include" -Xclang -ast-dump -Xclang
          -ast-dump-filter -Xclang httpstatus:: "${WORK_DIR}/std_only_headers.cpp"
  OUTPUT_FILE "${WORK_DIR}/ast.txt"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${CXX} could not dump the std-only headers' declarations")
endif()

# The name a dump line declares ("|-FunctionDecl 0x.. <range> line:1:2 used constexpr is_valid 'bool (int)'").
function(declared_name line out_kind out_name)
  string(REGEX MATCH "^[|` ]*[|`]-([A-Za-z]+) 0x[0-9a-f]+ (.*)$" matched "${line}")
  set(kind "${CMAKE_MATCH_1}")
  set(rest "${CMAKE_MATCH_2}")
  string(REGEX REPLACE "^((parent|prev) 0x[0-9a-f]+ )*<[^>]*> [^ ]+ (<[^>]*> )?" "" rest "${rest}")
  string(REGEX REPLACE "^((used|referenced|constexpr|inline|class|struct|union|invalid|hidden) )*" "" rest "${rest}")
  # Implicit declarations are the compiler's (a lambda's class): no name of ours.
  if(rest MATCHES "^implicit ")
    set(name "")
  else()
    string(REGEX MATCH "^[^ ']+" name "${rest}")
  endif()
  set(${out_kind} "${kind}" PARENT_SCOPE)
  set(${out_name} "${name}" PARENT_SCOPE)
endfunction()

set(named_kinds CXXRecordDecl ClassTemplateDecl EnumDecl FunctionDecl FunctionTemplateDecl TypeAliasDecl
                TypeAliasTemplateDecl TypedefDecl VarDecl VarTemplateDecl)
# One list element per line: brackets and semicolons would upset CMake's lists.
file(READ "${WORK_DIR}/ast.txt" ast)
string(REGEX REPLACE "[][;\\]" "_" ast "${ast}")
string(REPLACE "\n" ";" lines "${ast}")
set(in_library_namespace OFF)
set(sub_namespace "")
set(public_names "")
foreach(line IN LISTS lines)
  if(line MATCHES "^Dumping ")
    # Blocks of the inline namespace print as "httpstatus::v1".
    if(line MATCHES "^Dumping httpstatus::[A-Za-z0-9_]+:$")
      set(in_library_namespace ON)
    else()
      set(in_library_namespace OFF)
    endif()
    set(sub_namespace "")
    continue()
  endif()
  if(NOT in_library_namespace)
    continue()
  endif()
  if(line MATCHES "^[|`]-")
    declared_name("${line}" kind name)
    set(sub_namespace "")
    if(kind STREQUAL "NamespaceDecl" AND NOT name MATCHES "(^|_)detail$")
      set(sub_namespace "${name}")
    elseif(kind IN_LIST named_kinds AND name)
      list(APPEND public_names "${name}")
    endif()
  elseif(sub_namespace AND line MATCHES "^[| ] [|`]-")
    declared_name("${line}" kind name)
    if(kind IN_LIST named_kinds AND name)
      list(APPEND public_names "${sub_namespace}::${name}")
    endif()
  endif()
endforeach()
list(REMOVE_DUPLICATES public_names)
list(LENGTH public_names count)
if(count LESS 10)
  message(FATAL_ERROR "found only ${count} public names in ${WORK_DIR}/ast.txt: has the dump format changed?")
endif()

string(REGEX REPLACE "//[^\n]*" "" module_code "${module_text}")
string(REGEX MATCHALL "using httpstatus::[^;]+" using_declarations "${module_code}")
set(exported_names "")
foreach(declaration IN LISTS using_declarations)
  string(REGEX REPLACE "^using httpstatus::" "" name "${declaration}")
  string(REPLACE " " "" name "${name}")
  list(APPEND exported_names "${name}")
  if(name MATCHES "(^|::|_)detail(::|$)")
    string(APPEND problems "  the module exports ${name}, which is an implementation detail\n")
  endif()
endforeach()
foreach(name IN LISTS public_names)
  if(NOT name IN_LIST exported_names)
    string(APPEND problems "  httpstatus::${name} is public but not exported: add `using httpstatus::${name};`\n")
  endif()
endforeach()

if(problems)
  message(FATAL_ERROR "include/httpstatus/httpstatus.cppm is out of step with the headers:\n${problems}")
endif()
list(SORT public_names)
string(REPLACE ";" " " listed "${public_names}")
message(STATUS "the module exports all ${count} public names: ${listed}")
