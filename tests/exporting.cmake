# Tests of issue 6 (exporting): the shared exporter, the export dialog, randnotiz:// links and the running instance.
randnotiz_add_test(tst_openlink GUI)
randnotiz_add_test(tst_instancechannel)
randnotiz_add_test(tst_notesexporter TIMEOUT 600)
randnotiz_add_test(tst_exportdialog GUI TIMEOUT 600)

# These compare with, or hand links to, the real program.
foreach(test IN ITEMS tst_instancechannel tst_notesexporter tst_exportdialog)
    target_compile_definitions(${test} PRIVATE RANDNOTIZ_BINARY="$<TARGET_FILE:randnotiz>")
    add_dependencies(${test} randnotiz)
endforeach()

target_sources(randnotiz_testsupport PRIVATE support/exporttestdata.cpp support/exporttestdata.h)
