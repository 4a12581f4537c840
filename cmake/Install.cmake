# Install rules: headers, the static and shared libraries, the CLI, a relocatable CMake
# package (find_package(claimcheck) -> claimcheck::claimcheck, claimcheck::shared) and a
# relocatable pkg-config file (lib/pkgconfig/claimcheck.pc, paths from ${pcfiledir}).
include(CMakePackageConfigHelpers)

set(CLAIMCHECK_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimcheck
  CACHE STRING "Where claimcheckConfig.cmake is installed, relative to the prefix")
set(CLAIMCHECK_INSTALL_PKGCONFIGDIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  CACHE STRING "Where claimcheck.pc is installed, relative to the prefix")
mark_as_advanced(CLAIMCHECK_INSTALL_CMAKEDIR CLAIMCHECK_INSTALL_PKGCONFIGDIR)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/claimcheck
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT claimcheck_development
  FILES_MATCHING PATTERN "*.h")

install(TARGETS claimcheck_static claimcheck_shared EXPORT claimcheckTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT claimcheck_development
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT claimcheck_runtime
    NAMELINK_COMPONENT claimcheck_development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT claimcheck_runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

if(TARGET claimcheck_cli)
  install(TARGETS claimcheck_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    COMPONENT claimcheck_runtime)
endif()

install(EXPORT claimcheckTargets NAMESPACE claimcheck:: FILE claimcheckTargets.cmake
  DESTINATION ${CLAIMCHECK_INSTALL_CMAKEDIR} COMPONENT claimcheck_development)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/claimcheckConfig.cmake.in
  ${PROJECT_BINARY_DIR}/claimcheckConfig.cmake
  INSTALL_DESTINATION ${CLAIMCHECK_INSTALL_CMAKEDIR})
# 0.x: a minor release may change the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimcheckConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimcheckConfig.cmake
  ${PROJECT_BINARY_DIR}/claimcheckConfigVersion.cmake
  DESTINATION ${CLAIMCHECK_INSTALL_CMAKEDIR} COMPONENT claimcheck_development)

# pkg-config: every path is relative to ${pcfiledir}, so the tree may be moved.
if(IS_ABSOLUTE "${CLAIMCHECK_INSTALL_PKGCONFIGDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}"
   OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(WARNING "claimcheck.pc: absolute install directories make the tree non-relocatable")
endif()
file(RELATIVE_PATH CLAIMCHECK_PC_TO_PREFIX "/prefix/${CLAIMCHECK_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" CLAIMCHECK_PC_TO_PREFIX "${CLAIMCHECK_PC_TO_PREFIX}")
# A static link of a C++ library from a C program needs the C++ runtime spelled out.
set(CLAIMCHECK_PC_LIBS_PRIVATE "-lstemmer")
foreach(lib ${CMAKE_CXX_IMPLICIT_LINK_LIBRARIES})
  if(lib MATCHES "^(stdc\\+\\+|c\\+\\+|c\\+\\+abi|m)$")
    string(APPEND CLAIMCHECK_PC_LIBS_PRIVATE " -l${lib}")
  endif()
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/claimcheck.pc.in ${PROJECT_BINARY_DIR}/claimcheck.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/claimcheck.pc
  DESTINATION ${CLAIMCHECK_INSTALL_PKGCONFIGDIR} COMPONENT claimcheck_development)
