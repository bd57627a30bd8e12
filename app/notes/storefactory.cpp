#include "notes/storefactory.h"

#include "notes/annotationstore.h"
#include "notes/postgres/postgresstore.h"

namespace Randnotiz {

NotesStore *StoreFactory::create(const StoreLocation &location, QObject *parent)
{
    if (location.isTeamStore())
        return new PostgresStore(location.teamStore, location.dataDir, parent);
    return new AnnotationStore(location.dataDir, parent);
}

std::unique_ptr<NotesStore> StoreFactory::create(const StoreLocation &location)
{
    return std::unique_ptr<NotesStore>(create(location, nullptr));
}

QString StoreFactory::testConnection(const StoreLocation &location)
{
    const std::unique_ptr<NotesStore> store = create(location);
    return store->open() ? QString() : store->errorString();
}

} // namespace Randnotiz
