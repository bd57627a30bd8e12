#include "library/bm25rank.h"

#include "sqlite/sqliteapi.h"

#include <QByteArray>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

namespace Randnotiz {

namespace {

// SQLite's varint, as %_docsize stores each column's size: big-endian groups of 7 bits, the high bit saying
// "more follows", the ninth byte whole.
int readVarint(const unsigned char *p, int n, quint64 &value)
{
    value = 0;
    for (int i = 0; i < n && i < 9; ++i) {
        if (i == 8) {
            value = (value << 8) | p[i];
            return 9;
        }
        value = (value << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80))
            return i + 1;
    }
    return 0;
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *rows)
{
    ++*static_cast<sqlite3_int64 *>(rows);
    return SQLITE_OK;
}

} // namespace

// What bm25() computes once per query (fts5Bm25GetData in SQLite's fts5_aux.c), kept as the query's aux data.
struct Bm25Rank::Query
{
    std::vector<double> idf; // per phrase
    std::vector<double> freq; // per phrase, for the current row
    double averageLength = 0;
    bool useCopy = false;
};

bool Bm25Rank::install(sqlite3 *db, const QByteArray &table)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return false;
    m_db = db;
    m_docsizeSql = QByteArrayLiteral("SELECT id, sz FROM main.\"");
    m_docsizeSql.append(table).append("_docsize\"");
    m_haveCopy = false;
    return api->xCreateFunction(api, FunctionName, this, &Bm25Rank::rank, nullptr) == SQLITE_OK;
}

bool Bm25Rank::sizesAreCurrent()
{
    // Inside a write transaction of this connection rows may have changed that no commit has counted yet.
    if (sqlite3_txn_state(m_db, "main") == SQLITE_TXN_WRITE)
        return false;
    // The pager's data version changes with every commit, of this connection or another (a second window,
    // `randnotiz --index` while the window is open); inside a statement it is the version being read.
    unsigned version = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK)
        return false;
    if (m_haveCopy && version == m_dataVersion)
        return true;
    m_haveCopy = readSizes();
    m_dataVersion = version;
    return m_haveCopy;
}

bool Bm25Rank::readSizes()
{
    m_sizes.clear();
    m_sparse.clear();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, m_docsizeSql.constData(), int(m_docsizeSql.size()), &statement, nullptr) != SQLITE_OK)
        return false;
    // In rowid order (the table's primary key).
    std::vector<std::pair<qint64, int>> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(statement, 1));
        const int bytes = sqlite3_column_bytes(statement, 1);
        int total = 0;
        for (int offset = 0; offset < bytes;) {
            quint64 size = 0;
            const int used = readVarint(blob + offset, bytes - offset, size);
            if (used == 0)
                break;
            total += int(size);
            offset += used;
        }
        rows.emplace_back(sqlite3_column_int64(statement, 0), total);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return false;
    // Article ids are dense (SQLite gives the next one); a table of them by id, unless they are not.
    const qint64 last = rows.empty() ? 0 : rows.back().first;
    if (rows.empty() || (rows.front().first >= 0 && last <= 4 * qint64(rows.size()) + 1024)) {
        m_sizes.assign(std::size_t(last + 1), -1);
        for (const auto &[id, total] : rows)
            m_sizes[std::size_t(id)] = total;
    } else {
        m_sparse = std::move(rows);
    }
    return true;
}

int Bm25Rank::sizeOf(qint64 rowid) const
{
    if (!m_sparse.empty()) {
        const auto it = std::lower_bound(m_sparse.cbegin(), m_sparse.cend(), std::pair<qint64, int>(rowid, INT_MIN));
        return it != m_sparse.cend() && it->first == rowid ? it->second : -1;
    }
    return rowid >= 0 && std::size_t(rowid) < m_sizes.size() ? m_sizes[std::size_t(rowid)] : -1;
}

void Bm25Rank::rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                    sqlite3_value **argv)
{
    auto *self = static_cast<Bm25Rank *>(api->xUserData(fts));
    auto *query = static_cast<Query *>(api->xGetAuxdata(fts, 0));
    if (!query) {
        auto data = std::make_unique<Query>();
        const int phrases = api->xPhraseCount(fts);
        data->idf.resize(std::size_t(phrases));
        data->freq.resize(std::size_t(phrases));
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        int rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK)
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        if (rc == SQLITE_OK)
            data->averageLength = double(tokens) / double(rows);
        for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
            sqlite3_int64 hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
            if (rc == SQLITE_OK) {
                double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
                if (idf <= 0.0)
                    idf = 1e-6;
                data->idf[std::size_t(i)] = idf;
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        data->useCopy = self->sizesAreCurrent();
        query = data.get();
        rc = api->xSetAuxdata(fts, data.release(), [](void *p) { delete static_cast<Query *>(p); });
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }

    const double k1 = 1.2;
    const double b = 0.75;
    std::fill(query->freq.begin(), query->freq.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            const double w = argc > column ? sqlite3_value_double(argv[column]) : 1.0;
            query->freq[std::size_t(phrase)] += w;
        }
    }
    double length = 0;
    if (rc == SQLITE_OK) {
        const int copied = query->useCopy ? self->sizeOf(api->xRowid(fts)) : -1;
        if (copied >= 0) {
            length = double(copied);
        } else {
            int tokens = 0;
            rc = api->xColumnSize(fts, -1, &tokens);
            length = double(tokens);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0.0;
    for (std::size_t i = 0; i < query->idf.size(); ++i) {
        const double f = query->freq[i];
        score += query->idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / query->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace Randnotiz
