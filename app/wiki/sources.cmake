# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
target_sources(randnotiz_core PRIVATE cli/prefetchcommand.cpp cli/prefetchcommand.h wiki/summary.h)
