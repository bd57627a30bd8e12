# Issue 10, hardening: channel. Included from tests/CMakeLists.txt.
