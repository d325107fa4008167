# Configures and installs this checkout of httpstatus into PREFIX, then moves
# the installed tree to RELOCATED (the package must not depend on where it was
# installed). With INCLUDEDIR set, installs the headers to that absolute path;
# CONFIGURE_ARGS (a list) go to httpstatus's configure step, and with
# HTTPSTATUS_BUILD_MODULE=ON among them the module is built and installed too.
#   cmake -DSOURCE_DIR= -DWORK_DIR= -DPREFIX= -DRELOCATED= [-DINCLUDEDIR=] [-DCONFIGURE_ARGS=] -DGENERATOR=
#         -P install_prefix.cmake
file(REMOVE_RECURSE "${WORK_DIR}" "${PREFIX}" "${RELOCATED}")
set(extra "")
if(INCLUDEDIR)
  file(REMOVE_RECURSE "${INCLUDEDIR}")
  set(extra "-DCMAKE_INSTALL_INCLUDEDIR=${INCLUDEDIR}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}" "-DCMAKE_INSTALL_PREFIX=${PREFIX}"
          -DHTTPSTATUS_BUILD_TESTS=OFF -DHTTPSTATUS_BUILD_EXAMPLES=OFF -DHTTPSTATUS_INSTALL=ON ${extra} ${CONFIGURE_ARGS}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "configuring httpstatus for installation failed")
endif()
# (No IN_LIST: a script runs with CMake 3.25's default policies, CMP0057 unset.)
if(CONFIGURE_ARGS MATCHES "(^|;)-DHTTPSTATUS_BUILD_MODULE=ON(;|$)")
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "building the httpstatus module failed")
  endif()
  set(module_files share/cmake/httpstatus/httpstatusModuleTargets.cmake include/httpstatus/httpstatus.cppm)
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${WORK_DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "installing httpstatus failed")
endif()
foreach(expected share/cmake/httpstatus/httpstatusConfig.cmake share/cmake/httpstatus/httpstatusConfigVersion.cmake
                 share/cmake/httpstatus/httpstatusTargets.cmake share/cmake/httpstatus/httpstatusGenerateExtensions.cmake
                 share/cmake/httpstatus/codegen/generate.cmake share/cmake/httpstatus/codegen/extensions.hpp.in
                 share/pkgconfig/httpstatus.pc ${module_files})
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
