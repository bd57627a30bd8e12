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

# Where ZimLibrary finds the offline-Wikipedia module (wiki/zim/module.cmake): a program of the build tree in its
# modules folder, an installed one relative to its own folder (so that any --prefix works).
target_compile_definitions(randnotiz_core PRIVATE
    RANDNOTIZ_BUILD_DIR="${CMAKE_BINARY_DIR}"
    RANDNOTIZ_BUILD_MODULE_DIR="${CMAKE_BINARY_DIR}/modules"
    RANDNOTIZ_INSTALLED_MODULE_DIR="${RANDNOTIZ_MODULE_DIR_FROM_BIN}")
