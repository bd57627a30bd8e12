#include "sqlite/sqlitefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace Randnotiz::Sqlite {

bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

bool execWaiting(QSqlQuery &query, const QString &sql, const QDeadlineTimer &deadline)
{
    // SQLite does not call the busy handler while another connection creates the file or changes its
    // journal mode (two processes opening a new store at once hit this about one time in three).
    for (qint64 pause = 1;; pause = std::min<qint64>(pause * 2, 50)) {
        if (query.exec(sql))
            return true;
        if (!isBusy(query.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(std::max<qint64>(0, std::min(pause, deadline.remainingTime())));
    }
}

bool useWal(QSqlQuery &query, const QDeadlineTimer &deadline)
{
    if (!execWaiting(query, QStringLiteral("PRAGMA journal_mode"), deadline))
        return false;
    const bool isWal
        = query.next() && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    query.finish();
    if (isWal)
        return true;
    const bool switched = execWaiting(query, QStringLiteral("PRAGMA journal_mode = WAL"), deadline);
    query.finish();
    return switched;
}

} // namespace Randnotiz::Sqlite
