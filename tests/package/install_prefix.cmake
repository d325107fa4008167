# Configures and installs this checkout of httpstatus into PREFIX, then moves
# the installed tree to RELOCATED (the package must not depend on where it was
# installed). With INCLUDEDIR set, installs the headers to that absolute path.
#   cmake -DSOURCE_DIR= -DWORK_DIR= -DPREFIX= -DRELOCATED= [-DINCLUDEDIR=] -DGENERATOR= -P install_prefix.cmake
file(REMOVE_RECURSE "${WORK_DIR}" "${PREFIX}" "${RELOCATED}")
set(extra "")
if(INCLUDEDIR)
  file(REMOVE_RECURSE "${INCLUDEDIR}")
  set(extra "-DCMAKE_INSTALL_INCLUDEDIR=${INCLUDEDIR}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}" "-DCMAKE_INSTALL_PREFIX=${PREFIX}"
          -DHTTPSTATUS_BUILD_TESTS=OFF -DHTTPSTATUS_BUILD_EXAMPLES=OFF -DHTTPSTATUS_INSTALL=ON ${extra}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "configuring httpstatus for installation failed")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${WORK_DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "installing httpstatus failed")
endif()
foreach(expected share/cmake/httpstatus/httpstatusConfig.cmake share/cmake/httpstatus/httpstatusConfigVersion.cmake
                 share/cmake/httpstatus/httpstatusTargets.cmake share/cmake/httpstatus/httpstatusGenerateExtensions.cmake
                 share/cmake/httpstatus/codegen/generate.cmake share/cmake/httpstatus/codegen/extensions.hpp.in
                 share/pkgconfig/httpstatus.pc)
  if(NOT EXISTS "${PREFIX}/${expected}")
    message(FATAL_ERROR "the install lacks ${expected}")
  endif()
endforeach()
if(INCLUDEDIR)
  set(header "${INCLUDEDIR}/httpstatus/httpstatus.hpp")
else()
  set(header "${PREFIX}/include/httpstatus/httpstatus.hpp")
endif()
if(NOT EXISTS "${header}")
  message(FATAL_ERROR "the install lacks ${header}")
endif()
file(RENAME "${PREFIX}" "${RELOCATED}")
