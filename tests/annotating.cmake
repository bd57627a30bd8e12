# Tests of issue 6 (annotating in the window), driven through the real MainWindow.
randnotiz_add_test(tst_annotating GUI TIMEOUT 600)
randnotiz_add_test(tst_notesloader)
target_compile_definitions(tst_annotating PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
add_dependencies(tst_annotating randnotiz)
