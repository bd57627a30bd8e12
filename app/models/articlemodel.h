// ArticleModel: one article as a two-level tree (parts, then their paragraphs or entries) for the outline and views.
#pragma once

#include "article/article.h"
#include "models/roles.h"

#include <QAbstractItemModel>

namespace Randnotiz {

class ArticleModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleModel)

public:
    explicit ArticleModel(QObject *parent = nullptr);
    ~ArticleModel() override;

    // Replaces the whole tree (one model reset).
    void setArticle(const Article &article);
    const Article &article() const { return m_article; }

    QModelIndex indexForAnchor(const QString &anchor) const;
    QString anchorOf(const QModelIndex &index) const;
    QModelIndex partIndex(ItemKind kind, int sectionIndex = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Node
    {
        ItemKind kind = ItemKind::Paragraph;
        QString title; // parts only
        QString text; // plain text
        QString anchor; // parts, entries and credits; a paragraph's is "<part>/p<row>", made on demand
        int entry = -1; // Entry: index into Article::explanations()
        int section = -1; // ExtraSection: index into Article::extraSections()
        QList<Node> children;
    };

private:
    const Node *node(const QModelIndex &index) const;
    void build();

    Article m_article;
    QList<Node> m_parts;
};

// A short label for an ItemKind, for people ("Commentary"); translated.
QString itemKindLabel(ItemKind kind);

} // namespace Randnotiz
