# Issue 10, hardening: storage. Included from tests/CMakeLists.txt.
