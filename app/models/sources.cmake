# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE
    models/roles.h
    models/articlemodel.cpp models/articlemodel.h
    models/biographymodel.cpp models/biographymodel.h
    models/mentionfinder.cpp models/mentionfinder.h
    models/articleloader.cpp models/articleloader.h
    models/annotationmodel.cpp models/annotationmodel.h
    models/annotationfiltermodel.cpp models/annotationfiltermodel.h
    models/forecastmodel.cpp models/forecastmodel.h
    models/librarymodel.cpp models/librarymodel.h
    models/languagewatch.cpp models/languagewatch.h)
