# Issue 10, hardening: storage. Included from tests/CMakeLists.txt.
# Full disks and read-only folders happen on a tmpfs of the test's own, in a mount namespace of its own
# (support/tinydisk.h): as root through unshare(CLONE_NEWNS), otherwise through a user namespace.
target_sources(randnotiz_testsupport PRIVATE support/tinydisk.cpp support/tinydisk.h)

randnotiz_add_test(tst_storagefailures)
randnotiz_add_test(tst_fulldisk GUI)
