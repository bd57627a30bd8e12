// LibraryModel: the library's articles as a table (headline, date, agencies, persons and terms, notes, words).
// It holds the snapshot the LibraryService sent and hands rows to views in pages (canFetchMore/fetchMore), so
// that a view over 100,000 articles asks only for what it shows.
#pragma once

#include "library/libraryindex.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Randnotiz {

// What the library view shows; an empty field does not filter.
struct LibraryFilter
{
    QString agency; // exactly one of the article's agencies
    QString subject; // one of its persons or terms, case and diacritics folded
    bool withNotes = false;
    QString folder; // a library root
    friend bool operator==(const LibraryFilter &, const LibraryFilter &) = default;
};

class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { HeadlineColumn, DateColumn, AgenciesColumn, SubjectsColumn, NotesColumn, WordsColumn, ColumnCount };
    static constexpr int PageSize = 512;

    explicit LibraryModel(QObject *parent = nullptr);

    // Replaces every row (a reset); the sort order is kept.
    void setArticles(const QList<LibraryArticle> &articles, const QStringList &roots = {});
    // The same, with every distinct agency and every distinct spelling of a person or term of articles (in any
    // order), as the LibraryService finds them off the GUI thread: agencies() and subjects() need not read
    // every article then.
    void setArticles(const QList<LibraryArticle> &articles, const QStringList &roots, const QStringList &agencyNames,
                     const QStringList &subjectNames);
    // Number of notes per article fingerprint; only the Notes column changes (unless the filter needs notes).
    void setNoteCounts(const QHash<QString, int> &counts);
    void setFilter(const LibraryFilter &filter);
    const LibraryFilter &filter() const { return m_filter; }
    // Every agency and every person or term of the library, sorted, for the filter fields.
    QStringList agencies() const;
    QStringList subjects() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int totalCount() const { return int(m_articles.size()); } // in the library
    int matchingCount() const { return int(m_visible.size()); } // passing the filter
    const LibraryArticle &articleAt(int row) const { return m_articles.at(m_visible.at(row)); }
    int rowOfPath(const QString &path) const; // -1 when not loaded (or not there)

private:
    void replaceArticles(const QList<LibraryArticle> &articles, const QStringList &roots,
                         const QStringList &agencyNames, const QStringList &subjectNames, bool namesGiven);
    void applySort();
    void applyFilter(); // inside a reset
    void loadPage();
    bool passes(const LibraryArticle &article) const;
    QString folderOf(const QString &path) const;

    // As the snapshot sent them, shared with it (never detached): sorting moves indices, not 100,000 structs.
    QList<LibraryArticle> m_articles;
    QList<int> m_order; // indices of m_articles in sort order
    QList<int> m_visible; // indices of m_articles that pass the filter, in sort order
    LibraryFilter m_filter;
    QStringList m_roots;
    QStringList m_agencyNames; // when m_namesGiven
    QStringList m_subjectNames;
    bool m_namesGiven = false;
    QHash<QString, int> m_noteCounts;
    int m_loaded = 0; // rows handed to views so far
    bool m_fetchPending = false;
    quint64 m_generation = 0; // a page asked for before a reset is not loaded after it
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Randnotiz
