# Sources of randnotiz_core in this folder: the library of article files and its index.
target_sources(randnotiz_core PRIVATE
    library/libraryindex.cpp library/libraryindex.h)
