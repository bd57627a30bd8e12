# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
# What every SQLite file of Randnotiz (notes, library index, summary cache) does the same way.
target_sources(randnotiz_core PRIVATE
    sqlite/sqlitefile.cpp sqlite/sqlitefile.h
)
