# Issue 10, hardening: huge. Included from tests/CMakeLists.txt.
