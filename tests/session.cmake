# Language, session, start-up (issue 11): the window switches its language while it runs and reopens the
# tabs of the last session.
randnotiz_add_test(tst_languageswitch GUI)
randnotiz_add_test(tst_sessionrestore GUI)
