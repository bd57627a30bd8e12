# Issue 10, hardening: files. Included from tests/CMakeLists.txt.
