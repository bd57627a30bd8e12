#include "notes/annotationstore.h"

#include "notes/anchoring.h"
#include "sqlite/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace Randnotiz {

namespace {

// The first schema, as the first release wrote it. A new store is created with it and then migrated, so
// that every migration runs on every new store and not only on old users' machines.
const char *const schemaV1[] = {
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, path TEXT NOT NULL,"
    " title TEXT NOT NULL, plain_text TEXT NOT NULL, seen TEXT NOT NULL)",
    "CREATE INDEX articles_fingerprint ON articles (fingerprint)",
    "CREATE INDEX articles_path ON articles (path)",
    "CREATE TABLE annotations (id TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id),"
    " part TEXT NOT NULL, paragraph INTEGER NOT NULL, paragraph_offset INTEGER NOT NULL,"
    " start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL,"
    " suffix TEXT NOT NULL, color TEXT NOT NULL, note TEXT NOT NULL, tags TEXT NOT NULL,"
    " created TEXT NOT NULL, modified TEXT NOT NULL)",
    "CREATE INDEX annotations_article ON annotations (article_id)",
};

// Version 2: the anchoring status, colour labels and full-text search. FTS5 needs a stable integer rowid,
// which a table keyed by TEXT does not promise across VACUUM, so the table is rebuilt with one.
const char *const migrationV2[] = {
    "CREATE TABLE annotations_v2 (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " article_id INTEGER NOT NULL REFERENCES articles (id),"
    " part TEXT NOT NULL, paragraph INTEGER NOT NULL, paragraph_offset INTEGER NOT NULL,"
    " start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL,"
    " suffix TEXT NOT NULL, color TEXT NOT NULL, note TEXT NOT NULL, tags TEXT NOT NULL,"
    " created TEXT NOT NULL, modified TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'exact')",
    "INSERT INTO annotations_v2 (id, article_id, part, paragraph, paragraph_offset, start_pos, end_pos, quote,"
    " prefix, suffix, color, note, tags, created, modified)"
    " SELECT id, article_id, part, paragraph, paragraph_offset, start_pos, end_pos, quote, prefix, suffix,"
    " color, note, tags, created, modified FROM annotations ORDER BY article_id, start_pos",
    "DROP TABLE annotations",
    "ALTER TABLE annotations_v2 RENAME TO annotations",
    "CREATE INDEX annotations_article ON annotations (article_id, start_pos)",
    "CREATE TABLE color_labels (color TEXT PRIMARY KEY, label TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE annotations_fts USING fts5 (quote, note, tags, content='annotations',"
    " content_rowid='num', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
    "CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
    " INSERT INTO annotations_fts (rowid, quote, note, tags) VALUES (new.num, new.quote, new.note, new.tags); END",
    "CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
    " INSERT INTO annotations_fts (annotations_fts, rowid, quote, note, tags)"
    " VALUES ('delete', old.num, old.quote, old.note, old.tags); END",
    "CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note, tags ON annotations BEGIN"
    " INSERT INTO annotations_fts (annotations_fts, rowid, quote, note, tags)"
    " VALUES ('delete', old.num, old.quote, old.note, old.tags);"
    " INSERT INTO annotations_fts (rowid, quote, note, tags) VALUES (new.num, new.quote, new.note, new.tags); END",
    "INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')",
};

const QString annotationColumns = QStringLiteral(
    "a.id, a.article_id, a.part, a.paragraph, a.paragraph_offset, a.start_pos, a.end_pos, a.quote, a.prefix,"
    " a.suffix, a.color, a.note, a.tags, a.created, a.modified, a.status");
constexpr int annotationColumnCount = 16;

Annotation annotationFromRow(const QSqlQuery &q)
{
    Annotation a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.articleId = q.value(1).toLongLong();
    a.part = partFromName(q.value(2).toString()).value_or(Part::Body);
    a.paragraph = q.value(3).toInt();
    a.paragraphOffset = q.value(4).toInt();
    a.start = q.value(5).toInt();
    a.end = q.value(6).toInt();
    a.quote = q.value(7).toString();
    a.prefix = q.value(8).toString();
    a.suffix = q.value(9).toString();
    a.color = colorFromName(q.value(10).toString()).value_or(Color::Yellow);
    a.note = q.value(11).toString();
    const QString tagsJson = q.value(12).toString();
    if (tagsJson != QLatin1String("[]")) {
        const QJsonArray tags = QJsonDocument::fromJson(tagsJson.toUtf8()).array();
        for (const QJsonValue &tag : tags)
            a.tags.append(tag.toString());
    }
    a.created = parseUtcTimestamp(q.value(13).toString());
    a.modified = parseUtcTimestamp(q.value(14).toString());
    a.status = anchorStatusFromName(q.value(15).toString()).value_or(AnchorStatus::Exact);
    return a;
}

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

// Each word becomes a quoted FTS5 prefix term, so that user input is never read as query syntax.
// Version 3: the reader's verdicts on the library's forecasts.
const char *const migrationV3[] = {
    "CREATE TABLE forecast_verdicts (key TEXT PRIMARY KEY, verdict TEXT NOT NULL, note TEXT NOT NULL,"
    " modified TEXT NOT NULL)",
};

// Version 4: the Wikipedia pages the reader chose for entries without a link ("Perhaps: ..."), per article.
const char *const migrationV4[] = {
    "CREATE TABLE chosen_links (fingerprint TEXT NOT NULL, subject TEXT NOT NULL, url TEXT NOT NULL,"
    " modified TEXT NOT NULL, PRIMARY KEY (fingerprint, subject))",
};

QString ftsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = ArticleText::normalise(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + escaped + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

QString absolutePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Qt binds a null QString as SQL NULL; the schema wants text.
QVariant sqlText(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

bool isCorruption(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : AnnotationStore(QString(), parent)
{ }

AnnotationStore::AnnotationStore(const QString &dataDir, QObject *parent)
    : NotesStore(parent)
    , m_connection(QStringLiteral("randnotiz-notes-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_dataDir(dataDir)
{
    connect(this, &AnnotationStore::annotationsChanged, this, &AnnotationStore::noteTagChanges);
}

bool AnnotationStore::open()
{
    return open(m_dataDir.isEmpty() ? defaultDataDir() : m_dataDir);
}

AnnotationStore::~AnnotationStore()
{
    close();
}

QString AnnotationStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool AnnotationStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void AnnotationStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool AnnotationStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what % QStringLiteral(": ") % detail;
    return false;
}

bool AnnotationStore::failSql(const QString &what, const QSqlError &error)
{
    return fail(what, describe(error));
}

// What went wrong in words a user can act on: a full disk and a read-only file are named as such.
QString AnnotationStore::describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && code == 13) // SQLITE_FULL
        return tr("the disk or the notes database is full");
    if (ok && code == 8) // SQLITE_READONLY
        return tr("the notes database is read-only");
    if (ok && code == 10) // SQLITE_IOERR, e.g. no room for the journal files
        return tr("the disk could not be read or written (is it full?)");
    return error.text();
}

bool AnnotationStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    m_error = describe(q.lastError());
    m_sawCorruption = m_sawCorruption || isCorruption(q.lastError());
    return false;
}

bool AnnotationStore::open(const QString &dataDir)
{
    close();
    m_error.clear();
    m_recoveryMessage.clear();
    m_movedAside.clear();
    m_readOnly = false;
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data folder %1").arg(QDir::toNativeSeparators(dataDir)), {});
    m_path = QDir(dataDir).absoluteFilePath(databaseFileName());

    const OpenOutcome first = tryOpen();
    if (first == OpenOutcome::Ok)
        return true;
    if (first == OpenOutcome::Busy) {
        // Another program holds the file: it is neither read-only nor broken, so it is left alone.
        close();
        m_error = tr("The notes database %1 is in use by another program and did not become free within %2 s")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(BusyTimeoutMs / 1000);
        return false;
    }
    if (first == OpenOutcome::Failed) {
        close();
        // A database that is there but cannot be written (read-only folder, file or file system): its notes
        // can still be shown.
        const QString reason = m_error;
        if (QFileInfo::exists(m_path) && tryOpen(true) == OpenOutcome::Ok) {
            m_recoveryMessage = tr("The notes database %1 cannot be written (%2). The notes are shown, but no "
                                   "note can be added, changed or deleted until it can be written again.")
                                    .arg(QDir::toNativeSeparators(m_path), reason);
            return true;
        }
        close();
        m_readOnly = false;
        m_error = reason;
        return false;
    }
    const QString reason = m_error;
    close();
    if (!moveAside())
        return false;
    if (tryOpen() != OpenOutcome::Ok) {
        close();
        return false;
    }
    m_recoveryMessage = tr("The notes database %1 could not be read (%2). It was kept as %3 and a new, empty "
                           "notes database was started.")
                            .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(m_movedAside));
    return true;
}

AnnotationStore::OpenOutcome AnnotationStore::tryOpen(bool readOnly)
{
    if (readOnly) {
        // mode=ro needs the -shm file to exist or to be creatable; in a read-only folder it is neither, and
        // immutable=1 (nobody can write the file there either) reads without it.
        for (const QLatin1String mode : { QLatin1String("mode=ro"), QLatin1String("immutable=1") }) {
            close();
            QUrl uri = QUrl::fromLocalFile(m_path);
            uri.setQuery(QString(mode));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
            if (!db.open())
                continue;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && q.exec(QStringLiteral("PRAGMA user_version"))
                && q.next() && q.value(0).toInt() == SchemaVersion
                && q.exec(QStringLiteral("SELECT count(*) FROM annotations"))) {
                m_readOnly = true;
                return OpenOutcome::Ok;
            }
        }
        return OpenOutcome::Failed;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        failSql(tr("Cannot open the notes database %1").arg(QDir::toNativeSeparators(m_path)), db.lastError());
        return OpenOutcome::Failed;
    }
    QSqlQuery q(db);
    // The first statements read the header: a file that is not a database fails here. Another process that
    // creates the file or switches it to WAL at this moment is waited for, up to the busy timeout.
    const QDeadlineTimer busyDeadline(BusyTimeoutMs);
    const auto outcome = [&] {
        m_error = describe(q.lastError());
        if (Sqlite::isBusy(q.lastError()))
            return OpenOutcome::Busy;
        return isCorruption(q.lastError()) ? OpenOutcome::Corrupt : OpenOutcome::Failed;
    };
    const auto step
        = [&](const QString &sql) { return Sqlite::execWaiting(q, sql, busyDeadline) ? OpenOutcome::Ok : outcome(); };
    if (!Sqlite::execWaiting(q, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), busyDeadline)
        || !Sqlite::useWal(q, busyDeadline))
        return outcome();
    for (const QString &sql :
         { QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON") }) {
        if (const OpenOutcome o = step(sql); o != OpenOutcome::Ok)
            return o;
    }
    if (const OpenOutcome o = step(QStringLiteral("PRAGMA quick_check")); o != OpenOutcome::Ok)
        return o;
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        m_error = q.value(0).toString();
        return OpenOutcome::Corrupt;
    }
    q.finish();
    m_sawCorruption = false;
    if (!migrate())
        return m_sawCorruption ? OpenOutcome::Corrupt : OpenOutcome::Failed;
    return OpenOutcome::Ok;
}

bool AnnotationStore::migrate()
{
    return inTransaction([this] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failSql(tr("Cannot read the schema version"), q.lastError());
        int version = q.value(0).toInt();
        const int found = version;
        q.finish();
        if (version > SchemaVersion) {
            return fail(tr("The notes database was written by a newer Randnotiz (schema %1, this one knows %2)")
                            .arg(version)
                            .arg(SchemaVersion),
                        {});
        }
        const auto run = [this](const auto &statements) {
            for (const char *sql : statements) {
                if (!exec(QString::fromLatin1(sql)))
                    return false;
            }
            return true;
        };
        if (version == 0) {
            if (!run(schemaV1))
                return fail(tr("Cannot create the notes database"), m_error);
            version = 1;
        }
        if (version == 1) {
            if (!run(migrationV2))
                return fail(tr("Cannot update the notes database to schema 2"), m_error);
            version = 2;
        }
        if (version == 2) {
            if (!run(migrationV3))
                return fail(tr("Cannot update the notes database to schema 3"), m_error);
            version = 3;
        }
        if (version == 3) {
            if (!run(migrationV4))
                return fail(tr("Cannot update the notes database to schema 4"), m_error);
            version = 4;
        }
        // A store that is up to date is not written to on opening, so that it opens on a full disk too.
        return version == found || exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    });
}

bool AnnotationStore::moveAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target))
        return fail(tr("Cannot move the unreadable notes database %1 aside").arg(QDir::toNativeSeparators(m_path)), {});
    // The journal files belong to the broken file; they go with it so that the new store does not read them.
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAside = target;
    return true;
}

bool AnnotationStore::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return fail(tr("The notes database is not open"), {});
    if (m_readOnly)
        return fail(tr("The notes database is read-only; nothing can be saved"), {});
    // IMMEDIATE takes the write lock at once, so a second process waits (busy timeout) instead of failing
    // when it later upgrades a read transaction.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!work()) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    return true;
}

StoredArticle AnnotationStore::recordArticle(const ArticleText &text, const QString &path, const QString &title,
                                             bool create)
{
    const QString file = path.isEmpty() ? QString() : absolutePath(path);
    StoredArticle found;
    if (m_readOnly) {
        // Nothing can be written: an article the store knows is found as it is, an unknown one stays unknown.
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT id, fingerprint, path, title FROM articles WHERE fingerprint = ?"
                                 " ORDER BY (path = ?) DESC, seen DESC LIMIT 1"));
        q.addBindValue(text.fingerprint());
        q.addBindValue(sqlText(file));
        if (q.exec() && q.next()) {
            return StoredArticle { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), text.text() };
        }
        fail(tr("The notes database is read-only; notes for this article cannot be saved"), {});
        return {};
    }
    const bool ok = inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        // The stored text is not read back: it is either this text (same fingerprint) or replaced by it.
        q.prepare(QStringLiteral("SELECT id, fingerprint, path, title FROM articles WHERE fingerprint = ?"
                                 " ORDER BY (path = ?) DESC, seen DESC LIMIT 1"));
        q.addBindValue(text.fingerprint());
        q.addBindValue(sqlText(file));
        if (!q.exec())
            return failSql(tr("Cannot look up the article"), q.lastError());
        if (!q.next() && !file.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id, fingerprint, path, title FROM articles WHERE path = ?"
                                     " ORDER BY seen DESC LIMIT 1"));
            q.addBindValue(sqlText(file));
            if (!q.exec())
                return failSql(tr("Cannot look up the article"), q.lastError());
            q.next();
        }
        const QString now = utcTimestamp(QDateTime::currentDateTimeUtc());
        if (q.isValid()) {
            found = StoredArticle { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), text.text() };
            q.finish();
            if (found.fingerprint == text.fingerprint() && found.path == file && found.title == title)
                return true;
            QSqlQuery update(db);
            const bool sameText = found.fingerprint == text.fingerprint();
            // A moved or renamed file keeps its text: only the new place is written, not the whole text again.
            update.prepare(sameText ? QStringLiteral("UPDATE articles SET path = ?, title = ?, seen = ? WHERE id = ?")
                                    : QStringLiteral("UPDATE articles SET fingerprint = ?, path = ?, title = ?,"
                                                     " plain_text = ?, seen = ? WHERE id = ?"));
            if (!sameText)
                update.addBindValue(text.fingerprint());
            update.addBindValue(sqlText(file.isEmpty() ? found.path : file));
            update.addBindValue(sqlText(title));
            if (!sameText)
                update.addBindValue(sqlText(text.text()));
            update.addBindValue(now);
            update.addBindValue(found.id);
            if (!update.exec())
                return failSql(tr("Cannot update the article"), update.lastError());
            found = StoredArticle { found.id, text.fingerprint(), file.isEmpty() ? found.path : file, title,
                                    text.text() };
            return true;
        }
        if (!create)
            return true;
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO articles (fingerprint, path, title, plain_text, seen) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(text.fingerprint());
        insert.addBindValue(sqlText(file));
        insert.addBindValue(sqlText(title));
        insert.addBindValue(sqlText(text.text()));
        insert.addBindValue(now);
        if (!insert.exec())
            return failSql(tr("Cannot add the article"), insert.lastError());
        found = StoredArticle { insert.lastInsertId().toLongLong(), text.fingerprint(), file, title, text.text() };
        return true;
    });
    return ok ? found : StoredArticle {};
}

QList<StoredArticle> AnnotationStore::articles() const
{
    QList<StoredArticle> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, fingerprint, path, title, plain_text FROM articles ORDER BY id")))
        return list;
    while (q.next()) {
        list.append(StoredArticle { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString() });
    }
    return list;
}

StoredArticle AnnotationStore::articleByFingerprint(const QString &fingerprint) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE fingerprint = ? ORDER BY seen DESC LIMIT 1"));
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return {};
    return article(q.value(0).toLongLong());
}

StoredArticle AnnotationStore::article(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, fingerprint, path, title, plain_text FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return StoredArticle { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString() };
}

OpenedArticle AnnotationStore::openArticle(const Article &article, const QString &path, bool create,
                                           const ArticleText *text)
{
    OpenedArticle opened;
    opened.text = text && !text->isEmpty() ? *text : ArticleText(article);
    opened.article = recordArticle(opened.text, path, article.headline(), create);
    if (!opened.article.isValid())
        return opened;
    opened.annotations = annotations(opened.article.id);
    QList<Annotation> changed;
    for (Annotation &a : opened.annotations) {
        if (Anchoring::reanchor(opened.text, a))
            changed.append(a);
    }
    if (!changed.isEmpty()) {
        const bool saved = inTransaction([&] {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(QStringLiteral("UPDATE annotations SET part = ?, paragraph = ?, paragraph_offset = ?,"
                                     " start_pos = ?, end_pos = ?, prefix = ?, suffix = ?, status = ? WHERE id = ?"));
            for (const Annotation &a : std::as_const(changed)) {
                q.addBindValue(partName(a.part));
                q.addBindValue(a.paragraph);
                q.addBindValue(a.paragraphOffset);
                q.addBindValue(a.start);
                q.addBindValue(a.end);
                q.addBindValue(sqlText(a.prefix));
                q.addBindValue(sqlText(a.suffix));
                q.addBindValue(anchorStatusName(a.status));
                q.addBindValue(a.id.toString(QUuid::WithoutBraces));
                if (!q.exec())
                    return failSql(tr("Cannot save the new positions"), q.lastError());
            }
            return true;
        });
        if (saved) {
            opened.reanchored = int(changed.size());
            QList<QUuid> ids;
            for (const Annotation &a : std::as_const(changed))
                ids.append(a.id);
            // Views of this article (the notes panel) show the new positions and statuses.
            emit annotationsChanged(opened.article.id, ids);
        }
    }
    std::stable_sort(opened.annotations.begin(), opened.annotations.end(),
                     [](const Annotation &x, const Annotation &y) {
                         // Reading order; orphans have no place in the text and come last.
                         const bool xOrphan = x.status == AnchorStatus::Orphaned;
                         const bool yOrphan = y.status == AnchorStatus::Orphaned;
                         return xOrphan != yOrphan ? yOrphan : x.start < y.start;
                     });
    return opened;
}

bool AnnotationStore::writeAnnotation(const Annotation &a, bool replace)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // An upsert keeps the row (and its FTS rowid) of an annotation that is already there.
    q.prepare(replace ? QStringLiteral(
                  "INSERT INTO annotations (id, article_id, part, paragraph, paragraph_offset, start_pos, end_pos,"
                  " quote, prefix, suffix, color, note, tags, created, modified, status)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                  " article_id = excluded.article_id, part = excluded.part, paragraph = excluded.paragraph,"
                  " paragraph_offset = excluded.paragraph_offset, start_pos = excluded.start_pos,"
                  " end_pos = excluded.end_pos, quote = excluded.quote, prefix = excluded.prefix,"
                  " suffix = excluded.suffix, color = excluded.color, note = excluded.note, tags = excluded.tags,"
                  " created = excluded.created, modified = excluded.modified, status = excluded.status")
                      : QStringLiteral(
                          "INSERT INTO annotations (id, article_id, part, paragraph, paragraph_offset, start_pos,"
                          " end_pos, quote, prefix, suffix, color, note, tags, created, modified, status)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id.toString(QUuid::WithoutBraces));
    q.addBindValue(a.articleId);
    q.addBindValue(partName(a.part));
    q.addBindValue(a.paragraph);
    q.addBindValue(a.paragraphOffset);
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(sqlText(a.quote));
    q.addBindValue(sqlText(a.prefix));
    q.addBindValue(sqlText(a.suffix));
    q.addBindValue(colorName(a.color));
    q.addBindValue(sqlText(a.note));
    q.addBindValue(tagsToJson(a.tags));
    q.addBindValue(utcTimestamp(a.created));
    q.addBindValue(utcTimestamp(a.modified));
    q.addBindValue(anchorStatusName(a.status));
    if (!q.exec())
        return failSql(tr("Cannot save the annotation"), q.lastError());
    return true;
}

bool AnnotationStore::addAnnotation(Annotation &annotation)
{
    if (annotation.articleId <= 0)
        return fail(tr("The annotation belongs to no stored article"), {});
    if (annotation.id.isNull())
        annotation.id = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!annotation.created.isValid())
        annotation.created = now;
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;
    annotation.tags = Annotation::cleanTags(annotation.tags);
    annotation.author.clear(); // the local store has neither authors nor sharing
    annotation.shared = false;
    if (!inTransaction([&] { return writeAnnotation(annotation, false); }))
        return false;
    emit annotationsChanged(annotation.articleId, { annotation.id });
    return true;
}

bool AnnotationStore::updateAnnotation(Annotation &annotation)
{
    const Annotation previous = annotation;
    annotation.modified = QDateTime::currentDateTimeUtc();
    annotation.tags = Annotation::cleanTags(annotation.tags);
    annotation.author.clear();
    annotation.shared = false;
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT 1 FROM annotations WHERE id = ?"));
        q.addBindValue(annotation.id.toString(QUuid::WithoutBraces));
        if (!q.exec() || !q.next())
            return fail(tr("The annotation no longer exists"), {});
        q.finish();
        return writeAnnotation(annotation, true);
    });
    if (!ok) {
        annotation = previous;
        return false;
    }
    emit annotationsChanged(annotation.articleId, { annotation.id });
    return true;
}

bool AnnotationStore::removeAnnotation(const QUuid &id)
{
    const std::optional<Annotation> existing = annotation(id);
    if (!existing)
        return fail(tr("The annotation no longer exists"), {});
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        return q.exec() || failSql(tr("Cannot remove the annotation"), q.lastError());
    });
    if (ok)
        emit annotationsChanged(existing->articleId, { id });
    return ok;
}

bool AnnotationStore::removeAnnotations(const QList<QUuid> &ids)
{
    QHash<qint64, QList<QUuid>> removed; // per article, the ids that went
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ? RETURNING article_id"));
        for (const QUuid &id : ids) {
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            if (!q.exec())
                return failSql(tr("Cannot remove the annotations"), q.lastError());
            while (q.next())
                removed[q.value(0).toLongLong()].append(id);
            q.finish();
        }
        return true;
    });
    if (!ok)
        return false;
    // By id, so that the models remove exactly those rows instead of reloading the article.
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        emit annotationsChanged(it.key(), it.value());
    return true;
}

bool AnnotationStore::saveAnnotations(const QList<Annotation> &list)
{
    const bool ok = inTransaction([&] {
        for (Annotation a : list) {
            if (a.id.isNull())
                a.id = QUuid::createUuid();
            a.tags = Annotation::cleanTags(a.tags);
            if (!writeAnnotation(a, true))
                return false;
        }
        return true;
    });
    if (ok) {
        QSet<qint64> articleIds;
        for (const Annotation &a : list)
            articleIds.insert(a.articleId);
        for (const qint64 id : std::as_const(articleIds))
            emit annotationsChanged(id);
    }
    return ok;
}

QList<Annotation> AnnotationStore::query(const QString &where, const QVariantList &values) const
{
    QList<Annotation> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % annotationColumns % QStringLiteral(" FROM annotations a ") % where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(annotationFromRow(q));
    return list;
}

std::optional<Annotation> AnnotationStore::annotation(const QUuid &id) const
{
    const QList<Annotation> list = query(QStringLiteral("WHERE a.id = ?"), { id.toString(QUuid::WithoutBraces) });
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

namespace {

// Reading order comes from the index (article, start); orphans, which have no place in the text, are moved
// behind the others of their article here rather than by an ORDER BY that would sort every row.
QList<Annotation> orphansLast(QList<Annotation> list)
{
    auto groupStart = list.begin();
    while (groupStart != list.end()) {
        const qint64 article = groupStart->articleId;
        const auto groupEnd
            = std::find_if(groupStart, list.end(), [article](const Annotation &a) { return a.articleId != article; });
        std::stable_partition(groupStart, groupEnd,
                              [](const Annotation &a) { return a.status != AnchorStatus::Orphaned; });
        groupStart = groupEnd;
    }
    return list;
}

} // namespace

QList<Annotation> AnnotationStore::annotations(qint64 articleId) const
{
    return orphansLast(query(QStringLiteral("WHERE a.article_id = ? ORDER BY a.start_pos"), { articleId }));
}

QList<Annotation> AnnotationStore::allAnnotations() const
{
    return orphansLast(query(QStringLiteral("ORDER BY a.article_id, a.start_pos"), {}));
}

int AnnotationStore::annotationCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM annotations")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QHash<qint64, int> AnnotationStore::annotationCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT article_id, count(*) FROM annotations GROUP BY article_id")))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

QHash<QString, int> AnnotationStore::annotationCountsByFingerprint() const
{
    QHash<QString, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(
            QStringLiteral("SELECT r.fingerprint, count(*) FROM annotations a JOIN articles r ON r.id = a.article_id"
                           " GROUP BY r.fingerprint")))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<SearchHit> AnnotationStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // Newest stored first. Ranking by bm25 would score every match before the first row comes back (90 ms
    // for a word in 68,000 notes); walking the index backwards stops after `limit` rows.
    q.prepare(QStringLiteral("SELECT ") % annotationColumns
              % QStringLiteral(", r.title, r.path FROM (SELECT rowid FROM annotations_fts"
                               " WHERE annotations_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f"
                               " JOIN annotations a ON a.num = f.rowid JOIN articles r ON r.id = a.article_id"
                               " ORDER BY a.num DESC"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next()) {
        hits.append(SearchHit { annotationFromRow(q), q.value(annotationColumnCount).toString(),
                                q.value(annotationColumnCount + 1).toString() });
    }
    return hits;
}

QStringList AnnotationStore::tags() const
{
    // One query over every note's tags the first time; after that only the notes that changed are read
    // again, so that opening the note editor in a store of 100,000 notes does not walk all of them.
    if (!m_tagUses || m_tagsPath != m_path) {
        m_tagUses.emplace();
        m_tagsOf.clear();
        m_tagsStale.clear();
        m_tagsPath = m_path;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        // Tags are stored as a JSON array per annotation.
        if (!q.exec(QStringLiteral("SELECT a.id, t.value FROM annotations a, json_each(a.tags) AS t"))) {
            m_tagUses.reset();
            return {};
        }
        while (q.next()) {
            const QString tag = q.value(1).toString();
            m_tagsOf[QUuid::fromString(q.value(0).toString())].append(tag);
            ++(*m_tagUses)[tag];
        }
    }
    if (!m_tagsStale.isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT t.value FROM annotations a, json_each(a.tags) AS t WHERE a.id = ?"));
        for (const QUuid &id : std::as_const(m_tagsStale)) {
            const QStringList before = m_tagsOf.take(id);
            for (const QString &tag : before) {
                auto it = m_tagUses->find(tag);
                if (it != m_tagUses->end() && --*it <= 0)
                    m_tagUses->erase(it);
            }
            q.addBindValue(id.toString(QUuid::WithoutBraces));
            if (!q.exec()) {
                m_tagUses.reset();
                return tags();
            }
            QStringList now;
            while (q.next())
                now.append(q.value(0).toString());
            for (const QString &tag : std::as_const(now))
                ++(*m_tagUses)[tag];
            if (!now.isEmpty())
                m_tagsOf.insert(id, now);
        }
        m_tagsStale.clear();
    }
    QList<std::pair<int, QString>> ranked;
    ranked.reserve(m_tagUses->size());
    for (auto it = m_tagUses->cbegin(); it != m_tagUses->cend(); ++it)
        ranked.append({ it.value(), it.key() });
    // The most used first, then in the order of their UTF-16 units (as SQLite's BINARY collation).
    std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    QStringList list;
    list.reserve(ranked.size());
    for (const auto &entry : std::as_const(ranked))
        list.append(entry.second);
    return list;
}

void AnnotationStore::noteTagChanges(qint64 articleId, const QList<QUuid> &ids)
{
    Q_UNUSED(articleId)
    if (!m_tagUses)
        return;
    if (ids.isEmpty()) {
        m_tagUses.reset(); // which notes changed is not known: read them all again when asked
        return;
    }
    for (const QUuid &id : ids)
        m_tagsStale.insert(id);
}

QHash<QString, ForecastVerdict> AnnotationStore::forecastVerdicts() const
{
    QHash<QString, ForecastVerdict> verdicts;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT key, verdict, note, modified FROM forecast_verdicts")))
        return verdicts;
    while (q.next()) {
        ForecastVerdict v;
        v.verdict = verdictFromName(q.value(1).toString()).value_or(Verdict::Open);
        v.note = q.value(2).toString();
        v.modified = parseUtcTimestamp(q.value(3).toString());
        verdicts.insert(q.value(0).toString(), v);
    }
    return verdicts;
}

bool AnnotationStore::setForecastVerdict(const QString &key, const ForecastVerdict &verdict)
{
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT INTO forecast_verdicts (key, verdict, note, modified) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,"
                                 " modified = excluded.modified"));
        q.addBindValue(key);
        q.addBindValue(verdictName(verdict.verdict));
        q.addBindValue(sqlText(verdict.note));
        q.addBindValue(utcTimestamp(QDateTime::currentDateTimeUtc()));
        if (!q.exec())
            return fail(tr("Cannot save the verdict"), q.lastError().text());
        return true;
    });
}

QHash<QString, QUrl> AnnotationStore::chosenLinks(const QString &fingerprint) const
{
    QHash<QString, QUrl> links;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT subject, url FROM chosen_links WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return links;
    while (q.next())
        links.insert(q.value(0).toString(), QUrl(q.value(1).toString()));
    return links;
}

bool AnnotationStore::setChosenLink(const QString &fingerprint, const QString &subject, const QUrl &url)
{
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (url.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM chosen_links WHERE fingerprint = ? AND subject = ?"));
            q.addBindValue(fingerprint);
            q.addBindValue(sqlText(subject));
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO chosen_links (fingerprint, subject, url, modified) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT (fingerprint, subject) DO UPDATE SET url = excluded.url,"
                               " modified = excluded.modified"));
            q.addBindValue(fingerprint);
            q.addBindValue(sqlText(subject));
            q.addBindValue(url.toString(QUrl::FullyEncoded));
            q.addBindValue(utcTimestamp(QDateTime::currentDateTimeUtc()));
        }
        if (!q.exec())
            return fail(tr("Cannot save the chosen Wikipedia page"), q.lastError().text());
        return true;
    });
}

ColorLabels AnnotationStore::colorLabels() const
{
    ColorLabels labels;
    if (!isOpen()) // not yet (the window opens the store after the first paint) or not at all: the defaults
        return labels;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT color, label FROM color_labels")))
        return labels;
    while (q.next()) {
        if (const auto color = colorFromName(q.value(0).toString()))
            labels.setLabel(*color, q.value(1).toString());
    }
    return labels;
}

bool AnnotationStore::setColorLabel(Color color, const QString &label)
{
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("INSERT INTO color_labels (color, label) VALUES (?, ?)"
                                 " ON CONFLICT (color) DO UPDATE SET label = excluded.label"));
        q.addBindValue(colorName(color));
        q.addBindValue(sqlText(ArticleText::normalise(label)));
        return q.exec() || failSql(tr("Cannot save the colour label"), q.lastError());
    });
}

namespace {

// Articles without notes; the ids in keep are left out. Ids are numbers, so they can be written into the SQL.
QString withoutNotes(const QList<qint64> &keep)
{
    QString sql = QStringLiteral("NOT EXISTS (SELECT 1 FROM annotations a WHERE a.article_id = articles.id)");
    if (!keep.isEmpty()) {
        QStringList ids;
        for (const qint64 id : keep)
            ids.append(QString::number(id));
        sql += QStringLiteral(" AND id NOT IN (") % ids.join(u',') % u')';
    }
    return sql;
}

} // namespace

StoredArticlesSize AnnotationStore::storedArticlesWithoutNotes(const QList<qint64> &keep) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(SUM(length(CAST(plain_text AS BLOB))"
                               " + length(CAST(title AS BLOB)) + length(CAST(path AS BLOB))"
                               " + length(CAST(fingerprint AS BLOB))), 0) FROM articles WHERE ")
                % withoutNotes(keep))
        || !q.next())
        return {};
    return StoredArticlesSize { q.value(0).toInt(), q.value(1).toLongLong() };
}

int AnnotationStore::clearArticlesWithoutNotes(const QList<qint64> &keep)
{
    int removed = 0;
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(QStringLiteral("DELETE FROM articles WHERE ") % withoutNotes(keep)))
            return failSql(tr("Cannot remove the articles without notes"), q.lastError());
        removed = q.numRowsAffected();
        return true;
    });
    return ok ? removed : -1;
}

} // namespace Randnotiz
