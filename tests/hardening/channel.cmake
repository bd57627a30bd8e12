# Issue 10, hardening: channel. Included from tests/CMakeLists.txt.
# The single-instance channel's trust checks (private runtime folder, socket owner, peer id, a socket planted by
# another user) are tested in tst_instancechannel, declared in tests/exporting.cmake; tests run as root there,
# so the planted listener is a forked child that becomes 'nobody' (uid 65534).
