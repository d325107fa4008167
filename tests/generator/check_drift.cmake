# Regenerates both headers (httpstatus.hpp, extensions.hpp) and the README
# tables into the build tree and compares them with the committed files.
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P check_drift.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(pairs
    "${WORK_DIR}/httpstatus.hpp|${SOURCE_DIR}/include/httpstatus/httpstatus.hpp"
    "${WORK_DIR}/extensions.hpp|${SOURCE_DIR}/include/httpstatus/extensions.hpp"
    "${WORK_DIR}/README.md|${SOURCE_DIR}/README.md")
foreach(round 1 2)
  execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${WORK_DIR}/httpstatus.hpp" "-DEXTENSIONS_OUTPUT=${WORK_DIR}/extensions.hpp"
            "-DREADME_OUTPUT=${WORK_DIR}/README.md" -P
            "${SOURCE_DIR}/cmake/codegen/generate.cmake"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "the generator failed on the committed data file")
  endif()
  foreach(pair IN LISTS pairs)
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 generated)
    list(GET pair 1 committed)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files --ignore-eol "${generated}" "${committed}"
                    RESULT_VARIABLE differs)
    if(NOT differs EQUAL 0)
      message(FATAL_ERROR "${committed} differs from what the generator writes (round ${round}).\n"
                          "Run from the repository root:  cmake -P cmake/codegen/generate.cmake")
    endif()
  endforeach()
endforeach()
# In place, the way a maintainer runs it, in a scratch copy of the inputs and
# from another working directory: it must rewrite the copy to the same bytes.
set(scratch "${WORK_DIR}/scratch")
file(REMOVE_RECURSE "${scratch}")
file(MAKE_DIRECTORY "${scratch}/cmake")
file(COPY "${SOURCE_DIR}/cmake/codegen" DESTINATION "${scratch}/cmake")
file(COPY "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/README.md" DESTINATION "${scratch}")
execute_process(COMMAND "${CMAKE_COMMAND}" -P "${scratch}/cmake/codegen/generate.cmake" WORKING_DIRECTORY "${WORK_DIR}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the generator failed in place in a scratch copy (${scratch})")
endif()
foreach(file include/httpstatus/httpstatus.hpp include/httpstatus/extensions.hpp README.md)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files --ignore-eol "${scratch}/${file}" "${SOURCE_DIR}/${file}"
                  RESULT_VARIABLE differs)
  if(NOT differs EQUAL 0)
    message(FATAL_ERROR "in place in a scratch copy, the generator wrote a different ${file}")
  endif()
endforeach()
message(STATUS "the committed headers and README tables match the data files")
