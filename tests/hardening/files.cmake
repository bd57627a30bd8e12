# Issue 10, hardening: files. Included from tests/CMakeLists.txt.
# Files that are not articles (FIFOs, sockets, devices, folders) and folder scans (link loops, unreadable folders,
# 100,000 files): refused at once with one line, and the other files go on.
randnotiz_add_test(tst_articlefile)
randnotiz_add_test(tst_articlefiles)
randnotiz_add_test(tst_filescli)
add_dependencies(tst_filescli randnotiz)
target_compile_definitions(tst_filescli PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
randnotiz_add_test(tst_windowfiles GUI)
