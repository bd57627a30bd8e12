# Issue 10, hardening: links. Included from tests/CMakeLists.txt.
