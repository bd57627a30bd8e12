// The team store's schema on PostgreSQL: connection URLs, versioned and idempotent migrations, the group role
// randnotiz_team and the row-level security that keeps a member's private notes private by the database itself.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Randnotiz {

// postgresql://USER@HOST:PORT/DB?sslmode=MODE. A password is never part of it: libpq's PGPASSWORD, ~/.pgpass or
// PGSERVICE supply one.
struct TeamStoreUrl
{
    QString user; // empty: libpq's default (PGUSER, the login name)
    QString host; // empty: libpq's default (PGHOST, the local socket)
    int port = 5432;
    QString database;
    QString sslmode; // empty: libpq's default (prefer)

    // nullopt and a translated reason in *error when TEXT is no such URL or carries a password.
    static std::optional<TeamStoreUrl> parse(const QString &text, QString *error);
    // Sets host, port, user, database and sslmode on a QPSQL connection (not opened).
    void applyTo(QSqlDatabase &db) const;
};

class TeamSchema final
{
public:
    static constexpr int CurrentVersion = 1;
    static constexpr auto GroupRole = "randnotiz_team";
    static constexpr auto NotifyChannel = "randnotiz_notes";
    static constexpr auto SearchConfiguration = "randnotiz_fold";

    // The version the store's schema has: 0 for an empty database, -1 (and *error) when it cannot be read.
    static int version(const QSqlDatabase &db, QString *error = nullptr);
    // Brings the schema to CurrentVersion, one transaction per step, and (re)grants the group role its rights;
    // running it again changes nothing. The connecting role needs CREATEROLE (for randnotiz_team, once per
    // cluster) and must own the database or be allowed to create in it. Returns false and a reason in *error.
    static bool migrate(const QSqlDatabase &db, QString *error);
};

} // namespace Randnotiz
