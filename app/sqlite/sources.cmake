# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
# What every SQLite file of Randnotiz (notes, library index, summary cache) does the same way.
target_sources(randnotiz_core PRIVATE
    sqlite/sqlitefile.cpp sqlite/sqlitefile.h
)
# The library index ranks with a function of its own on the connection Qt opened (bm25rank), through SQLite's
# C API: the same libsqlite3 that Qt's QSQLITE driver uses on Debian.
# The variables, not the imported target: that one is known in this folder only, and every test links the core.
find_package(SQLite3 REQUIRED)
target_include_directories(randnotiz_core PRIVATE ${SQLite3_INCLUDE_DIRS})
target_link_libraries(randnotiz_core PRIVATE ${SQLite3_LIBRARIES})
