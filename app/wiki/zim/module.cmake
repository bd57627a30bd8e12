# The offline-Wikipedia module: Kiwix ZIM files read with Debian's libzim, their pages parsed with libxml2.
# A module of its own, loaded by ZimLibrary on first use, so that starting the window does not load libzim,
# Xapian and libxml2 (see wiki/zimmodule.h). GLOBAL: tests in other folders write ZIM files with libzim.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIM REQUIRED IMPORTED_TARGET GLOBAL libzim)
find_package(LibXml2 REQUIRED GLOBAL)

add_library(randnotiz_zim MODULE
    wiki/zim/zimarchives.cpp
    wiki/zim/leadextractor.cpp wiki/zim/leadextractor.h)
set_target_properties(randnotiz_zim PROPERTIES
    PREFIX ""
    LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/modules"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
# The parts of the core it uses are linked in and stay its own (not exported).
target_link_libraries(randnotiz_zim PRIVATE randnotiz_core randnotiz_settings PkgConfig::LIBZIM LibXml2::LibXml2)
target_link_options(randnotiz_zim PRIVATE -Wl,--exclude-libs,ALL -Wl,--no-undefined)
install(TARGETS randnotiz_zim LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/randnotiz)
