#include "models/librarymodel.h"

#include "models/languagewatch.h"
#include "models/roles.h"
#include "search/searchquery.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Randnotiz {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // The headers and some cells are translated: a language change redraws them.
    new LanguageWatch(this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void LibraryModel::setArticles(const QList<LibraryArticle> &articles, const QStringList &roots)
{
    beginResetModel();
    m_articles = articles;
    m_roots = roots;
    applySort();
    applyFilter();
    endResetModel();
}

void LibraryModel::setNoteCounts(const QHash<QString, int> &counts)
{
    if (counts == m_noteCounts)
        return;
    if (m_filter.withNotes) {
        beginResetModel();
        m_noteCounts = counts;
        if (m_sortColumn == NotesColumn)
            applySort();
        applyFilter();
        endResetModel();
        return;
    }
    m_noteCounts = counts;
    if (m_sortColumn == NotesColumn) {
        sort(m_sortColumn, m_sortOrder);
        return;
    }
    if (m_loaded > 0)
        emit dataChanged(index(0, NotesColumn), index(m_loaded - 1, NotesColumn));
}

void LibraryModel::setFilter(const LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

bool LibraryModel::passes(const LibraryArticle &a) const
{
    if (!m_filter.agency.isEmpty() && !a.agencies.contains(m_filter.agency))
        return false;
    if (m_filter.withNotes && m_noteCounts.value(a.fingerprint) == 0)
        return false;
    if (!m_filter.folder.isEmpty() && folderOf(a.file) != m_filter.folder)
        return false;
    if (!m_filter.subject.isEmpty()) {
        const QString wanted = SearchQuery::fold(m_filter.subject);
        const bool found = std::any_of(a.subjects.cbegin(), a.subjects.cend(),
                                       [&](const QString &s) { return SearchQuery::fold(s) == wanted; });
        if (!found)
            return false;
    }
    return true;
}

void LibraryModel::applyFilter()
{
    ++m_generation;
    m_visible.clear();
    m_visible.reserve(m_articles.size());
    for (int i = 0; i < m_articles.size(); ++i) {
        if (passes(m_articles.at(i)))
            m_visible.append(i);
    }
    m_loaded = int(std::min<qsizetype>(PageSize, m_visible.size()));
}

QString LibraryModel::folderOf(const QString &path) const
{
    for (const QString &root : m_roots) {
        if (path == root || path.startsWith(root + u'/'))
            return root;
    }
    return {};
}

QStringList LibraryModel::agencies() const
{
    QSet<QString> set;
    for (const LibraryArticle &a : m_articles) {
        for (const QString &agency : a.agencies)
            set.insert(agency);
    }
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    return list;
}

QStringList LibraryModel::subjects() const
{
    QHash<QString, QString> byFolded;
    for (const LibraryArticle &a : m_articles) {
        for (const QString &subject : a.subjects)
            byFolded.insert(SearchQuery::fold(subject), subject);
    }
    QStringList list = byFolded.values();
    std::sort(list.begin(), list.end(), [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    return list;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < m_visible.size();
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    // The page comes from the event loop, not inside the call: views (and QAbstractItemModelTester) call
    // fetchMore while they handle a reset, when inserting rows would nest one change inside another.
    if (!canFetchMore(parent) || m_fetchPending)
        return;
    m_fetchPending = true;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            m_fetchPending = false;
            if (generation == m_generation)
                loadPage();
        },
        Qt::QueuedConnection);
}

void LibraryModel::loadPage()
{
    if (!canFetchMore({}))
        return;
    const int more = int(std::min<qsizetype>(PageSize, m_visible.size() - m_loaded));
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryArticle &a = articleAt(index.row());
    const int notes = m_noteCounts.value(a.fingerprint);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn:
            return a.isArticle() ? a.headline : QDir::toNativeSeparators(a.file);
        case DateColumn:
            return QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat);
        case AgenciesColumn:
            return a.agencies.join(QStringLiteral(", "));
        case SubjectsColumn:
            return a.subjects.join(QStringLiteral(", "));
        case NotesColumn:
            return notes > 0 ? QVariant(notes) : QVariant();
        case WordsColumn:
            return a.isArticle() ? QVariant(a.words) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        // Views show tooltips as rich text when they look like markup; these are built escaped on purpose.
        const QString text = a.isArticle() ? QDir::toNativeSeparators(a.file)
                                           : QString(QDir::toNativeSeparators(a.file) + QStringLiteral(": ") + a.error);
        return QString(QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == NotesColumn || index.column() == WordsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LibraryArticleIdRole:
        return a.id;
    case ArticlePathRole:
        return a.file;
    case FingerprintRole:
        return a.fingerprint;
    case AgenciesRole:
        return a.agencies;
    case SubjectsRole:
        return a.subjects;
    case NoteCountRole:
        return notes;
    case FileTimeRole:
        return a.modified;
    case FolderRole:
        return folderOf(a.file);
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case DateColumn:
        return tr("Date");
    case AgenciesColumn:
        return tr("Agencies");
    case SubjectsColumn:
        return tr("Persons and terms");
    case NotesColumn:
        return tr("Notes");
    case WordsColumn:
        return tr("Words");
    default:
        return {};
    }
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    applyFilter();
    endResetModel();
}

void LibraryModel::applySort()
{
    const int column = m_sortColumn;
    const auto less = [&](const LibraryArticle &x, const LibraryArticle &y) {
        switch (column) {
        case HeadlineColumn:
            return x.headline.localeAwareCompare(y.headline) < 0;
        case DateColumn:
            return x.modified < y.modified;
        case AgenciesColumn:
            return x.agencies.join(u',').localeAwareCompare(y.agencies.join(u',')) < 0;
        case SubjectsColumn:
            return x.subjects.size() < y.subjects.size();
        case NotesColumn:
            return m_noteCounts.value(x.fingerprint) < m_noteCounts.value(y.fingerprint);
        case WordsColumn:
            return x.words < y.words;
        }
        return false;
    };
    // Stable, with the path as the last word, so that equal keys keep one order.
    std::stable_sort(m_articles.begin(), m_articles.end(), [&](const LibraryArticle &x, const LibraryArticle &y) {
        const bool xy = less(x, y);
        const bool yx = less(y, x);
        if (xy != yx)
            return m_sortOrder == Qt::AscendingOrder ? xy : yx;
        return x.file < y.file;
    });
}

int LibraryModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_loaded; ++row) {
        if (articleAt(row).file == path)
            return row;
    }
    return -1;
}

} // namespace Randnotiz
