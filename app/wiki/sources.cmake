# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE
    wiki/summary.h
    wiki/wikiconfig.cpp wiki/wikiconfig.h
    wiki/wikiclient.cpp wiki/wikiclient.h
    wiki/summarycache.cpp wiki/summarycache.h
    wiki/summaryworker.cpp wiki/summaryworker.h
    wiki/summaryservice.cpp wiki/summaryservice.h
    wiki/zimlibrary.cpp wiki/zimlibrary.h
    wiki/leadextractor.cpp wiki/leadextractor.h
    wiki/ziminspector.cpp wiki/ziminspector.h)

# Offline copies of Wikipedia: Kiwix ZIM files read with Debian's libzim, their pages parsed with libxml2.
# GLOBAL: the static library passes both on to executables in other folders (tests, benchmarks).
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIM REQUIRED IMPORTED_TARGET GLOBAL libzim)
find_package(LibXml2 REQUIRED GLOBAL)
target_link_libraries(randnotiz_core PRIVATE PkgConfig::LIBZIM LibXml2::LibXml2)
