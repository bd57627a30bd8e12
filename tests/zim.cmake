# Offline Wikipedia (issue 13): Kiwix ZIM files written by the tests with libzim's writer, read by ZimLibrary,
# their pages turned into summaries, used by the worker, the command line and the window.
target_sources(randnotiz_testsupport PRIVATE support/zimtestdata.cpp support/zimtestdata.h)
target_link_libraries(randnotiz_testsupport PRIVATE PkgConfig::LIBZIM)

# LeadExtractor is part of the module, which exports only its entry point: the test compiles it in.
randnotiz_add_test(tst_leadextractor SOURCES ${PROJECT_SOURCE_DIR}/app/wiki/zim/leadextractor.cpp
    LIBRARIES LibXml2::LibXml2)
randnotiz_add_test(tst_zimlibrary)
randnotiz_add_test(tst_zimprefetch)
add_dependencies(tst_zimprefetch randnotiz)
target_compile_definitions(tst_zimprefetch PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>"
    RANDNOTIZ_INSTALLED_MODULE_DIR="${RANDNOTIZ_MODULE_DIR_FROM_BIN}")
randnotiz_add_test(tst_zimwindow GUI)
randnotiz_add_test(tst_perhaps GUI)

# Benchmark (not a ctest test): build with --target benchmark_zim, run build/dev/tests/benchmark_zim.
qt_add_executable(benchmark_zim benchmarks/zim/benchmark_zim.cpp)
target_link_libraries(benchmark_zim PRIVATE randnotiz_core randnotiz_settings PkgConfig::LIBZIM)
add_dependencies(benchmark_zim randnotiz_zim)
