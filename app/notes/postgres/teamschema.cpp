#include "notes/postgres/teamschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace Randnotiz {

namespace {

// One step per version; step N brings the schema from N - 1 to N. A step is never edited once released: a
// change is a new step. Everything below randnotiz_schema lives in the connection's current schema.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps {
        // Version 1: articles by fingerprint, notes with author and sharing, their history, search, live updates.
        {
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
            // Words lower-cased and with their diacritics folded (Ökonomen -> okonomen), no stemming, like the
            // local store's unicode61 remove_diacritics tokenizer.
            QStringLiteral("CREATE TEXT SEARCH CONFIGURATION randnotiz_fold (COPY = pg_catalog.simple)"),
            QStringLiteral("ALTER TEXT SEARCH CONFIGURATION randnotiz_fold ALTER MAPPING FOR asciiword, word,"
                           " numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart"
                           " WITH unaccent, simple"),
            QStringLiteral("CREATE FUNCTION randnotiz_document(quote text, note text, tags text[]) RETURNS tsvector"
                           " LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS"
                           " $$ SELECT to_tsvector('randnotiz_fold', coalesce(quote, '') || ' ' || coalesce(note, '')"
                           " || ' ' || coalesce(array_to_string(tags, ' '), '')) $$"),
            // What the user typed, as words that must all match as prefixes. The words come from the same parser
            // as the documents, and each is quoted as a lexeme, so that no input is ever read as query syntax.
            QStringLiteral("CREATE FUNCTION randnotiz_query(input text) RETURNS tsquery"
                           " LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT"
                           " SET client_min_messages = warning AS"
                           " $$ SELECT coalesce(string_agg('''' || replace(replace(lexeme, '\\', '\\\\'),"
                           " '''', '\\''') || ''':*', ' & '), '')::tsquery"
                           " FROM unnest(to_tsvector('randnotiz_fold', coalesce(input, ''))) $$"),
            QStringLiteral("CREATE TABLE articles (fingerprint text PRIMARY KEY, title text NOT NULL DEFAULT '',"
                           " plain_text text NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE notes (id uuid PRIMARY KEY,"
                           " article text NOT NULL REFERENCES articles (fingerprint),"
                           " author text NOT NULL DEFAULT current_user, shared boolean NOT NULL DEFAULT false,"
                           " part text NOT NULL DEFAULT 'body', paragraph integer NOT NULL DEFAULT 0,"
                           " paragraph_offset integer NOT NULL DEFAULT 0, start_pos integer NOT NULL DEFAULT 0,"
                           " end_pos integer NOT NULL DEFAULT 0, quote text NOT NULL DEFAULT '',"
                           " prefix text NOT NULL DEFAULT '', suffix text NOT NULL DEFAULT '',"
                           " color text NOT NULL DEFAULT 'yellow', note text NOT NULL DEFAULT '',"
                           " tags text[] NOT NULL DEFAULT '{}', status text NOT NULL DEFAULT 'exact',"
                           " created timestamptz NOT NULL DEFAULT now(), modified timestamptz NOT NULL DEFAULT now(),"
                           " search tsvector GENERATED ALWAYS AS (randnotiz_document(quote, note, tags)) STORED)"),
            QStringLiteral("CREATE INDEX notes_article ON notes (article)"),
            QStringLiteral("CREATE INDEX notes_search ON notes USING gin (search)"),
            QStringLiteral("CREATE INDEX notes_modified ON notes (modified DESC, id)"),
            // Every version a write replaced or a delete removed, as it was, so that no text is ever lost.
            QStringLiteral("CREATE TABLE note_history (num bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                           " note_id uuid NOT NULL, author text NOT NULL, version jsonb NOT NULL,"
                           " deleted boolean NOT NULL DEFAULT false, replaced timestamptz NOT NULL DEFAULT now(),"
                           " replaced_by text NOT NULL DEFAULT current_user)"),
            QStringLiteral("CREATE INDEX note_history_note ON note_history (note_id)"),
            // Members may only read the history; the trigger writes it with the owner's rights.
            QStringLiteral("CREATE FUNCTION randnotiz_keep_history() RETURNS trigger LANGUAGE plpgsql"
                           " SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN"
                           " INSERT INTO note_history (note_id, author, version, deleted, replaced_by)"
                           " VALUES (OLD.id, OLD.author, to_jsonb(OLD) - 'search', TG_OP = 'DELETE', session_user);"
                           " RETURN NULL; END $$"),
            QStringLiteral("REVOKE ALL ON FUNCTION randnotiz_keep_history() FROM PUBLIC"),
            QStringLiteral("CREATE TRIGGER notes_history_update AFTER UPDATE ON notes FOR EACH ROW"
                           " WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION randnotiz_keep_history()"),
            QStringLiteral("CREATE TRIGGER notes_history_delete AFTER DELETE ON notes FOR EACH ROW"
                           " EXECUTE FUNCTION randnotiz_keep_history()"),
            // The payload is only the id: a listener fetches the note through its own row-level security.
            QStringLiteral("CREATE FUNCTION randnotiz_notify() RETURNS trigger LANGUAGE plpgsql"
                           " SET search_path FROM CURRENT AS $$ BEGIN"
                           " PERFORM pg_notify('randnotiz_notes', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id"
                           " ELSE NEW.id END)::text); RETURN NULL; END $$"),
            QStringLiteral("CREATE TRIGGER notes_notify AFTER INSERT OR UPDATE OR DELETE ON notes FOR EACH ROW"
                           " EXECUTE FUNCTION randnotiz_notify()"),
            // A member reads their own notes and the shared ones, and writes only their own.
            QStringLiteral("ALTER TABLE notes ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY notes_read ON notes FOR SELECT TO randnotiz_team"
                           " USING (shared OR author = current_user)"),
            QStringLiteral("CREATE POLICY notes_add ON notes FOR INSERT TO randnotiz_team"
                           " WITH CHECK (author = current_user)"),
            QStringLiteral("CREATE POLICY notes_change ON notes FOR UPDATE TO randnotiz_team"
                           " USING (author = current_user) WITH CHECK (author = current_user)"),
            QStringLiteral("CREATE POLICY notes_remove ON notes FOR DELETE TO randnotiz_team"
                           " USING (author = current_user)"),
            // Search with the GIN index. Row-level security would keep it from the index (@@ is not leakproof,
            // so the policy is checked on every row first: 75 ms instead of 2 ms on 100,000 notes), so this
            // function applies the same rule itself, for the session's login role, and plans each query with its
            // words (EXECUTE), so that a common word walks notes_modified and a rare one the GIN index.
            QStringLiteral("CREATE FUNCTION randnotiz_search(input text, max_hits integer) RETURNS SETOF notes"
                           " LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN"
                           " IF NOT pg_has_role(session_user, 'randnotiz_team', 'MEMBER') THEN RETURN; END IF;"
                           " RETURN QUERY EXECUTE 'SELECT * FROM notes WHERE search @@ $1 AND (shared OR author = $2)"
                           " ORDER BY modified DESC, id LIMIT $3' USING randnotiz_query(input), session_user::text,"
                           " max_hits; END $$"),
            QStringLiteral("REVOKE ALL ON FUNCTION randnotiz_search(text, integer) FROM PUBLIC"),
            // Its author sees every earlier version of a note, even after a delete; the others only the versions
            // that were shared themselves, and only while the note is visible to them (the subquery runs under
            // their policies). Sharing a note never reveals its private drafts.
            QStringLiteral("ALTER TABLE note_history ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY note_history_read ON note_history FOR SELECT TO randnotiz_team"
                           " USING (author = current_user OR (coalesce((version ->> 'shared')::boolean, false)"
                           " AND EXISTS (SELECT 1 FROM notes n WHERE n.id = note_id)))"),
        },
    };
    return steps;
}

// Rights of the group role; granted again on every run, so that a table added later is never forgotten.
QStringList grants()
{
    return {
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO randnotiz_team', current_schema());"
                       " END $$"),
        QStringLiteral("GRANT SELECT ON randnotiz_schema TO randnotiz_team"),
        QStringLiteral("GRANT SELECT, INSERT ON articles TO randnotiz_team"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON notes TO randnotiz_team"),
        QStringLiteral("GRANT SELECT ON note_history TO randnotiz_team"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION randnotiz_search(text, integer) TO randnotiz_team"),
    };
}

bool execAll(QSqlQuery &query, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = QCoreApplication::translate("Randnotiz::TeamSchema", "The team store could not be set up: %1")
                             .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<TeamStoreUrl> TeamStoreUrl::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return fail(QCoreApplication::translate(
                        "Randnotiz::TeamSchema",
                        "\"%1\" is no team store address; it looks like postgresql://USER@HOST:PORT/DATABASE")
                        .arg(text));
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate(
            "Randnotiz::TeamSchema",
            "The address of the team store must not contain a password; put it in ~/.pgpass or "
            "PGPASSWORD instead."));
    TeamStoreUrl result;
    result.user = url.userName(QUrl::FullyDecoded);
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(5432);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    if (result.database.isEmpty() || result.database.contains(u'/'))
        return fail(QCoreApplication::translate(
            "Randnotiz::TeamSchema",
            "The address of the team store names no database: postgresql://USER@HOST:PORT/DATABASE"));
    const QUrlQuery query(url);
    static const QStringList sslModes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                        QStringLiteral("prefer"),    QStringLiteral("require"),
                                        QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode")
            return fail(QCoreApplication::translate(
                            "Randnotiz::TeamSchema",
                            "The address of the team store has an unknown setting \"%1\"; only sslmode is allowed.")
                            .arg(key));
        if (!sslModes.contains(value))
            return fail(QCoreApplication::translate("Randnotiz::TeamSchema", "Unknown sslmode \"%1\"; use one of: %2")
                            .arg(value, sslModes.join(QStringLiteral(", "))));
        result.sslmode = value;
    }
    return result;
}

void TeamStoreUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    QStringList options { QStringLiteral("connect_timeout=10") };
    if (!sslmode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslmode);
    db.setConnectOptions(options.join(u';'));
}

int TeamSchema::version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('randnotiz_schema') IS NOT NULL")) || !query.next()) {
        if (error)
            *error = QCoreApplication::translate("Randnotiz::TeamSchema", "The team store cannot be read: %1")
                         .arg(query.lastError().text());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM randnotiz_schema")) || !query.next()) {
        if (error)
            *error = QCoreApplication::translate("Randnotiz::TeamSchema", "The team store cannot be read: %1")
                         .arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool TeamSchema::migrate(const QSqlDatabase &constDb, QString *error)
{
    QSqlDatabase db = constDb;
    const auto fail = [&db, error](const QString &reason) {
        if (error)
            *error = reason;
        db.rollback();
        return false;
    };
    // One transaction for every step: PostgreSQL's DDL is transactional, so a failed run leaves the schema as it
    // was. The advisory lock serialises two administrators running --init-store at once.
    if (!db.transaction())
        return fail(QCoreApplication::translate("Randnotiz::TeamSchema", "The team store could not be set up: %1")
                        .arg(db.lastError().text()));
    QSqlQuery query(db);
    QString reason;
    // The group role belongs to the cluster, not the database: a second store on the same server shares it.
    if (!execAll(query,
                 { QStringLiteral("SET LOCAL client_min_messages = warning"), // no "already exists, skipping"
                   QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('randnotiz_schema'))"),
                   QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'randnotiz_team')"
                                  " THEN CREATE ROLE randnotiz_team NOLOGIN; END IF; END $$"),
                   QStringLiteral("CREATE TABLE IF NOT EXISTS randnotiz_schema (version integer NOT NULL)") },
                 &reason))
        return fail(reason);
    const int current = version(db, &reason);
    if (current < 0)
        return fail(reason);
    if (current > CurrentVersion)
        return fail(QCoreApplication::translate(
                        "Randnotiz::TeamSchema",
                        "The team store has version %1, newer than this Randnotiz knows (%2); update Randnotiz.")
                        .arg(current)
                        .arg(CurrentVersion));
    const QList<QStringList> &steps = migrationSteps();
    Q_ASSERT(steps.size() == CurrentVersion);
    for (int target = current + 1; target <= CurrentVersion; ++target) {
        if (!execAll(query, steps.at(target - 1), &reason))
            return fail(reason);
    }
    if (current < CurrentVersion
        && !execAll(query,
                    { QStringLiteral("DELETE FROM randnotiz_schema"),
                      QStringLiteral("INSERT INTO randnotiz_schema (version) VALUES (%1)").arg(CurrentVersion) },
                    &reason))
        return fail(reason);
    if (!execAll(query, grants(), &reason))
        return fail(reason);
    if (!db.commit())
        return fail(QCoreApplication::translate("Randnotiz::TeamSchema", "The team store could not be set up: %1")
                        .arg(db.lastError().text()));
    return true;
}

} // namespace Randnotiz
