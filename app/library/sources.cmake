# Sources of randnotiz_core in this folder: the library of article files, its index and its forecasts.
target_sources(randnotiz_core PRIVATE
    library/bm25rank.cpp library/bm25rank.h
    library/forecast.cpp library/forecast.h
    library/forecastexport.cpp library/forecastexport.h
    library/hittext.cpp library/hittext.h
    library/indexrecord.cpp library/indexrecord.h
    library/indexwriter.cpp library/indexwriter.h
    library/libraryindex.cpp library/libraryindex.h
    library/libraryservice.cpp library/libraryservice.h
    library/parseahead.cpp library/parseahead.h)
