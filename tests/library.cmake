# The library of article folders: its index, search semantics, persons across articles, forecasts.
randnotiz_add_test(tst_libraryindex)
