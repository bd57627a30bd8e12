# Issue 10, hardening: plaintext. Included from tests/CMakeLists.txt.
# Text from articles, notes, file names and the network is shown as plain text in every view of the window.
randnotiz_add_test(tst_plaintext GUI TIMEOUT 120)
