// The SQLite C API for the library index's own ranking and lookups (bm25rank, libraryindex), taken at run time
// from the libsqlite3 that Qt's QSQLITE driver has loaded, never linked: the program does not load SQLite before
// its window has painted (the driver is a plugin, loaded when a store opens), and it can only ever talk to the
// very library QtSql uses. Include this instead of <sqlite3.h>: the sqlite3_* names become calls through the
// table load() fills (SQLite's own mechanism for loadable extensions, sqlite3ext.h).
#pragma once

#include <sqlite3ext.h>

SQLITE_EXTENSION_INIT3

namespace Randnotiz::SqliteApi {

// Fills the table from the loaded libsqlite3, once; true when every function the program uses is there. Call it
// only after a QSQLITE connection is open. False (and the QtSql ways are used) when the driver has SQLite built in.
bool load();

} // namespace Randnotiz::SqliteApi
