#include "models/articlemodel.h"

#include <QCoreApplication>
#include <QUrl>

namespace Randnotiz {

namespace {

constexpr int DisplayChars = 90;

QString preview(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() <= DisplayChars)
        return simplified;
    simplified.truncate(DisplayChars);
    return simplified + QChar(0x2026);
}

ArticleModel::Node part(ItemKind kind, const QString &title, const QString &anchor, const QStringList &paragraphs)
{
    ArticleModel::Node n;
    n.kind = kind;
    n.title = title;
    n.anchor = anchor;
    n.children.reserve(paragraphs.size());
    // Children keep only their text; their anchors are made when asked for (a 5 MB article has thousands).
    for (const QString &p : paragraphs) {
        ArticleModel::Node child;
        child.text = p;
        n.children.append(std::move(child));
    }
    return n;
}

} // namespace

QString itemKindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Body:
        return ArticleModel::tr("Article");
    case ItemKind::Commentary:
        return ArticleModel::tr("Commentary");
    case ItemKind::Forecast:
        return ArticleModel::tr("Forecast");
    case ItemKind::Explanations:
        return ArticleModel::tr("Persons and terms");
    case ItemKind::ExtraSection:
        return ArticleModel::tr("Section");
    case ItemKind::NotesAndCredits:
        return ArticleModel::tr("Notes and photo credit");
    case ItemKind::Paragraph:
        return ArticleModel::tr("Paragraph");
    case ItemKind::Entry:
        return ArticleModel::tr("Entry");
    case ItemKind::SourceCredit:
        return ArticleModel::tr("Source");
    case ItemKind::PhotoCredit:
        return ArticleModel::tr("Photo");
    }
    return {};
}

ArticleModel::ArticleModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ArticleModel::~ArticleModel() = default;

void ArticleModel::setArticle(const Article &article)
{
    beginResetModel();
    m_article = article;
    build();
    endResetModel();
}

void ArticleModel::build()
{
    m_parts.clear();
    const Article &a = m_article;
    m_parts.append(part(ItemKind::Body, a.headline(), QStringLiteral("body"), a.body()));

    if (const auto &c = a.commentary()) {
        const QString title = c->title.isEmpty() ? tr("Commentary") : tr("Commentary: %1").arg(c->title);
        m_parts.append(part(ItemKind::Commentary, title, QStringLiteral("commentary"), c->paragraphs));
    }
    if (const auto &f = a.forecast())
        m_parts.append(part(ItemKind::Forecast, tr("Forecast"), QStringLiteral("forecast"), *f));

    // Parts in the order of the plain text (ArticleText), so the outline reads as the document does.
    for (qsizetype i = 0; i < a.extraSections().size(); ++i) {
        const Section &s = a.extraSections().at(i);
        Node n = part(ItemKind::ExtraSection, s.heading.isEmpty() ? tr("Section") : s.heading,
                      QStringLiteral("section/") + QString::number(i), s.paragraphs);
        n.section = int(i);
        m_parts.append(n);
    }

    if (!a.explanations().isEmpty()) {
        Node n;
        n.kind = ItemKind::Explanations;
        n.title = tr("Persons and terms");
        n.anchor = QStringLiteral("explanations");
        QStringList subjects;
        for (qsizetype i = 0; i < a.explanations().size(); ++i) {
            const Explanation &e = a.explanations().at(i);
            Node entry;
            entry.kind = ItemKind::Entry;
            entry.title = e.subject;
            entry.text = e.paragraphs.join(QLatin1Char('\n'));
            entry.anchor = QStringLiteral("explanations/e") + QString::number(i);
            entry.entry = int(i);
            n.children.append(entry);
            subjects.append(e.subject);
        }
        n.text = subjects.join(QLatin1Char('\n'));
        m_parts.append(n);
    }

    if (a.notes() || a.photo() || a.source()) {
        Node n = part(ItemKind::NotesAndCredits, tr("Notes and photo credit"), QStringLiteral("notes"),
                      a.notes().value_or(QStringList()));
        QStringList lines = a.notes().value_or(QStringList());
        if (a.source()) {
            Node credit;
            credit.kind = ItemKind::SourceCredit;
            credit.text = a.source()->line;
            credit.anchor = QStringLiteral("notes/source");
            n.children.append(credit);
            lines.append(credit.text);
        }
        if (a.photo()) {
            Node photo;
            photo.kind = ItemKind::PhotoCredit;
            photo.text = *a.photo();
            photo.anchor = QStringLiteral("notes/photo");
            n.children.append(photo);
            lines.append(photo.text);
        }
        n.text = lines.join(QLatin1Char('\n'));
        m_parts.append(n);
    }
}

const ArticleModel::Node *ArticleModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const quintptr parentRow = index.internalId();
    if (parentRow == 0)
        return &m_parts.at(index.row());
    return &m_parts.at(qsizetype(parentRow - 1)).children.at(index.row());
}

QModelIndex ArticleModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ArticleModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_parts.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_parts.at(parent.row()).children.size());
}

int ArticleModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = node(index);
    const bool isPart = index.internalId() == 0;
    switch (role) {
    case Qt::DisplayRole:
        if (isPart || n->kind == ItemKind::Entry)
            return n->title;
        if (n->kind == ItemKind::PhotoCredit)
            return tr("Photo: %1").arg(n->text);
        return preview(n->text);
    case Qt::ToolTipRole:
        return plainToolTip(isPart ? n->title : preview(n->text));
    case KindRole:
        return int(n->kind);
    case PlainTextRole:
        if (isPart && n->text.isEmpty()) {
            QStringList texts;
            texts.reserve(n->children.size());
            for (const Node &child : n->children)
                texts.append(child.text);
            return texts.join(QLatin1Char('\n'));
        }
        return n->text;
    case TitleRole:
        return isPart || n->kind == ItemKind::Entry ? n->title : QString();
    case CountRole:
        return int(n->children.size());
    case AnchorRole:
        return anchorOf(index);
    case SubjectRole:
        return n->kind == ItemKind::Entry ? m_article.explanations().at(n->entry).subject : QVariant();
    case SubjectKindRole:
        return n->kind == ItemKind::Entry ? QVariant(int(m_article.explanations().at(n->entry).kind)) : QVariant();
    case WikipediaUrlRole: {
        if (n->kind != ItemKind::Entry)
            return {};
        const auto &link = m_article.explanations().at(n->entry).wikipedia;
        return link ? link->url : QUrl();
    }
    case EntryIndexRole:
        return n->kind == ItemKind::Entry ? QVariant(n->entry) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags ArticleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> ArticleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PlainTextRole, "plainText");
    names.insert(TitleRole, "title");
    names.insert(CountRole, "count");
    names.insert(AnchorRole, "anchor");
    names.insert(SubjectRole, "subject");
    names.insert(SubjectKindRole, "subjectKind");
    names.insert(WikipediaUrlRole, "wikipediaUrl");
    names.insert(EntryIndexRole, "entryIndex");
    return names;
}

QString ArticleModel::anchorOf(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (!n->anchor.isEmpty())
        return n->anchor;
    return m_parts.at(qsizetype(index.internalId() - 1)).anchor + QStringLiteral("/p") + QString::number(index.row());
}

QModelIndex ArticleModel::indexForAnchor(const QString &anchor) const
{
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        const Node &n = m_parts.at(p);
        if (n.anchor == anchor)
            return index(int(p), 0);
        const QString prefix = n.anchor + QLatin1Char('/');
        if (!anchor.startsWith(prefix))
            continue;
        const QModelIndex parent = index(int(p), 0);
        // Paragraphs: "<part>/p<row>"
        if (anchor.size() > prefix.size() + 1 && anchor.at(prefix.size()) == QLatin1Char('p')) {
            bool ok = false;
            const int row = QStringView(anchor).mid(prefix.size() + 1).toInt(&ok);
            if (ok && row >= 0 && row < n.children.size() && n.children.at(row).anchor.isEmpty())
                return index(row, 0, parent);
        }
        for (qsizetype c = 0; c < n.children.size(); ++c) {
            if (!n.children.at(c).anchor.isEmpty() && n.children.at(c).anchor == anchor)
                return index(int(c), 0, parent);
        }
    }
    return {};
}

QModelIndex ArticleModel::partIndex(ItemKind kind, int sectionIndex) const
{
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        const Node &n = m_parts.at(p);
        if (n.kind == kind && (kind != ItemKind::ExtraSection || n.section == sectionIndex))
            return index(int(p), 0);
    }
    return {};
}

} // namespace Randnotiz
