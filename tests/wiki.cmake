# randnotiz_add_test(...) lines for this area: the Wikipedia summary worker, its cache and its command.
target_sources(randnotiz_testsupport PRIVATE support/fakewikiserver.cpp support/fakewikiserver.h
    support/wikitestrig.cpp support/wikitestrig.h)
target_link_libraries(randnotiz_testsupport PUBLIC Qt6::Network)

randnotiz_add_test(tst_wikiclient)

randnotiz_add_test(tst_summaryworker)
randnotiz_add_test(tst_summarycache)
randnotiz_add_test(tst_prefetchcli)
add_dependencies(tst_prefetchcli randnotiz)
target_compile_definitions(tst_prefetchcli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
randnotiz_add_test(tst_summaryservice)

# Benchmark (not a ctest test): build with --target benchmark_summaries, run tests/benchmark_summaries.
qt_add_executable(benchmark_summaries benchmarks/wiki/benchmark_summaries.cpp)
target_link_libraries(benchmark_summaries PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings)
