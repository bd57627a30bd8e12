# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
# What every SQLite file of Randnotiz (notes, library index, summary cache) does the same way.
target_sources(randnotiz_core PRIVATE
    sqlite/sqlitefile.cpp sqlite/sqlitefile.h
)
# The library index ranks with a function of its own on the connection Qt opened (bm25rank), through SQLite's
# C API taken at run time from the libsqlite3 Qt's QSQLITE driver loaded (sqliteapi.h): only the headers here.
target_sources(randnotiz_core PRIVATE sqlite/sqliteapi.cpp sqlite/sqliteapi.h sqlite/sqlstatement.cpp sqlite/sqlstatement.h)
find_package(SQLite3 REQUIRED)
target_include_directories(randnotiz_core PRIVATE ${SQLite3_INCLUDE_DIRS})
target_link_libraries(randnotiz_core PRIVATE ${CMAKE_DL_LIBS})
