# Issue 10, hardening: plaintext. Included from tests/CMakeLists.txt.
