# `cmake --install` and the Debian package (CPack's DEB generator). scripts/make-deb.sh builds the
# package from a Release build and checks it (scripts/check-deb.sh).
#
# What is installed: the binary, and the documents its licence asks to travel with it. The JSON
# Schemas and the default theme are compiled into the binary (generator/CMakeLists.txt,
# cmake/embed.cmake), so nothing else is needed at run time.
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/describe.cmake)

install(TARGETS congkhai RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/NOTICE ${PROJECT_SOURCE_DIR}/README.md
              ${PROJECT_SOURCE_DIR}/docs/licences.md ${CMAKE_CURRENT_LIST_DIR}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The package version is the release `congkhai --version` prints (the newest vX.Y.Z tag, "+N" commits
# past it), read when CMake configures: scripts/make-deb.sh always reconfigures before packaging.
ck_describe(${PROJECT_SOURCE_DIR} ${PROJECT_VERSION} ck_package_release ck_package_commit)
set(CK_PACKAGE_MAINTAINER "Công khai developers" CACHE STRING "Maintainer field of the Debian package")
set(CK_PACKAGE_HOMEPAGE "" CACHE STRING "Homepage field of the Debian package (the release workflow sets it)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME congkhai)
set(CPACK_PACKAGE_VERSION ${ck_package_release})
set(CPACK_PACKAGE_VENDOR "Công khai")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static portal of commune plans, their progress and history, from git")
# The long description; CPack puts the summary above it and indents each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Công khai turns a git repository of Vietnamese commune plans (Markdown + JSON)
into a static, searchable public portal: plan text, task tables, deadlines as
written and as read, statuses as of the build date, and every change taken from
the git history. Commands: build, check, serve, import, package.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # congkhai_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CK_PACKAGE_MAINTAINER}")
if(CK_PACKAGE_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CK_PACKAGE_HOMEPAGE}")
endif()
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: exactly the shared libraries the binary loads, as dpkg-shlibdeps reads them from it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Tools only some commands use, run as programs when present: git for the commune's repository,
# poppler-utils and tesseract-ocr-vie for importing PDFs and scans; LibreOffice (hundreds of MB)
# only converts old .doc/.xls files, so it is merely suggested.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git, poppler-utils, tesseract-ocr-vie")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer-nogui, libreoffice-calc-nogui")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
include(CPack)
