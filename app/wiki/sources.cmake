# Sources of randnotiz_core in this folder: target_sources(randnotiz_core PRIVATE ...)
