#include "annotationpanel.h"

#include "highlightcolors.h"
#include "icons.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "notes/annotationstore.h"
#include "notes/notesexport.h"
#include "plaintext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Randnotiz {

namespace {

constexpr int SearchDelayMs = 200;

// Draws the colour column as swatch + label, marks uncertain positions, shows multi-line notes on one line
// and shows tooltips (built from the user's text) as escaped text, never as markup.
class NotesDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(const QUuid &)> editElsewhere; // a note with several lines is edited in the note editor

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == AnnotationModel::NoteColumn && index.data(NoteRole).toString().contains(u'\n')) {
            // A one-line editor would join the lines; the note editor keeps them.
            if (editElsewhere)
                editElsewhere(index.data(AnnotationIdRole).toUuid());
            return nullptr;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.userType() == QMetaType::QDateTime)
            return locale.toString(value.toDateTime(), QLocale::ShortFormat);
        return QStyledItemDelegate::displayText(value, locale);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (index.column()) {
        case AnnotationModel::ColorColumn:
            option->icon = swatchIcon(Color(index.data(AnnotationColorRole).toInt()));
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
            break;
        case AnnotationModel::QuoteColumn:
            option->textElideMode = Qt::ElideMiddle;
            // An uncertain place is marked where the eye is, not only in the Status column (which a narrow
            // dock may scroll out of sight).
            if (AnchorStatus(index.data(AnchorStatusRole).toInt()) == AnchorStatus::Fuzzy && option->widget) {
                option->icon = option->widget->style()->standardIcon(QStyle::SP_MessageBoxQuestion);
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->decorationSize = QSize(14, 14);
            }
            break;
        case AnnotationModel::NoteColumn:
            option->text.replace(u'\n', QStringLiteral(" ↵ "));
            break;
        case AnnotationModel::StatusColumn:
            if (AnchorStatus(index.data(AnchorStatusRole).toInt()) == AnchorStatus::Fuzzy) {
                option->icon
                    = option->widget ? option->widget->style()->standardIcon(QStyle::SP_MessageBoxQuestion) : QIcon();
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->decorationSize = QSize(16, 16);
                option->font.setBold(true);
            }
            break;
        default:
            break;
        }
    }
};

} // namespace

AnnotationPanel::AnnotationPanel(NotesStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AnnotationModel(store, this))
    , m_filter(new AnnotationFilterModel(this))
    , m_orphans(new AnnotationFilterModel(this))
    , m_scope(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_colors(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_orphanBox(new QGroupBox(this))
    , m_orphanView(new QTreeView(m_orphanBox))
    , m_reattach(new QPushButton(m_orphanBox))
    , m_deleteOrphan(new QPushButton(m_orphanBox))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setStatusFilter(AnnotationFilterModel::StatusFilter::Attached);
    m_orphans->setSourceModel(m_model);
    m_orphans->setStatusFilter(AnnotationFilterModel::StatusFilter::Orphaned);

    m_scope->setObjectName(QStringLiteral("notesScope"));
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_texts.add([this] {
        m_scope->setItemText(0, tr("This article"));
        m_scope->setItemText(1, tr("All articles"));
        m_scope->setToolTip(tr("Show the notes of the current article or of every article"));
    });

    m_text->setObjectName(QStringLiteral("notesFilter"));
    enableClearButtonWhenShown(m_text);
    m_texts.add([this] {
        m_text->setPlaceholderText(m_model->scope() == AnnotationModel::Scope::All ? tr("Search all notes")
                                                                                   : tr("Filter notes"));
        m_text->setAccessibleName(tr("Filter notes"));
    });

    m_tags->setObjectName(QStringLiteral("notesTagFilter"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tags->addItem(QString());
    m_texts.add([this] {
        m_tags->setToolTip(tr("Show only notes with this tag"));
        m_tags->setItemText(0, tr("All tags"));
    });

    m_colors->setObjectName(QStringLiteral("notesColorFilter"));
    m_colors->addItem(QString(), -1);
    m_texts.add([this] {
        m_colors->setToolTip(tr("Show only highlights of this colour"));
        m_colors->setItemText(0, tr("All colours"));
    });
    for (const Color color : AllColors)
        m_colors->addItem(swatchIcon(color), AnnotationModel::describeColor(color, m_model->colorLabels()), int(color));

    auto setUpView = [this](QTreeView *view) {
        // One delegate per view: a view warns about editors of a delegate it shares.
        auto *delegate = new NotesDelegate(view);
        delegate->editElsewhere
            = [this](const QUuid &id) { QTimer::singleShot(0, this, [this, id] { emit editRequested(id); }); };
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAlternatingRowColors(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
        view->setItemDelegate(delegate);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setTextElideMode(Qt::ElideRight);
        view->installEventFilter(this);
        connect(view, &QTreeView::doubleClicked, this, &AnnotationPanel::activate);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        auto *copy = new QAction(view);
        m_texts.add([copy] { copy->setText(tr("Copy as Markdown")); });
        copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(copy, &QAction::triggered, this, &AnnotationPanel::copySelectionAsMarkdown);
        view->addAction(copy);
    };

    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setModel(m_filter);
    setUpView(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::PartColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    const QFontMetrics fm = fontMetrics();
    // The panel usually sits in a narrow dock: the passage and the note get the room, a long colour label is
    // elided (it is in the tooltip and the colour filter), and the columns for sorting come after them.
    header->resizeSection(AnnotationModel::ColorColumn, fm.horizontalAdvance(QStringLiteral("Yellow")) + 34);
    header->resizeSection(AnnotationModel::QuoteColumn, fm.averageCharWidth() * 24);
    header->setSectionResizeMode(AnnotationModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(AnnotationModel::TagsColumn, fm.averageCharWidth() * 14);
    header->resizeSection(AnnotationModel::PartColumn, fm.averageCharWidth() * 12);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int statusWidth = 0;
    for (const AnchorStatus status : { AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Fuzzy })
        statusWidth = std::max(statusWidth, boldMetrics.horizontalAdvance(AnnotationModel::statusTitle(status)));
    header->resizeSection(AnnotationModel::StatusColumn, statusWidth + 40);
    const QString sampleTime = locale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    header->resizeSection(AnnotationModel::ModifiedColumn, fm.horizontalAdvance(sampleTime) + 24);
    header->resizeSection(AnnotationModel::ArticleColumn, fm.averageCharWidth() * 20);
    m_view->setColumnHidden(AnnotationModel::ArticleColumn, true);
    // Only a team store's notes have authors; there the author comes right after the note.
    m_view->setColumnHidden(AnnotationModel::AuthorColumn, !(m_store && m_store->hasAuthors()));
    if (m_store && m_store->hasAuthors()) {
        header->moveSection(header->visualIndex(AnnotationModel::AuthorColumn),
                            header->visualIndex(AnnotationModel::NoteColumn) + 1);
        header->resizeSection(AnnotationModel::AuthorColumn, fm.averageCharWidth() * 16);
    }
    // Part and Modified are there for sorting and can be shown from the header's context menu.
    m_view->setColumnHidden(AnnotationModel::PartColumn, true);
    m_view->setColumnHidden(AnnotationModel::ModifiedColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < AnnotationModel::ColumnCount; ++column) {
            if (column == AnnotationModel::ArticleColumn && m_model->scope() != AnnotationModel::Scope::All)
                continue;
            if (column == AnnotationModel::AuthorColumn && !(m_store && m_store->hasAuthors()))
                continue;
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            // The passage always stays: without it a row says nothing.
            action->setEnabled(column != AnnotationModel::QuoteColumn);
            connect(action, &QAction::toggled, m_view,
                    [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    m_orphanBox->setObjectName(QStringLiteral("orphanedBox"));
    m_orphanView->setObjectName(QStringLiteral("orphanedView"));
    m_orphanView->setModel(m_orphans);
    setUpView(m_orphanView);
    for (int column = 0; column < AnnotationModel::ColumnCount; ++column) {
        m_orphanView->setColumnHidden(column,
                                      column != AnnotationModel::QuoteColumn && column != AnnotationModel::NoteColumn);
    }
    m_orphanView->header()->resizeSection(AnnotationModel::QuoteColumn, fm.averageCharWidth() * 28);
    m_orphanView->header()->setStretchLastSection(true);
    m_orphanView->setMaximumHeight(fm.height() * 7);
    m_reattach->setObjectName(QStringLiteral("reattachButton"));
    m_deleteOrphan->setObjectName(QStringLiteral("deleteOrphanButton"));
    auto *orphanLayout = new QVBoxLayout(m_orphanBox);
    auto *orphanHint = new QLabel(m_orphanBox);
    m_texts.add([this, orphanHint] {
        m_reattach->setText(tr("Re-attach to selection"));
        m_reattach->setToolTip(tr("Anchor the selected orphaned note to the text selected in the article"));
        m_deleteOrphan->setText(tr("Delete"));
        m_deleteOrphan->setToolTip(tr("Delete the selected orphaned notes"));
        orphanHint->setText(
            tr("Their passage is no longer in the text. Select new text and re-attach, or delete them."));
    });
    orphanHint->setTextFormat(Qt::PlainText);
    orphanHint->setWordWrap(true);
    orphanLayout->addWidget(orphanHint);
    orphanLayout->addWidget(m_orphanView);
    auto *orphanButtons = new QHBoxLayout;
    orphanButtons->addStretch();
    orphanButtons->addWidget(m_reattach);
    orphanButtons->addWidget(m_deleteOrphan);
    orphanLayout->addLayout(orphanButtons);

    m_count->setObjectName(QStringLiteral("notesCount"));
    m_count->setTextFormat(Qt::PlainText);

    // Two rows, so that the search field keeps its width in a narrow dock.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_tags, 1);
    filters->addWidget(m_colors, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_text);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_orphanBox);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_model->scope() == AnnotationModel::Scope::All)
            m_model->showAll(m_text->text());
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) { setAllArticles(index == 1); });
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationPanel::applyTextFilter);
    connect(m_tags, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setTagFilter(index <= 0 ? QString() : m_tags->itemText(index)); });
    connect(m_colors, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_colors->itemData(index).toInt();
        m_filter->setColorFilter(value < 0 ? std::nullopt : std::optional<Color>(Color(value)));
    });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIn(m_orphanView);
        if (ids.size() == 1)
            emit reattachRequested(ids.constFirst());
    });
    connect(m_deleteOrphan, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIn(m_orphanView);
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });
    // One selection at a time: choosing in one list clears the other.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_view->selectionModel()->hasSelection())
            m_orphanView->clearSelection();
    });
    connect(m_orphanView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_orphanView->selectionModel()->hasSelection())
            m_view->clearSelection();
        updateButtons();
    });

    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_filter), static_cast<QAbstractItemModel *>(m_orphans) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::updateCount);
    }
    // The proxies report a removal before the source model has lost the row; count again once it has.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateTagFilter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateTagFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateTagFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationPanel::updateTagFilter);

    updateTagFilter();
    updateCount();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::setCurrentArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_model->scope() == AnnotationModel::Scope::Article)
        m_model->showArticle(articleId);
}

void AnnotationPanel::selectAnnotation(const QUuid &id)
{
    const std::optional<Annotation> stored = m_store ? m_store->annotation(id) : std::nullopt;
    if (!stored)
        return;
    const bool inCurrent = m_articleId > 0 && stored->articleId == m_articleId;
    const bool all = m_model->scope() == AnnotationModel::Scope::All;
    // All articles stays when the note is listed there (a jump from the list keeps the list).
    if (inCurrent && all && !m_model->indexOf(id).isValid()) {
        m_scope->setCurrentIndex(0);
    } else if (!inCurrent && !all) {
        m_scope->setCurrentIndex(1);
    }
    if (!m_model->indexOf(id).isValid() && m_model->scope() == AnnotationModel::Scope::All
        && !m_model->query().isEmpty()) {
        // The search hides it: show every note instead.
        const QSignalBlocker blocker(m_text);
        m_text->clear();
        m_searchTimer->stop();
        m_model->showAll();
    }
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return;

    QTreeView *view = m_view;
    QModelIndex proxy;
    if (AnchorStatus(source.data(AnchorStatusRole).toInt()) == AnchorStatus::Orphaned) {
        view = m_orphanView;
        proxy = m_orphans->mapFromSource(source);
    } else {
        proxy = m_filter->mapFromSource(source);
        if (!proxy.isValid()) {
            // A filter hides it: the user asked for this note, so show it.
            {
                const QSignalBlocker textBlocker(m_text);
                const QSignalBlocker tagBlocker(m_tags);
                const QSignalBlocker colorBlocker(m_colors);
                m_text->clear();
                m_tags->setCurrentIndex(0);
                m_colors->setCurrentIndex(0);
            }
            m_filter->clearFilters();
            proxy = m_filter->mapFromSource(source);
        }
    }
    if (!proxy.isValid())
        return;
    view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(proxy);
}

QList<QUuid> AnnotationPanel::selectedIds() const
{
    return selectedIn(m_view) + selectedIn(m_orphanView);
}

void AnnotationPanel::setReattachAvailable(bool available)
{
    m_reattachAvailable = available;
    updateButtons();
}

void AnnotationPanel::refreshLabels()
{
    m_model->refreshLabels();
    updateColorFilterLabels();
}

void AnnotationPanel::copySelectionAsMarkdown()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty() || !m_store)
        return;
    QList<ArticleNotes> articles;
    QHash<qint64, qsizetype> byArticle;
    for (const QUuid &id : ids) {
        const QModelIndex source = m_model->indexOf(id);
        if (!source.isValid())
            continue;
        const Annotation a = m_model->annotation(source.row());
        auto it = byArticle.constFind(a.articleId);
        if (it == byArticle.constEnd()) {
            const StoredArticle stored = m_store->article(a.articleId);
            articles.append({ stored.title, stored.path, stored.fingerprint, stored.plainText, {} });
            it = byArticle.insert(a.articleId, articles.size() - 1);
        }
        articles[*it].annotations.append(a);
    }
    for (ArticleNotes &article : articles) {
        std::stable_sort(article.annotations.begin(), article.annotations.end(),
                         [](const Annotation &x, const Annotation &y) { return x.start < y.start; });
    }
    const QByteArray markdown
        = NotesExport::markdown(articles, m_model->colorLabels(), QDateTime::currentDateTimeUtc());
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(markdown));
    mime->setData(QStringLiteral("text/markdown"), markdown);
    QApplication::clipboard()->setMimeData(mime);
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QTreeView *>(watched);
    if (event->type() != QEvent::KeyPress || (view != m_view && view != m_orphanView))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // While a cell is edited the keys belong to its editor.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != view && view->isAncestorOf(focus))
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            activate(view->currentIndex());
            return true;
        }
        break;
    case Qt::Key_Delete:
        if (const QList<QUuid> ids = selectedIn(view); !ids.isEmpty()) {
            emit deleteRequested(ids);
            return true;
        }
        break;
    case Qt::Key_F2: {
        // F2 on any cell edits the note.
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && !(current.flags() & Qt::ItemIsEditable)) {
            const QModelIndex note = current.siblingAtColumn(AnnotationModel::NoteColumn);
            view->setCurrentIndex(note);
            view->edit(note);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        updateColorFilterLabels();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void AnnotationPanel::setAllArticles(bool all)
{
    m_searchTimer->stop();
    if (all) {
        m_filter->setTextFilter({});
        m_model->showAll(m_text->text());
        m_text->setPlaceholderText(tr("Search all notes"));
    } else {
        m_model->showArticle(m_articleId);
        m_filter->setTextFilter(m_text->text());
        m_text->setPlaceholderText(tr("Filter notes"));
    }
    m_view->setColumnHidden(AnnotationModel::ArticleColumn, !all);
    if (m_scope->currentIndex() != (all ? 1 : 0)) {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(all ? 1 : 0);
    }
}

void AnnotationPanel::applyTextFilter()
{
    if (m_model->scope() == AnnotationModel::Scope::All) {
        // Every keystroke would be a database query: wait until the typing pauses.
        m_searchTimer->start();
    } else {
        m_filter->setTextFilter(m_text->text());
    }
}

void AnnotationPanel::updateTagFilter()
{
    // The model keeps its distinct tags up to date; walking 100,000 rows on every change would stall.
    QStringList tags = m_model->tags();
    QSet<QString> seen;
    for (const QString &tag : std::as_const(tags))
        seen.insert(tag.toCaseFolded());
    const QString current = m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
    // The chosen tag stays in the list even when no shown note has it any more, so the filter stays visible.
    if (!current.isEmpty() && !seen.contains(current.toCaseFolded()))
        tags << current;
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) < 0;
    });

    QStringList existing;
    for (int i = 1; i < m_tags->count(); ++i)
        existing << m_tags->itemText(i);
    if (existing == tags)
        return;
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All tags"));
    m_tags->addItems(tags);
    m_tags->setCurrentIndex(current.isEmpty() ? 0 : int(tags.indexOf(current)) + 1);
}

void AnnotationPanel::updateColorFilterLabels()
{
    for (int i = 1; i < m_colors->count(); ++i) {
        const Color color = Color(m_colors->itemData(i).toInt());
        m_colors->setItemText(i, AnnotationModel::describeColor(color, m_model->colorLabels()));
    }
}

void AnnotationPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount() + m_orphans->rowCount();
    m_count->setText(shown == total ? tr("%n note(s)", nullptr, total)
                                    : tr("%1 of %n note(s)", nullptr, total).arg(shown));
    updateOrphans();
}

void AnnotationPanel::updateOrphans()
{
    const int orphans = m_orphans->rowCount();
    m_orphanBox->setTitle(tr("Orphaned notes (%1)").arg(orphans));
    m_orphanBox->setVisible(orphans > 0);
    updateButtons();
}

void AnnotationPanel::updateButtons()
{
    const QList<QUuid> orphans = selectedIn(m_orphanView);
    m_reattach->setEnabled(m_reattachAvailable && orphans.size() == 1);
    m_deleteOrphan->setEnabled(!orphans.isEmpty());
}

void AnnotationPanel::showContextMenu(QTreeView *view, const QPoint &pos)
{
    const QModelIndex at = view->indexAt(pos);
    if (!at.isValid())
        return;
    if (!view->selectionModel()->isRowSelected(at.row(), at.parent()))
        view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<QUuid> ids = selectedIn(view);
    if (ids.isEmpty())
        return;
    const QUuid id = idAt(at);
    const auto status = AnchorStatus(at.data(AnchorStatusRole).toInt());

    QMenu menu(this);
    QAction *go = menu.addAction(tr("Go to Passage"), this, [this, at] { activate(at); });
    go->setEnabled(status != AnchorStatus::Orphaned);
    menu.setDefaultAction(go);
    QAction *edit = menu.addAction(tr("Edit Note and Tags…"), this, [this, id] { emit editRequested(id); });
    edit->setEnabled(ids.size() == 1);
    QMenu *colors = menu.addMenu(tr("Colour"));
    for (const Color color : AllColors) {
        colors->addAction(swatchIcon(color),
                          escapeMnemonics(AnnotationModel::describeColor(color, m_model->colorLabels())), this,
                          [this, ids, color] { emit recolorRequested(ids, color); });
    }
    if (status == AnchorStatus::Fuzzy && ids.size() == 1)
        menu.addAction(tr("Confirm Position"), this, [this, id] { emit confirmRequested(id); });
    if (status == AnchorStatus::Orphaned && ids.size() == 1) {
        QAction *reattach
            = menu.addAction(tr("Re-attach to Selection"), this, [this, id] { emit reattachRequested(id); });
        reattach->setEnabled(m_reattachAvailable);
    }
    if (m_store && m_store->hasAuthors()) {
        // The reader's own notes among the selection can be shared or made private; others' are theirs.
        bool anyPrivate = false;
        bool anyShared = false;
        for (const QModelIndex &row : view->selectionModel()->selectedRows()) {
            if (row.data(AuthorRole).toString() != m_store->userName())
                continue;
            (row.data(SharedRole).toBool() ? anyShared : anyPrivate) = true;
        }
        QAction *share = menu.addAction(tr("Share with Team"), this, [this, ids] { emit sharingRequested(ids, true); });
        share->setObjectName(QStringLiteral("shareNotesAction"));
        share->setEnabled(anyPrivate);
        QAction *unshare = menu.addAction(tr("Make Private"), this, [this, ids] { emit sharingRequested(ids, false); });
        unshare->setObjectName(QStringLiteral("makeNotesPrivateAction"));
        unshare->setEnabled(anyShared);
        QAction *history = menu.addAction(tr("History…"), this, [this, id] { emit historyRequested(id); });
        history->setObjectName(QStringLiteral("noteHistoryAction"));
        history->setEnabled(ids.size() == 1);
    }
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("Copy as Markdown"), this, &AnnotationPanel::copySelectionAsMarkdown);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    menu.addSeparator();
    QAction *remove = menu.addAction(ids.size() == 1 ? tr("Delete") : tr("Delete %n Notes", nullptr, int(ids.size())),
                                     this, [this, ids] { emit deleteRequested(ids); });
    remove->setShortcut(QKeySequence::Delete);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void AnnotationPanel::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    emit activated(idAt(proxyIndex), proxyIndex.data(ArticleIdRole).toLongLong());
}

QList<QUuid> AnnotationPanel::selectedIn(const QTreeView *view) const
{
    QList<QUuid> ids;
    if (!view->selectionModel())
        return ids;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids << idAt(row);
    return ids;
}

QUuid AnnotationPanel::idAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.data(AnnotationIdRole).toUuid();
}

} // namespace Randnotiz
