# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE
    notes/annotation.cpp notes/annotation.h
    notes/anchoring.cpp notes/anchoring.h
    notes/annotationstore.cpp notes/annotationstore.h
    notes/notesstore.h
    notes/storefactory.cpp notes/storefactory.h
    notes/w3cannotations.cpp notes/w3cannotations.h
    notes/exportescape.cpp notes/exportescape.h
    notes/notesexport.cpp notes/notesexport.h
    notes/notesloader.cpp notes/notesloader.h
    notes/notesexporter.cpp notes/notesexporter.h
    notes/openlink.cpp notes/openlink.h
    notes/verdict.cpp notes/verdict.h
)
# The team store on PostgreSQL (issue 14).
target_sources(randnotiz_core PRIVATE
    notes/postgres/postgresstore.cpp notes/postgres/postgresstore.h
    notes/postgres/teamschema.cpp notes/postgres/teamschema.h
    notes/postgres/teamoutbox.cpp notes/postgres/teamoutbox.h)
