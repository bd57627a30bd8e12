# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE
    wiki/summary.h
    wiki/wikiconfig.cpp wiki/wikiconfig.h
    wiki/wikiclient.cpp wiki/wikiclient.h
    wiki/summarycache.cpp wiki/summarycache.h
    wiki/summaryworker.cpp wiki/summaryworker.h
    wiki/summaryservice.cpp wiki/summaryservice.h)
