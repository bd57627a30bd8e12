// One prepared statement that is run many times: on the driver's own SQLite connection when there is one (binding
// UTF-8 text as it is and stepping, prepared once), else through QtSql. The library index writes through it, so
// the two ways are one code path above it.
#pragma once

#include "sqlite/sqliteapi.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Randnotiz {

class SqlStatement final
{
    Q_DISABLE_COPY_MOVE(SqlStatement)

public:
    // handle: the connection's sqlite3 (only valid while SqliteApi is loaded), or null for QtSql alone.
    SqlStatement(sqlite3 *handle, const QSqlDatabase &db, const char *sql);
    ~SqlStatement();

    bool isValid() const { return m_valid; }
    // Parameters count from 1, as in SQL. Text must stay alive until exec() returns; empty text is '' (not NULL).
    void bindText(int index, QByteArrayView utf8);
    void bindInt(int index, qint64 value);
    // Runs it to its end and makes it ready for the next bindings; false with errorString() on failure.
    bool exec();
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    QSqlQuery m_query;
    qint64 m_lastId = 0;
    QString m_error;
    bool m_valid = false;
};

} // namespace Randnotiz
