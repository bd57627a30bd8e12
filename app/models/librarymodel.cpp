#include "models/librarymodel.h"

#include "models/languagewatch.h"
#include "models/roles.h"
#include "search/searchquery.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

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
    replaceArticles(articles, roots, {}, {}, false);
}

void LibraryModel::setArticles(const QList<LibraryArticle> &articles, const QStringList &roots,
                               const QStringList &agencyNames, const QStringList &subjectNames)
{
    replaceArticles(articles, roots, agencyNames, subjectNames, true);
}

void LibraryModel::replaceArticles(const QList<LibraryArticle> &articles, const QStringList &roots,
                                   const QStringList &agencyNames, const QStringList &subjectNames, bool namesGiven)
{
    beginResetModel();
    m_articles = articles;
    m_roots = roots;
    m_agencyNames = agencyNames;
    m_subjectNames = subjectNames;
    m_namesGiven = namesGiven;
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
    m_visible.reserve(m_order.size());
    for (const int i : std::as_const(m_order)) {
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
    if (m_namesGiven) {
        set = QSet<QString>(m_agencyNames.cbegin(), m_agencyNames.cend());
    } else {
        for (const LibraryArticle &a : m_articles) {
            for (const QString &agency : a.agencies)
                set.insert(agency);
        }
    }
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    return list;
}

QStringList LibraryModel::subjects() const
{
    // Spellings that fold alike are one subject, written as the last of them in sort order writes it. Folding
    // is costly and 100,000 articles repeat a few thousand spellings: each distinct one is folded once.
    if (m_namesGiven) {
        // The service found the distinct spellings off this thread; only spellings that fold alike need the
        // articles to tell which one is written last.
        QHash<QString, QString> byFolded;
        byFolded.reserve(m_subjectNames.size());
        bool alike = false;
        for (const QString &name : m_subjectNames) {
            const QString folded = SearchQuery::fold(name);
            const auto it = byFolded.constFind(folded);
            if (it == byFolded.cend())
                byFolded.insert(folded, name);
            else
                alike = alike || *it != name;
        }
        if (!alike) {
            QStringList list = byFolded.values();
            std::sort(list.begin(), list.end(),
                      [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
            return list;
        }
    }
    QHash<QString, int> lastAt; // spelling -> its last position in sort order
    int position = 0;
    for (const int i : m_order) {
        for (const QString &subject : m_articles.at(i).subjects)
            lastAt.insert(subject, position++);
    }
    QHash<QString, std::pair<int, QString>> byFolded;
    byFolded.reserve(lastAt.size());
    for (auto it = lastAt.cbegin(); it != lastAt.cend(); ++it) {
        auto &entry = byFolded[SearchQuery::fold(it.key())];
        if (entry.second.isNull() || it.value() > entry.first)
            entry = { it.value(), it.key() };
    }
    QStringList list;
    list.reserve(byFolded.size());
    for (const auto &entry : std::as_const(byFolded))
        list.append(entry.second);
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
    const qsizetype count = m_articles.size();
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    // The numeric keys are read once per article, not twice per comparison.
    QList<qint64> keys;
    QStringList joined;
    switch (column) {
    case DateColumn:
    case SubjectsColumn:
    case NotesColumn:
    case WordsColumn:
        keys.resize(count);
        for (qsizetype i = 0; i < count; ++i) {
            const LibraryArticle &a = m_articles.at(i);
            switch (column) {
            case DateColumn:
                // Invalid times first, as QDateTime orders them.
                keys[i] = a.modified.isValid() ? a.modified.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
                break;
            case SubjectsColumn:
                keys[i] = a.subjects.size();
                break;
            case NotesColumn:
                keys[i] = m_noteCounts.value(a.fingerprint);
                break;
            case WordsColumn:
                keys[i] = a.words;
                break;
            }
        }
        break;
    case AgenciesColumn:
        joined.reserve(count);
        for (const LibraryArticle &a : std::as_const(m_articles))
            joined.append(a.agencies.join(u','));
        break;
    }
    const auto less = [&](int x, int y) {
        switch (column) {
        case HeadlineColumn:
            return m_articles.at(x).headline.localeAwareCompare(m_articles.at(y).headline) < 0;
        case AgenciesColumn:
            return joined.at(x).localeAwareCompare(joined.at(y)) < 0;
        default:
            return keys.at(x) < keys.at(y);
        }
    };
    // Stable, with the path as the last word, so that equal keys keep one order.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto before = [&](int x, int y) {
        const bool xy = less(x, y);
        const bool yx = less(y, x);
        if (xy != yx)
            return ascending ? xy : yx;
        return m_articles.at(x).file < m_articles.at(y).file;
    };
    // The service sends the library in the view's first order: checking that costs a tenth of sorting.
    if (!std::is_sorted(m_order.cbegin(), m_order.cend(), before))
        std::stable_sort(m_order.begin(), m_order.end(), before);
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
