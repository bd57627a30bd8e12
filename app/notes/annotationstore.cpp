#include "notes/annotationstore.h"

#include "notes/anchoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
    : QObject(parent)
    , m_connection(QStringLiteral("randnotiz-notes-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(this, &AnnotationStore::annotationsChanged, this, &AnnotationStore::noteTagChanges);
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

bool AnnotationStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    m_sawCorruption = m_sawCorruption || isCorruption(q.lastError());
    return false;
}

bool AnnotationStore::open(const QString &dataDir)
{
    close();
    m_error.clear();
    m_recoveryMessage.clear();
    m_movedAside.clear();
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data folder %1").arg(QDir::toNativeSeparators(dataDir)), {});
    m_path = QDir(dataDir).absoluteFilePath(databaseFileName());

    const OpenOutcome first = tryOpen();
    if (first == OpenOutcome::Ok)
        return true;
    if (first == OpenOutcome::Failed) {
        close();
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

AnnotationStore::OpenOutcome AnnotationStore::tryOpen()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        fail(tr("Cannot open the notes database %1").arg(QDir::toNativeSeparators(m_path)), db.lastError().text());
        return OpenOutcome::Failed;
    }
    QSqlQuery q(db);
    // The first statements read the header: a file that is not a database fails here.
    const auto step = [&](const QString &sql) {
        if (q.exec(sql))
            return OpenOutcome::Ok;
        m_error = q.lastError().text();
        return isCorruption(q.lastError()) ? OpenOutcome::Corrupt : OpenOutcome::Failed;
    };
    for (const QString &sql :
         { QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("PRAGMA journal_mode = WAL"),
           QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON") }) {
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
            return fail(tr("Cannot read the schema version"), q.lastError().text());
        int version = q.value(0).toInt();
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
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
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
    const bool ok = inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        // The stored text is not read back: it is either this text (same fingerprint) or replaced by it.
        q.prepare(QStringLiteral("SELECT id, fingerprint, path, title FROM articles WHERE fingerprint = ?"
                                 " ORDER BY (path = ?) DESC, seen DESC LIMIT 1"));
        q.addBindValue(text.fingerprint());
        q.addBindValue(sqlText(file));
        if (!q.exec())
            return fail(tr("Cannot look up the article"), q.lastError().text());
        if (!q.next() && !file.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id, fingerprint, path, title FROM articles WHERE path = ?"
                                     " ORDER BY seen DESC LIMIT 1"));
            q.addBindValue(sqlText(file));
            if (!q.exec())
                return fail(tr("Cannot look up the article"), q.lastError().text());
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
                return fail(tr("Cannot update the article"), update.lastError().text());
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
            return fail(tr("Cannot add the article"), insert.lastError().text());
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
                    return fail(tr("Cannot save the new positions"), q.lastError().text());
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
        return fail(tr("Cannot save the annotation"), q.lastError().text());
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
        return q.exec() || fail(tr("Cannot remove the annotation"), q.lastError().text());
    });
    if (ok)
        emit annotationsChanged(existing->articleId, { id });
    return ok;
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

ColorLabels AnnotationStore::colorLabels() const
{
    ColorLabels labels;
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
        return q.exec() || fail(tr("Cannot save the colour label"), q.lastError().text());
    });
}

} // namespace Randnotiz
