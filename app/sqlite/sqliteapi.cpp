#include "sqlite/sqliteapi.h"

#include <dlfcn.h>
#include <mutex>

SQLITE_EXTENSION_INIT1

namespace Randnotiz::SqliteApi {

namespace {

template<typename Function> bool take(void *library, const char *name, Function &slot)
{
    slot = reinterpret_cast<Function>(dlsym(library, name));
    return slot != nullptr;
}

bool fill(sqlite3_api_routines &api)
{
    // RTLD_NOLOAD: the library the driver loaded, or none.
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return false;
    // Every function the program calls, and no other (the rest of the table stays empty).
    return take(library, "sqlite3_bind_pointer", api.bind_pointer) && take(library, "sqlite3_bind_text", api.bind_text)
        && take(library, "sqlite3_bind_int64", api.bind_int64) && take(library, "sqlite3_column_blob", api.column_blob)
        && take(library, "sqlite3_column_bytes", api.column_bytes)
        && take(library, "sqlite3_column_int64", api.column_int64)
        && take(library, "sqlite3_column_text", api.column_text) && take(library, "sqlite3_errmsg", api.errmsg)
        && take(library, "sqlite3_file_control", api.file_control) && take(library, "sqlite3_finalize", api.finalize)
        && take(library, "sqlite3_last_insert_rowid", api.last_insert_rowid)
        && take(library, "sqlite3_prepare_v2", api.prepare_v2) && take(library, "sqlite3_prepare_v3", api.prepare_v3)
        && take(library, "sqlite3_reset", api.reset) && take(library, "sqlite3_result_double", api.result_double)
        && take(library, "sqlite3_result_error_code", api.result_error_code)
        && take(library, "sqlite3_sourceid", api.sourceid) && take(library, "sqlite3_step", api.step)
        && take(library, "sqlite3_txn_state", api.txn_state) && take(library, "sqlite3_value_double", api.value_double)
        && take(library, "sqlite3_vfs_find", api.vfs_find);
    // The handle is not closed: the driver keeps the library loaded for as long as the process runs.
}

} // namespace

bool load()
{
    static std::mutex mutex;
    static sqlite3_api_routines api {};
    // Filled once, by the first thread that finds the library; never changed afterwards.
    const std::lock_guard<std::mutex> lock(mutex);
    if (!sqlite3_api && fill(api))
        sqlite3_api = &api;
    return sqlite3_api != nullptr;
}

} // namespace Randnotiz::SqliteApi
