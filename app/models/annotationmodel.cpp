#include "models/annotationmodel.h"

#include "notes/notesexport.h"

#include <QSet>

#include <utility>

namespace Randnotiz {

namespace {

// A plain-text position that sorts annotations of one article in reading order and keeps articles apart.
qlonglong readingPosition(const Annotation &a)
{
    return (qlonglong(a.articleId) << 32) + qlonglong(a.start);
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

AnnotationModel::AnnotationModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        m_labels = m_store->colorLabels();
        connect(m_store, &AnnotationStore::annotationsChanged, this, &AnnotationModel::onStoreChanged);
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
    m_rows = load();
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
    m_rows = load();
    endResetModel();
}

Annotation AnnotationModel::annotation(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Annotation();
}

QModelIndex AnnotationModel::indexOf(const QUuid &id, int column) const
{
    if (id.isNull())
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, column);
    }
    return {};
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
        default:
            return {};
        }
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
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
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

// Brings m_rows to rows with the least disturbance: removes what is gone, updates what changed in place,
// moves what moved and inserts what is new, so selections and editors on unchanged rows survive.
void AnnotationModel::apply(const QList<Annotation> &rows)
{
    QSet<QUuid> wanted;
    wanted.reserve(rows.size());
    for (const Annotation &a : rows)
        wanted.insert(a.id);

    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).id))
            continue;
        const int last = i;
        while (i > 0 && !wanted.contains(m_rows.at(i - 1).id))
            --i;
        beginRemoveRows({}, i, last);
        m_rows.remove(i, last - i + 1);
        endRemoveRows();
    }

    QSet<QUuid> present;
    present.reserve(m_rows.size());
    for (const Annotation &a : std::as_const(m_rows))
        present.insert(a.id);

    for (int i = 0; i < rows.size(); ++i) {
        const Annotation &next = rows.at(i);
        if (!present.contains(next.id)) {
            int last = i;
            while (last + 1 < rows.size() && !present.contains(rows.at(last + 1).id))
                ++last;
            beginInsertRows({}, i, last);
            for (int k = i; k <= last; ++k)
                m_rows.insert(k, rows.at(k));
            endInsertRows();
            i = last;
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
            m_rows[i] = next;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void AnnotationModel::onStoreChanged(qint64 articleId)
{
    if (m_scope == Scope::All || (articleId == m_articleId && m_articleId > 0) || articleId <= 0)
        reload();
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
    if (a.status == AnchorStatus::Fuzzy)
        lines << tr("Position uncertain — confirm");
    else if (a.status == AnchorStatus::Orphaned)
        lines << tr("The passage is no longer in the text");
    return plainToolTip(lines.join(u'\n'));
}

} // namespace Randnotiz
