// Bm25Rank: the library's ranking function, FTS5's own bm25() computed the same way (same formula, same order
// of operations, so the same values), except that each row's length in tokens comes from a copy of the table's
// %_docsize in memory. bm25() looks it up with one SQL statement per matched row, and a word that is in half
// of 100,000 articles spent most of a search on those lookups.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;
struct Fts5Context;
struct Fts5ExtensionApi;

namespace Randnotiz {

class Bm25Rank final
{
    Q_DISABLE_COPY_MOVE(Bm25Rank)

public:
    Bm25Rank() = default;

    // The SQL function registered by install(): NAME(table) in a MATCH query, lower is better, as bm25(table).
    static constexpr const char *FunctionName = "randnotiz_bm25";

    // Registers the function on the connection for the FTS5 table `table` (its %_docsize is read). False when
    // the connection has no FTS5; the object must outlive the connection's use of the function.
    bool install(sqlite3 *db, const QByteArray &table);

private:
    struct Query;
    static void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                     sqlite3_value **argv);
    bool sizesAreCurrent();
    bool readSizes();
    int sizeOf(qint64 rowid) const; // -1: not in the copy

    sqlite3 *m_db = nullptr;
    QByteArray m_docsizeSql;
    std::vector<int> m_sizes; // by rowid; -1 where there is no row
    std::vector<std::pair<qint64, int>> m_sparse; // (rowid, size) in rowid order, instead when ids are sparse
    unsigned m_dataVersion = 0;
    bool m_haveCopy = false;
};

} // namespace Randnotiz
