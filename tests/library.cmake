# The library of article folders: its index, search semantics, persons across articles, forecasts.
randnotiz_add_test(tst_libraryindex)
randnotiz_add_test(tst_librarycli)
add_dependencies(tst_librarycli randnotiz)
target_compile_definitions(tst_librarycli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
randnotiz_add_test(tst_librarymodel)
randnotiz_add_test(tst_libraryservice)
randnotiz_add_test(tst_forecasts)
randnotiz_add_test(tst_librarypanel GUI)
