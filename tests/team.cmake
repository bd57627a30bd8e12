# The team store on PostgreSQL (issue 14): every test executable starts its own PostgreSQL 15 server.
target_sources(randnotiz_testsupport PRIVATE support/pgserver.cpp support/pgserver.h)

randnotiz_add_test(tst_teamschema)
randnotiz_add_test(tst_postgresstore)
# The store behaviour of tst_annotationstore, against both backends through StoreFactory.
randnotiz_add_test(tst_notesstore)
# The server stopped in the middle of a session and started again: the outbox is sent, nothing is lost.
randnotiz_add_test(tst_teamoutbox)
# Helper for the eight-writers test: adds notes to the team store in a loop.
qt_add_executable(teamwriter support/teamwriter.cpp)
target_link_libraries(teamwriter PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings)
add_dependencies(tst_postgresstore teamwriter)
target_compile_definitions(tst_postgresstore PRIVATE TEAMWRITER_BINARY="$<TARGET_FILE:teamwriter>")

# Benchmark: built with the tests, never run by ctest. Run build/dev/tests/bench_teamstore (see the README).
qt_add_executable(bench_teamstore benchmarks/team/bench_teamstore.cpp)
target_link_libraries(bench_teamstore PRIVATE randnotiz_core randnotiz_testsupport randnotiz_settings Qt6::Test)

# The notes commands on a team store, through the real binary.
randnotiz_add_test(tst_teamcli TIMEOUT 600)
target_compile_definitions(tst_teamcli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
add_dependencies(tst_teamcli randnotiz)

# The window on a team store: authors, private and shared notes, Settings > Team store.
randnotiz_add_test(tst_teamwindow GUI TIMEOUT 600)
