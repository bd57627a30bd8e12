# Tests of the reading window, its models and its desktop files.
target_sources(randnotiz_testsupport PRIVATE support/guisupport.cpp support/guisupport.h)

randnotiz_add_test(tst_articlemodel)
randnotiz_add_test(tst_biographymodel)
randnotiz_add_test(tst_mentionfinder)
# tst_mainwindow (GUI) is declared in tests/CMakeLists.txt.

randnotiz_add_test(tst_translations GUI)
target_compile_definitions(tst_translations PRIVATE RANDNOTIZ_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

randnotiz_add_test(tst_desktopfiles)
add_dependencies(tst_desktopfiles randnotiz)
target_compile_definitions(tst_desktopfiles PRIVATE
    RANDNOTIZ_CMAKE="${CMAKE_COMMAND}" RANDNOTIZ_BUILD_DIR="${PROJECT_BINARY_DIR}")

randnotiz_add_test(tst_startup)
add_dependencies(tst_startup randnotiz)
target_compile_definitions(tst_startup PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")

randnotiz_add_test(tst_screenshots GUI)

# The side-by-side startup comparison: a plain Qt Widgets program that shows the same file in a QLabel.
# Not a test; see docs/readme-reading.md for how it is run.
qt_add_executable(bench_qlabelstartup benchmarks/startup/qlabelstartup.cpp)
target_link_libraries(bench_qlabelstartup PRIVATE Qt6::Widgets randnotiz_settings)
# Opening a 5 MB article while measuring the longest stall of the event loop.
qt_add_executable(bench_openlarge benchmarks/startup/openlarge.cpp)
target_link_libraries(bench_openlarge PRIVATE randnotiz_ui randnotiz_core randnotiz_settings Qt6::Widgets)

# Wikipedia summaries in the window, against the fake REST server (tests/support/fakewikiserver.h).
randnotiz_add_test(tst_summarypanel GUI TIMEOUT 120)
# The mention links under an entry: the article scrolls to the mention and flashes it.
randnotiz_add_test(tst_mentionlinks GUI)

# One reading document per article (issue 11) and the huge inputs of the view (issue 10): reflow at every
# size, zoom and language, folding, find, 100,000 sections, text taller than a widget, accessibility.
randnotiz_add_test(tst_readingdocument GUI TIMEOUT 600)
