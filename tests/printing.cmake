# The printed article and its PDF, read back with pdftotext (poppler-utils, installed by scripts/bootstrap).
randnotiz_add_test(tst_articleprint GUI)
target_compile_definitions(tst_articleprint PRIVATE RANDNOTIZ_BUILD_DIR="${CMAKE_CURRENT_BINARY_DIR}")
randnotiz_add_test(tst_pdfcli)
add_dependencies(tst_pdfcli randnotiz)
target_compile_definitions(tst_pdfcli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
