#include "sqlite/sqlstatement.h"

#include <QSqlError>
#include <QVariant>

namespace Randnotiz {

void SqlStatement::Finalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

SqlStatement::SqlStatement(sqlite3 *handle, const QSqlDatabase &db, const char *sql)
    : m_handle(handle)
    , m_query(db)
{
    if (m_handle) {
        sqlite3_stmt *prepared = nullptr;
        m_valid = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) == SQLITE_OK;
        m_statement.reset(prepared);
        if (!m_valid)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return;
    }
    m_query.setForwardOnly(true);
    m_valid = m_query.prepare(QString::fromUtf8(sql));
    if (!m_valid)
        m_error = m_query.lastError().text();
}

SqlStatement::~SqlStatement() = default;

void SqlStatement::bindText(int index, QByteArrayView utf8)
{
    if (!m_valid)
        return;
    if (m_statement) {
        // SQLITE_STATIC: the caller keeps the text until exec(); "" so that an empty text is not NULL.
        sqlite3_bind_text(m_statement.get(), index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
        return;
    }
    // A null QString would be bound as NULL.
    m_query.bindValue(index - 1, utf8.isEmpty() ? QStringLiteral("") : QString::fromUtf8(utf8.data(), utf8.size()));
}

void SqlStatement::bindInt(int index, qint64 value)
{
    if (!m_valid)
        return;
    if (m_statement) {
        sqlite3_bind_int64(m_statement.get(), index, value);
        return;
    }
    m_query.bindValue(index - 1, value);
}

bool SqlStatement::exec()
{
    if (!m_valid)
        return false;
    if (m_statement) {
        int result = sqlite3_step(m_statement.get());
        while (result == SQLITE_ROW) // rows are not read here: a write that returns some runs to its end
            result = sqlite3_step(m_statement.get());
        const bool ok = result == SQLITE_DONE;
        m_error = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
        if (ok)
            m_lastId = sqlite3_last_insert_rowid(m_handle);
        sqlite3_reset(m_statement.get());
        return ok;
    }
    const bool ok = m_query.exec();
    m_error = ok ? QString() : m_query.lastError().text();
    if (ok)
        m_lastId = m_query.lastInsertId().toLongLong();
    m_query.finish();
    return ok;
}

qint64 SqlStatement::lastInsertId() const
{
    return m_lastId;
}

} // namespace Randnotiz
