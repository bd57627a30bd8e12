# Tests of issue 6 (annotating in the window), driven through the real MainWindow.
randnotiz_add_test(tst_annotating GUI TIMEOUT 600)
randnotiz_add_test(tst_notesloader)
