# Issue 10, hardening: huge. Included from tests/CMakeLists.txt.
# 100,000 notes for all articles, 10,000 explanations: results, signals and bounds (tests/tst_hugeinputs.cpp).
randnotiz_add_test(tst_hugeinputs TIMEOUT 600)
