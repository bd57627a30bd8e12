# Sources of randnotiz_core in this folder: the article layer uses nothing above it.
target_sources(randnotiz_core PRIVATE
    article/article.cpp article/article.h
    article/articlefile.cpp article/articlefile.h
    article/articlefiles.cpp article/articlefiles.h
    article/articletext.cpp article/articletext.h
    article/externalurl.cpp article/externalurl.h
    article/ozdparser.cpp article/ozdparser.h
    article/textdecoder.cpp article/textdecoder.h
    article/wikilink.cpp article/wikilink.h)
