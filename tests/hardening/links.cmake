# Issue 10, hardening: links. Included from tests/CMakeLists.txt.
# The one check before a web address reaches the desktop, and the window's open actions that go through it.
randnotiz_add_test(tst_externalurl)
randnotiz_add_test(tst_desktoplinks GUI TIMEOUT 120)
