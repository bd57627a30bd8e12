# Sources of randnotiz_core in this folder: what a search field's text means, for every full-text index.
target_sources(randnotiz_core PRIVATE
    search/searchquery.cpp search/searchquery.h)
