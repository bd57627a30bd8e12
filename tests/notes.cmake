# Tests of the annotation engine (issue 5): plain text, anchoring, store, exports and the notes commands.
target_sources(randnotiz_testsupport PRIVATE support/notestestdata.cpp support/notestestdata.h)

randnotiz_add_test(tst_annotation)
randnotiz_add_test(tst_anchoring)
randnotiz_add_test(tst_annotationstore TIMEOUT 600)
randnotiz_add_test(tst_notesexport)
randnotiz_add_test(tst_notescli TIMEOUT 600)

# Helper for the crash-safety and two-writers tests: adds annotations in a loop and acknowledges each one.
qt_add_executable(noteswriter support/noteswriter.cpp)
target_link_libraries(noteswriter PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings)
add_dependencies(tst_annotationstore noteswriter)
target_compile_definitions(tst_annotationstore PRIVATE NOTESWRITER_BINARY="$<TARGET_FILE:noteswriter>")

target_compile_definitions(tst_notescli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
add_dependencies(tst_notescli randnotiz)

# Benchmarks: built with the tests, never run by ctest. See docs/readme-notes.md for how to run them.
qt_add_executable(bench_notes benchmarks/notes/bench_notes.cpp)
target_link_libraries(bench_notes PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings)
target_compile_definitions(bench_notes PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
