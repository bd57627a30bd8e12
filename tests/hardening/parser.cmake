# Issue 10, hardening: parser. Included from tests/CMakeLists.txt.
