# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE
    wiki/summary.h
    wiki/wikiconfig.cpp wiki/wikiconfig.h
    wiki/wikiclient.cpp wiki/wikiclient.h
    wiki/summarycache.cpp wiki/summarycache.h
    wiki/summaryworker.cpp wiki/summaryworker.h
    wiki/summaryservice.cpp wiki/summaryservice.h
    wiki/zimlibrary.cpp wiki/zimlibrary.h wiki/zimmodule.h
    wiki/ziminspector.cpp wiki/ziminspector.h)

# Where ZimLibrary finds the offline-Wikipedia module (wiki/zim/module.cmake): beside the build tree's programs,
# or where it is installed.
target_compile_definitions(randnotiz_core PRIVATE
    RANDNOTIZ_BUILD_DIR="${CMAKE_BINARY_DIR}"
    RANDNOTIZ_BUILD_MODULE_DIR="${CMAKE_BINARY_DIR}/modules"
    RANDNOTIZ_INSTALL_MODULE_DIR="${CMAKE_INSTALL_FULL_LIBDIR}/randnotiz")
