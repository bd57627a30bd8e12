// AnnotationPanel: the content of the notes dock. Lists the annotations of the current article (or of all
// articles), filters them, and asks the window to jump to, edit, recolour or delete them through signals.
#pragma once

#include "languageswitcher.h"
#include "notes/annotation.h"

#include <QList>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTimer;
class QTreeView;

namespace Randnotiz {

class AnnotationFilterModel;
class AnnotationModel;
class NotesStore;

class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(NotesStore *store, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    AnnotationModel *model() const { return m_model; }

    // The tab changed; Article scope shows that article (0: none).
    void setCurrentArticle(qint64 articleId);
    // Selects the annotation and scrolls to it; clears filters that hide it and switches scope when needed.
    void selectAnnotation(const QUuid &id);
    QList<QUuid> selectedIds() const;
    // Whether the reading area has a text selection an orphan could be re-attached to.
    void setReattachAvailable(bool available);
    void refreshLabels();
    // Puts the selected notes on the clipboard as Markdown (text/plain and text/markdown).
    void copySelectionAsMarkdown();

signals:
    void activated(const QUuid &id, qint64 articleId);
    void deleteRequested(const QList<QUuid> &ids);
    void recolorRequested(const QList<QUuid> &ids, Randnotiz::Color color);
    void editRequested(const QUuid &id);
    void confirmRequested(const QUuid &id);
    void reattachRequested(const QUuid &id);
    void sharingRequested(const QList<QUuid> &ids, bool shared);
    void historyRequested(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setAllArticles(bool all);
    void applyTextFilter();
    void updateTagFilter();
    void updateColorFilterLabels();
    void updateCount();
    void updateOrphans();
    void updateButtons();
    void showContextMenu(QTreeView *view, const QPoint &pos);
    void activate(const QModelIndex &proxyIndex);
    QList<QUuid> selectedIn(const QTreeView *view) const;
    QUuid idAt(const QModelIndex &proxyIndex) const;
    Retranslations m_texts; // the panel's own texts, set again when the language changes

    NotesStore *m_store;
    AnnotationModel *m_model;
    AnnotationFilterModel *m_filter; // the attached ones, filtered by the user
    AnnotationFilterModel *m_orphans; // the orphaned ones, never filtered away
    qint64 m_articleId = 0;
    bool m_reattachAvailable = false;

    QComboBox *m_scope;
    QLineEdit *m_text;
    QComboBox *m_tags;
    QComboBox *m_colors;
    QTreeView *m_view;
    QGroupBox *m_orphanBox;
    QTreeView *m_orphanView;
    QPushButton *m_reattach;
    QPushButton *m_deleteOrphan;
    QLabel *m_count;
    QTimer *m_searchTimer;
};

} // namespace Randnotiz
