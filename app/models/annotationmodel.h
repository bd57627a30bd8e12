// AnnotationModel: the annotations of one article (in reading order) or of every article, as a table for the
// notes panel. It follows the store by id: a changed annotation is read alone and inserted, updated, moved or
// removed as one row, so a view keeps its selection and 100,000 rows never reload for one change.
#pragma once

#include "models/roles.h"
#include "notes/notesstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace Randnotiz {

class AnnotationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    enum Column {
        ColorColumn,
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        PartColumn,
        StatusColumn,
        ModifiedColumn,
        ArticleColumn, // the article's title; the panel shows it only for all articles
        AuthorColumn, // who wrote it (a team store), marked when private
        ColumnCount
    };
    enum class Scope { Article, All };

    // Decides what an edit made in a view does; returns whether it was stored.
    using Committer = std::function<bool(const Annotation &before, const Annotation &after)>;

    explicit AnnotationModel(NotesStore *store, QObject *parent = nullptr);
    ~AnnotationModel() override;

    // Scope Article: that article's annotations in reading order; 0 shows none.
    void showArticle(qint64 articleId);
    // Scope All: every annotation of every article (empty query) or the store's full-text search hits.
    void showAll(const QString &query = {});

    Scope scope() const { return m_scope; }
    qint64 articleId() const { return m_articleId; }
    QString query() const { return m_query; }
    const ColorLabels &colorLabels() const { return m_labels; }

    Annotation annotation(int row) const;
    QModelIndex indexOf(const QUuid &id, int column = 0) const; // invalid when not shown
    // The distinct tags of the shown rows (first spelling of each, case-insensitively), kept up to date with
    // every change instead of by walking the rows.
    QStringList tags() const;

    // Default: store->updateAnnotation(after).
    void setCommitter(Committer committer);

    static QString colorTitle(Color color); // "Yellow"
    static QString describeColor(Color color, const ColorLabels &labels); // "Yellow — important"
    static QString statusTitle(AnchorStatus status);
    static QString partTitle(Part part);
    // "alice", or "alice (private)" for a note only its author sees; empty without an author (the local store).
    static QString authorText(const Annotation &a);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Reads the store again (keeping rows by id); the store's signal calls it for the shown article.
    void reload();
    // The store changed these annotations of one article (all of them, or an unknown set, when ids is
    // empty; every article when articleId <= 0). The store's signal calls it; so does whoever wrote through
    // another connection.
    void annotationsChanged(qint64 articleId, const QList<QUuid> &ids = {});
    // The colour labels changed.
    void refreshLabels();

private:
    struct ArticleInfo
    {
        QString title;
        QString path;
    };
    QList<Annotation> load();
    void apply(const QList<Annotation> &rows, int first = 0, int count = -1);
    void reloadArticle(qint64 articleId);
    void refreshOne(const QUuid &id);
    bool inScope(const Annotation &a) const;
    int rowOf(const QUuid &id) const;
    void setRows(QList<Annotation> rows);
    void countTags(const Annotation &a, int delta);
    ArticleInfo articleInfo(qint64 articleId) const;
    QString toolTip(const Annotation &a) const;

    QPointer<NotesStore> m_store;
    Committer m_committer;
    Scope m_scope = Scope::Article;
    qint64 m_articleId = 0;
    QString m_query;
    QList<Annotation> m_rows;
    struct TagUse
    {
        QString spelling;
        int uses = 0;
    };
    QHash<QString, TagUse> m_tagUses; // by case-folded tag, over m_rows
    ColorLabels m_labels;
    mutable QHash<qint64, ArticleInfo> m_articles; // title and path per article id, filled as rows need them
};

} // namespace Randnotiz
