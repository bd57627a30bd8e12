#pragma once

#include <QDeadlineTimer>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace Randnotiz::Sqlite {

// SQLITE_BUSY or SQLITE_LOCKED, also as extended codes.
bool isBusy(const QSqlError &error);

// Runs one statement; while another process holds the file in a way SQLite does not wait for (creating it,
// switching it to WAL), a busy answer is retried until the deadline. The query keeps the last error.
bool execWaiting(QSqlQuery &query, const QString &sql, const QDeadlineTimer &deadline);

// Puts the file into WAL mode unless it is in it already (switching needs the file to itself; asking does
// not), waiting for other processes until the deadline.
bool useWal(QSqlQuery &query, const QDeadlineTimer &deadline);

} // namespace Randnotiz::Sqlite
