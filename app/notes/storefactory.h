// The one place that decides which notes store a window, a loader thread or a command uses: the local SQLite
// store in the data folder, or the team store on PostgreSQL when a postgresql:// address is given.
#pragma once

#include "notes/notesstore.h"

#include <QString>

#include <memory>

namespace Randnotiz {

struct StoreLocation
{
    QString dataDir; // empty: the default data folder (the local store, and the team store's local part)
    QString teamStore; // postgresql://USER@HOST:PORT/DB?sslmode=...; empty: the local store

    bool isTeamStore() const { return !teamStore.isEmpty(); }
};

class StoreFactory final
{
public:
    // A store for location, not opened yet: call open(). An address that cannot be used fails in open(), with
    // errorString() saying why.
    static NotesStore *create(const StoreLocation &location, QObject *parent);
    static std::unique_ptr<NotesStore> create(const StoreLocation &location);

    // Whether the team store at the address can be used (it connects and has the schema): empty when it can, else
    // the reason for the user. Blocks until the server answers (or libpq gives up): call it off the GUI thread.
    static QString testConnection(const QString &teamStore);
};

} // namespace Randnotiz
