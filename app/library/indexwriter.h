// The writes of the library index, each a statement prepared once for a run of many files: an article's row,
// its FTS row of parts and its subjects, a file that is not an article, and removing them again.
#pragma once

#include "sqlite/sqlstatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace Randnotiz {

struct IndexRecord;

class IndexWriter final
{
    Q_DISABLE_COPY_MOVE(IndexWriter)

public:
    // handle: the driver's own connection (see SqlStatement), or null.
    IndexWriter(sqlite3 *handle, const QSqlDatabase &db);

    // Writes the article's row (a new one when id <= 0, then id is set to it), its parts and subjects.
    bool store(qint64 &id, const QByteArray &path, qint64 size, qint64 mtime, const IndexRecord &record);
    // The row of a file that is not an article, with why (its earlier contents go).
    bool storeError(qint64 id, const QByteArray &path, qint64 size, qint64 mtime, const QString &error);
    bool removeContents(qint64 id); // its parts and subjects, not its row
    bool removeArticle(qint64 id);
    QString errorString() const { return m_error; }

private:
    bool run(SqlStatement &statement);

    SqlStatement m_insertArticle;
    SqlStatement m_updateArticle;
    SqlStatement m_insertError;
    SqlStatement m_deleteArticle;
    SqlStatement m_insertParts;
    SqlStatement m_deleteParts;
    SqlStatement m_insertSubject;
    SqlStatement m_deleteSubjects;
    QString m_error;
};

} // namespace Randnotiz
