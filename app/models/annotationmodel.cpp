#include "models/annotationmodel.h"

#include "models/languagewatch.h"
#include "notes/notesexport.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace Randnotiz {

namespace {

// A plain-text position that sorts annotations of one article in reading order and keeps articles apart.
qlonglong readingPosition(const Annotation &a)
{
    return (qlonglong(a.articleId) << 32) + qlonglong(a.start);
}

// The order of the rows, as the store gives them: by article, orphans behind the others, then by position.
bool rowBefore(const Annotation &x, const Annotation &y)
{
    if (x.articleId != y.articleId)
        return x.articleId < y.articleId;
    const bool xOrphan = x.status == AnchorStatus::Orphaned;
    const bool yOrphan = y.status == AnchorStatus::Orphaned;
    if (xOrphan != yOrphan)
        return yOrphan;
    return x.start < y.start;
}

// More ids than this in one change (a re-anchored article) are cheaper as one query for the article.
constexpr qsizetype MaxSingleRefreshes = 16;

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

AnnotationModel::AnnotationModel(NotesStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Headers, colour and status titles are translated: a language change redraws them.
    new LanguageWatch(this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        refreshLabels();
    });
    if (m_store) {
        m_labels = m_store->colorLabels();
        connect(m_store, &NotesStore::annotationsChanged, this, &AnnotationModel::annotationsChanged);
    }
}

AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::showArticle(qint64 articleId)
{
    if (m_scope == Scope::Article && m_articleId == articleId) {
        reload();
        return;
    }
    beginResetModel();
    m_scope = Scope::Article;
    m_articleId = articleId;
    m_query.clear();
    m_articles.clear();
    setRows(load());
    endResetModel();
}

void AnnotationModel::showAll(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (m_scope == Scope::All) {
        // Another query in the same scope: rows that stay keep their selection.
        m_query = trimmed;
        reload();
        return;
    }
    beginResetModel();
    m_scope = Scope::All;
    m_query = trimmed;
    m_articles.clear();
    setRows(load());
    endResetModel();
}

Annotation AnnotationModel::annotation(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Annotation();
}

QModelIndex AnnotationModel::indexOf(const QUuid &id, int column) const
{
    const int row = rowOf(id);
    return row >= 0 ? index(row, column) : QModelIndex();
}

int AnnotationModel::rowOf(const QUuid &id) const
{
    if (id.isNull())
        return -1;
    // A linear walk over 16-byte ids: well under a millisecond for 100,000 rows, and no index to keep up.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList AnnotationModel::tags() const
{
    QStringList list;
    list.reserve(m_tagUses.size());
    for (const TagUse &use : m_tagUses)
        list.append(use.spelling);
    return list;
}

void AnnotationModel::countTags(const Annotation &a, int delta)
{
    for (const QString &tag : a.tags) {
        const QString key = tag.toCaseFolded();
        auto it = m_tagUses.find(key);
        if (it == m_tagUses.end()) {
            if (delta > 0)
                m_tagUses.insert(key, { tag, delta });
            continue;
        }
        it->uses += delta;
        if (it->uses <= 0)
            m_tagUses.erase(it);
    }
}

void AnnotationModel::setRows(QList<Annotation> rows)
{
    m_rows = std::move(rows);
    m_tagUses.clear();
    for (const Annotation &a : std::as_const(m_rows))
        countTags(a, 1);
}

void AnnotationModel::setCommitter(Committer committer)
{
    m_committer = std::move(committer);
}

QString AnnotationModel::colorTitle(Color color)
{
    switch (color) {
    case Color::Yellow:
        return tr("Yellow");
    case Color::Red:
        return tr("Red");
    case Color::Green:
        return tr("Green");
    case Color::Blue:
        return tr("Blue");
    case Color::Purple:
        return tr("Purple");
    }
    return {};
}

QString AnnotationModel::describeColor(Color color, const ColorLabels &labels)
{
    const QString label = labels.label(color).trimmed();
    return label.isEmpty() ? colorTitle(color) : tr("%1 — %2", "colour — its label").arg(colorTitle(color), label);
}

QString AnnotationModel::statusTitle(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
        return tr("In place");
    case AnchorStatus::Moved:
        return tr("Moved");
    case AnchorStatus::Fuzzy:
        return tr("Uncertain");
    case AnchorStatus::Orphaned:
        return tr("Orphaned");
    }
    return {};
}

QString AnnotationModel::partTitle(Part part)
{
    return NotesExport::partTitle(part);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColorColumn:
            return describeColor(a.color, m_labels);
        case QuoteColumn:
            return oneLine(a.quote);
        case NoteColumn:
            return a.note;
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case PartColumn:
            return partTitle(a.part);
        case StatusColumn:
            return statusTitle(a.status);
        case ModifiedColumn:
            return a.modified.toLocalTime();
        case ArticleColumn:
            return articleInfo(a.articleId).title;
        case AuthorColumn:
            return authorText(a);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case NoteColumn:
            return a.note;
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return toolTip(a);
    case AnnotationIdRole:
        return a.id;
    case AnnotationColorRole:
        return int(a.color);
    case ColorLabelRole:
        return m_labels.label(a.color);
    case QuoteRole:
        return a.quote;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    case PartRole:
        return int(a.part);
    case AnchorStatusRole:
        return int(a.status);
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    case ArticleIdRole:
        return a.articleId;
    case ArticleTitleRole:
        return articleInfo(a.articleId).title;
    case ArticlePathRole:
        return articleInfo(a.articleId).path;
    case SortRole:
        switch (column) {
        case ColorColumn:
            return int(a.color);
        case QuoteColumn:
            return oneLine(a.quote);
        case NoteColumn:
            return a.note;
        case TagsColumn:
            return a.tags.join(QStringLiteral(", "));
        case PartColumn:
            return readingPosition(a);
        case StatusColumn:
            return int(a.status);
        case ModifiedColumn:
            return a.modified;
        case ArticleColumn:
            return articleInfo(a.articleId).title;
        case AuthorColumn:
            return authorText(a);
        default:
            return {};
        }
    case AuthorRole:
        return a.author;
    case SharedRole:
        return a.shared;
    default:
        return {};
    }
}

bool AnnotationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Annotation before = m_rows.at(index.row());
    Annotation after = before;
    if (index.column() == NoteColumn)
        after.note = value.toString();
    else if (index.column() == TagsColumn)
        after.tags = Annotation::cleanTags(value.toString().split(u','));
    else
        return false;
    if (after == before)
        return true;
    if (m_committer)
        return m_committer(before, after);
    if (!m_store)
        return false;
    Annotation stored = after;
    return m_store->updateAnnotation(stored);
}

Qt::ItemFlags AnnotationModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NoteColumn || index.column() == TagsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColorColumn:
        return tr("Colour");
    case QuoteColumn:
        return tr("Passage");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case PartColumn:
        return tr("Part");
    case StatusColumn:
        return tr("Status");
    case ModifiedColumn:
        return tr("Modified");
    case ArticleColumn:
        return tr("Article");
    case AuthorColumn:
        return tr("Author");
    default:
        return {};
    }
}

QString AnnotationModel::authorText(const Annotation &a)
{
    if (a.author.isEmpty())
        return {};
    return a.shared ? a.author : tr("%1 (private)").arg(a.author);
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(AuthorRole, "author");
    names.insert(SharedRole, "shared");
    names.insert(AnnotationColorRole, "color");
    names.insert(ColorLabelRole, "colorLabel");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(TagsRole, "tags");
    names.insert(PartRole, "part");
    names.insert(AnchorStatusRole, "anchorStatus");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(ArticleIdRole, "articleId");
    names.insert(ArticleTitleRole, "articleTitle");
    names.insert(ArticlePathRole, "articlePath");
    return names;
}

void AnnotationModel::reload()
{
    m_articles.clear();
    apply(load());
}

void AnnotationModel::refreshLabels()
{
    if (m_store)
        m_labels = m_store->colorLabels();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QList<Annotation> AnnotationModel::load()
{
    if (!m_store)
        return {};
    if (m_scope == Scope::Article)
        return m_articleId > 0 ? m_store->annotations(m_articleId) : QList<Annotation>();
    if (m_query.isEmpty())
        return m_store->allAnnotations();
    QList<Annotation> rows;
    const QList<SearchHit> hits = m_store->search(m_query);
    rows.reserve(hits.size());
    for (const SearchHit &hit : hits) {
        rows.append(hit.annotation);
        m_articles.insert(hit.annotation.articleId, { hit.articleTitle, hit.articlePath });
    }
    return rows;
}

// Brings m_rows[first, first + count) to rows with the least disturbance: removes what is gone, updates what
// changed in place, moves what moved and inserts what is new, so selections and editors on unchanged rows
// survive. The rest of m_rows is left alone (one article of all of them).
void AnnotationModel::apply(const QList<Annotation> &rows, int first, int count)
{
    if (count < 0)
        count = int(m_rows.size()) - first;
    QSet<QUuid> wanted;
    wanted.reserve(rows.size());
    for (const Annotation &a : rows)
        wanted.insert(a.id);

    for (int i = first + count - 1; i >= first; --i) {
        if (wanted.contains(m_rows.at(i).id))
            continue;
        const int last = i;
        while (i > first && !wanted.contains(m_rows.at(i - 1).id))
            --i;
        beginRemoveRows({}, i, last);
        for (int k = i; k <= last; ++k)
            countTags(m_rows.at(k), -1);
        m_rows.remove(i, last - i + 1);
        count -= last - i + 1;
        endRemoveRows();
    }

    QSet<QUuid> present;
    present.reserve(count);
    for (int i = first; i < first + count; ++i)
        present.insert(m_rows.at(i).id);

    for (int n = 0; n < rows.size(); ++n) {
        const int i = first + n;
        const Annotation &next = rows.at(n);
        if (!present.contains(next.id)) {
            int last = n;
            while (last + 1 < rows.size() && !present.contains(rows.at(last + 1).id))
                ++last;
            beginInsertRows({}, i, first + last);
            for (int k = n; k <= last; ++k) {
                m_rows.insert(first + k, rows.at(k));
                countTags(rows.at(k), 1);
            }
            endInsertRows();
            n = last;
            continue;
        }
        if (m_rows.at(i).id != next.id) {
            int from = i + 1;
            while (m_rows.at(from).id != next.id)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == next)) {
            countTags(m_rows.at(i), -1);
            countTags(next, 1);
            m_rows[i] = next;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

bool AnnotationModel::inScope(const Annotation &a) const
{
    return m_scope == Scope::All || (m_articleId > 0 && a.articleId == m_articleId);
}

void AnnotationModel::annotationsChanged(qint64 articleId, const QList<QUuid> &ids)
{
    if (!m_store)
        return;
    if (m_scope == Scope::Article && (articleId != m_articleId || m_articleId <= 0) && articleId > 0)
        return;
    if (articleId <= 0 || (m_scope == Scope::All && !m_query.isEmpty())) {
        // Whether a note matches a search is the search's to say (and it returns at most 100 rows).
        reload();
        return;
    }
    if (ids.isEmpty() || ids.size() > MaxSingleRefreshes) {
        reloadArticle(articleId);
        return;
    }
    for (const QUuid &id : ids)
        refreshOne(id);
}

// Reads that article's rows again and brings only its block of rows up to date.
void AnnotationModel::reloadArticle(qint64 articleId)
{
    const QList<Annotation> rows = m_store->annotations(articleId);
    const auto byArticle = [](const Annotation &a, qint64 id) { return a.articleId < id; };
    const auto from = std::lower_bound(m_rows.cbegin(), m_rows.cend(), articleId, byArticle);
    const auto to
        = std::find_if(from, m_rows.cend(), [articleId](const Annotation &a) { return a.articleId != articleId; });
    m_articles.remove(articleId);
    apply(rows, int(from - m_rows.cbegin()), int(to - from));
}

// One annotation read again by id: inserted where it belongs, updated in place, moved, or removed.
void AnnotationModel::refreshOne(const QUuid &id)
{
    const std::optional<Annotation> stored = m_store->annotation(id);
    const int row = rowOf(id);
    const bool wanted = stored && inScope(*stored);
    if (row < 0 && !wanted)
        return;
    if (!wanted) {
        beginRemoveRows({}, row, row);
        countTags(m_rows.at(row), -1);
        m_rows.remove(row);
        endRemoveRows();
        return;
    }
    const Annotation &next = *stored;
    if (row < 0) {
        const int at = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), next, rowBefore) - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, next);
        countTags(next, 1);
        endInsertRows();
        return;
    }
    // Still in order where it is? Otherwise it moves to its new place first.
    const bool afterPrevious = row == 0 || !rowBefore(next, m_rows.at(row - 1));
    const bool beforeNext = row + 1 >= m_rows.size() || !rowBefore(m_rows.at(row + 1), next);
    int at = row;
    if (!afterPrevious || !beforeNext) {
        int to = 0;
        if (!afterPrevious) {
            to = int(std::upper_bound(m_rows.cbegin(), m_rows.cbegin() + row, next, rowBefore) - m_rows.cbegin());
            at = to;
        } else {
            // beginMoveRows counts the destination before the row is taken out.
            to = int(std::upper_bound(m_rows.cbegin() + row + 1, m_rows.cend(), next, rowBefore) - m_rows.cbegin());
            at = to - 1;
        }
        beginMoveRows({}, row, row, {}, to);
        m_rows.move(row, at);
        endMoveRows();
    }
    if (!(m_rows.at(at) == next)) {
        countTags(m_rows.at(at), -1);
        countTags(next, 1);
        m_rows[at] = next;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

AnnotationModel::ArticleInfo AnnotationModel::articleInfo(qint64 articleId) const
{
    if (articleId <= 0 || !m_store)
        return {};
    auto it = m_articles.constFind(articleId);
    if (it == m_articles.constEnd()) {
        const StoredArticle stored = m_store->article(articleId);
        it = m_articles.insert(articleId, { stored.title, stored.path });
    }
    return *it;
}

QString AnnotationModel::toolTip(const Annotation &a) const
{
    QStringList lines;
    lines << tr("“%1”").arg(a.quote);
    if (!a.note.isEmpty())
        lines << a.note;
    if (!a.tags.isEmpty())
        lines << tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")));
    lines << describeColor(a.color, m_labels);
    if (m_scope == Scope::All)
        lines << tr("Article: %1").arg(articleInfo(a.articleId).title);
    if (!a.author.isEmpty())
        lines << (a.shared ? tr("By %1, shared with the team") : tr("By %1, private")).arg(a.author);
    if (a.status == AnchorStatus::Fuzzy)
        lines << tr("Position uncertain — confirm");
    else if (a.status == AnchorStatus::Orphaned)
        lines << tr("The passage is no longer in the text");
    return plainToolTip(lines.join(u'\n'));
}

} // namespace Randnotiz
