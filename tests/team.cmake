# The team store on PostgreSQL (issue 14): every test executable starts its own PostgreSQL 15 server.
target_sources(randnotiz_testsupport PRIVATE support/pgserver.cpp support/pgserver.h)

randnotiz_add_test(tst_teamschema)
randnotiz_add_test(tst_postgresstore)
