#include "library/indexwriter.h"

#include "library/indexrecord.h"

namespace Randnotiz {

IndexWriter::IndexWriter(sqlite3 *handle, const QSqlDatabase &db)
    : m_insertArticle(handle, db,
                      "INSERT INTO articles (path, size, mtime, fingerprint, headline, agencies, words, forecast)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    , m_updateArticle(handle, db,
                      "UPDATE articles SET path = ?, size = ?, mtime = ?, fingerprint = ?, headline = ?, agencies = ?,"
                      " words = ?, forecast = ?, error = '' WHERE id = ?")
    , m_insertError(handle, db, "INSERT INTO articles (path, size, mtime, error) VALUES (?, ?, ?, ?)")
    , m_deleteArticle(handle, db, "DELETE FROM articles WHERE id = ?")
    , m_insertParts(handle, db,
                    "INSERT INTO parts (rowid, headline, body, commentary, forecast, explanation, notes, extra)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    , m_deleteParts(handle, db, "DELETE FROM parts WHERE rowid = ?")
    , m_insertSubject(handle, db,
                      "INSERT INTO subjects (article_id, position, subject, kind, link, merge_key, explanation,"
                      " mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    , m_deleteSubjects(handle, db, "DELETE FROM subjects WHERE article_id = ?")
{ }

bool IndexWriter::run(SqlStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = statement.errorString();
    return false;
}

bool IndexWriter::store(qint64 &id, const QByteArray &path, qint64 size, qint64 mtime, const IndexRecord &record)
{
    if (id > 0 && !removeContents(id))
        return false;
    SqlStatement &row = id > 0 ? m_updateArticle : m_insertArticle;
    row.bindText(1, path);
    row.bindInt(2, size);
    row.bindInt(3, mtime);
    row.bindText(4, record.fingerprintUtf8);
    row.bindText(5, record.headlineUtf8);
    row.bindText(6, record.agencies);
    row.bindInt(7, record.words);
    row.bindText(8, record.forecast);
    if (id > 0)
        row.bindInt(9, id);
    if (!run(row))
        return false;
    if (id <= 0)
        id = row.lastInsertId();

    m_insertParts.bindInt(1, id);
    for (std::size_t i = 0; i < record.parts.size(); ++i)
        m_insertParts.bindText(int(i) + 2, record.parts.at(i));
    if (!run(m_insertParts))
        return false;

    for (std::size_t i = 0; i < record.subjects.size(); ++i) {
        const IndexRecord::Subject &subject = record.subjects.at(i);
        m_insertSubject.bindInt(1, id);
        m_insertSubject.bindInt(2, qint64(i));
        m_insertSubject.bindText(3, subject.subject);
        m_insertSubject.bindText(4, subject.kind);
        m_insertSubject.bindText(5, subject.link);
        m_insertSubject.bindText(6, subject.storedKey);
        m_insertSubject.bindText(7, subject.explanation);
        m_insertSubject.bindInt(8, subject.mentions);
        if (!run(m_insertSubject))
            return false;
    }
    return true;
}

bool IndexWriter::storeError(qint64 id, const QByteArray &path, qint64 size, qint64 mtime, const QString &error)
{
    if (id > 0 && !removeArticle(id))
        return false;
    const QByteArray why = error.toUtf8();
    m_insertError.bindText(1, path);
    m_insertError.bindInt(2, size);
    m_insertError.bindInt(3, mtime);
    m_insertError.bindText(4, why);
    return run(m_insertError);
}

bool IndexWriter::removeContents(qint64 id)
{
    m_deleteParts.bindInt(1, id);
    m_deleteSubjects.bindInt(1, id);
    return run(m_deleteParts) && run(m_deleteSubjects);
}

bool IndexWriter::removeArticle(qint64 id)
{
    if (!removeContents(id))
        return false;
    m_deleteArticle.bindInt(1, id);
    return run(m_deleteArticle);
}

} // namespace Randnotiz
