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

QString StoreFactory::testConnection(const QString &teamStore)
{
    QString error;
    const std::optional<TeamStoreUrl> url = TeamStoreUrl::parse(teamStore, &error);
    if (!url)
        return error;
    PostgresStore store; // without the local part: only the connection is tried
    return store.open(*url) ? QString() : store.errorString();
}

} // namespace Randnotiz
