#include "cli/storecommands.h"

#include "notes/postgres/teamschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace Randnotiz {

namespace {

void print(std::FILE *stream, const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stream);
}

} // namespace

int initStoreCommand(const QString &urlText, std::FILE *out, std::FILE *err)
{
    QString error;
    const std::optional<TeamStoreUrl> url = TeamStoreUrl::parse(urlText, &error);
    if (!url) {
        print(err, QStringLiteral("randnotiz: ") + error);
        return 2;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        print(err,
              QStringLiteral("randnotiz: ")
                  + QCoreApplication::translate(
                      "Randnotiz::StoreCommands",
                      "Qt's PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql)."));
        return 1;
    }
    const QString connectionName = QStringLiteral("randnotiz-init-store-") + QUuid::createUuid().toString();
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        url->applyTo(db);
        if (!db.open()) {
            print(
                err,
                QStringLiteral("randnotiz: ")
                    + QCoreApplication::translate("Randnotiz::StoreCommands", "Cannot connect to the team store %1: %2")
                          .arg(urlText, db.lastError().text()));
            code = 1;
        } else {
            const int before = TeamSchema::version(db, &error);
            if (before < 0 || !TeamSchema::migrate(db, &error)) {
                print(err, QStringLiteral("randnotiz: ") + error);
                code = 1;
            } else if (before == TeamSchema::CurrentVersion) {
                print(out,
                      QCoreApplication::translate("Randnotiz::StoreCommands",
                                                  "The team store is up to date (version %1).")
                          .arg(TeamSchema::CurrentVersion));
            } else {
                print(out,
                      QCoreApplication::translate(
                          "Randnotiz::StoreCommands",
                          "The team store is at version %1 (was %2). Add people with: GRANT %3 TO their_role;")
                          .arg(TeamSchema::CurrentVersion)
                          .arg(before)
                          .arg(QLatin1String(TeamSchema::GroupRole)));
            }
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return code;
}

} // namespace Randnotiz
