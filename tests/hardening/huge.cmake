# Issue 10, hardening: huge. Included from tests/CMakeLists.txt.
# 100,000 notes for all articles, 10,000 explanations: results, signals and bounds (tests/tst_hugeinputs.cpp).
randnotiz_add_test(tst_hugeinputs TIMEOUT 600)

# Benchmark, not a test: fuzzy re-anchoring of one long changed paragraph, 64 KiB to 4 MiB (linear, not quadratic).
qt_add_executable(bench_anchoring benchmarks/notes/bench_anchoring.cpp)
target_link_libraries(bench_anchoring PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings)
