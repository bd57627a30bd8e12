# Sources of randnotiz_core in this folder: the headless commands.
target_sources(randnotiz_core PRIVATE
    cli/articlejson.cpp cli/articlejson.h
    cli/commandline.cpp cli/commandline.h
    cli/dumpjson.cpp cli/dumpjson.h
    cli/instancechannel.cpp cli/instancechannel.h
    cli/jsonwriter.cpp cli/jsonwriter.h
    cli/librarycommands.cpp cli/librarycommands.h
    cli/notescommands.cpp cli/notescommands.h
    cli/prefetchcommand.cpp cli/prefetchcommand.h
    cli/storecommands.cpp cli/storecommands.h)
