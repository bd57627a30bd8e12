#include "library/librarypanel.h"

#include "icons.h"
#include "library/forecastexport.h"
#include "models/forecastmodel.h"
#include "models/librarymodel.h"
#include "models/roles.h"
#include "search/searchquery.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

constexpr int SearchLimit = 200;
constexpr int SearchDelayMs = 150;
constexpr int MatchesRole = Qt::UserRole + 1; // QVariantList of QPoint(start, end), UTF-16
constexpr int HitRole = Qt::UserRole + 2; // row in m_hits

// Draws a snippet as plain text with its matched words marked (bold on the highlight colour).
class SnippetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        QList<QTextLayout::FormatRange> ranges;
        for (const QVariant &v : index.data(MatchesRole).toList()) {
            const QPoint range = v.toPoint();
            QTextLayout::FormatRange format;
            format.start = range.x();
            format.length = range.y() - range.x();
            format.format.setFontWeight(QFont::Bold);
            format.format.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
            ranges.append(format);
        }
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
        QTextLayout layout(text, opt.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.setFormats(ranges);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid())
            return;
        // A column narrower than the snippet shows it from a little before its first marked word, so that the
        // word is seen, not cut off at the right.
        qreal shift = 0;
        if (!ranges.isEmpty() && line.naturalTextWidth() > rect.width()) {
            const qreal word = line.cursorToX(ranges.constFirst().start);
            // About a quarter of the column before the marked word, from the start of a word there unless that
            // word is so long that the marked one would leave the column's first half.
            const qreal before = std::max(0.0, word - rect.width() / 4.0);
            int from = line.xToCursor(before);
            while (from > 0 && !text.at(from - 1).isSpace())
                --from;
            const qreal start = word - line.cursorToX(from) <= rect.width() / 2.0 ? line.cursorToX(from) : before;
            shift = std::clamp(start, 0.0, line.naturalTextWidth() - rect.width());
        }
        painter->save();
        painter->setClipRect(rect);
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        layout.draw(painter, QPointF(rect.left() - shift, rect.top() + (rect.height() - line.height()) / 2));
        painter->restore();
    }
};

// Code-point ranges of a snippet as UTF-16 ranges.
QVariantList utf16Ranges(const QString &text, const QList<std::pair<int, int>> &codePointRanges)
{
    QList<int> toUtf16;
    toUtf16.reserve(text.size() + 1);
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            toUtf16.append(i);
    }
    toUtf16.append(int(text.size()));
    QVariantList list;
    for (const auto &[start, end] : codePointRanges) {
        if (start >= 0 && end <= toUtf16.size() - 1 && start < end)
            list.append(QPoint(toUtf16.at(start), toUtf16.at(end)));
    }
    return list;
}

QString partTitle(Part part)
{
    switch (part) {
    case Part::Headline:
        return LibraryPanel::tr("Headline");
    case Part::Body:
        return LibraryPanel::tr("Article");
    case Part::Commentary:
        return LibraryPanel::tr("Commentary");
    case Part::Forecast:
        return LibraryPanel::tr("Forecast");
    case Part::Explanation:
        return LibraryPanel::tr("Persons and terms");
    case Part::Notes:
        return LibraryPanel::tr("Notes and photo credit");
    case Part::Extra:
        return LibraryPanel::tr("Section");
    }
    return {};
}

// A verdict is chosen from a list, not typed.
class VerdictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(LibraryPanel::tr("Verdict"));
        for (Verdict v : { Verdict::Open, Verdict::CameTrue, Verdict::Partly, Verdict::DidNot })
            box->addItem(verdictTitle(v), int(v));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

LibraryPanel::LibraryPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new LibraryModel(this))
    , m_forecastModel(new ForecastModel(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    enableClearButtonWhenShown(m_search);
    m_search->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_search->setAccessibleName(tr("Search the library"));
    layout->addWidget(m_search);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    buildArticlesTab();
    buildPersonsTab();
    buildForecastsTab();

    auto *status = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->setTextFormat(Qt::PlainText);
    // The progress has a row of its own: beside the count and the button its text did not fit a narrow dock.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("libraryProgress"));
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_progress->hide();
    auto *add = new QPushButton(tr("Add Folder…"), this);
    add->setObjectName(QStringLiteral("libraryAddFolder"));
    connect(add, &QPushButton::clicked, this, &LibraryPanel::addFolderRequested);
    status->addWidget(m_count, 1);
    status->addWidget(add);
    layout->addWidget(m_progress);
    layout->addLayout(status);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_hits.isEmpty() && m_articlesStack->currentIndex() == 1) {
            const QTreeWidgetItem *item
                = m_results->currentItem() ? m_results->currentItem() : m_results->topLevelItem(0);
            if (item)
                emit hitActivated(m_hits.at(item->data(0, HitRole).toInt()),
                                  SearchQuery::parse(m_lastQuery).includedWords());
        }
    });

    connect(service, &LibraryService::snapshotReady, this, &LibraryPanel::takeSnapshot);
    connect(service, &LibraryService::searchFinished, this, &LibraryPanel::takeHits);
    connect(service, &LibraryService::mentionsReady, this, &LibraryPanel::takeMentions);
    connect(service, &LibraryService::subjectSummaryReady, this, &LibraryPanel::takeSubjectSummary);
    connect(service, &LibraryService::indexingProgress, this, [this](int done, int total) {
        m_progress->setVisible(done < total);
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Indexing %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(service, &LibraryService::indexed, this, [this] {
        m_progress->hide();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    connect(m_forecastModel, &ForecastModel::verdictEdited, this,
            [this](const QString &key, const ForecastVerdict &verdict) {
                m_verdicts.insert(key, verdict);
                emit verdictEdited(key, verdict);
            });
    updateCount();
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::buildArticlesTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    m_agency = new QComboBox(page);
    m_agency->setObjectName(QStringLiteral("libraryAgency"));
    m_agency->setAccessibleName(tr("Agency"));
    m_subject = new QComboBox(page);
    m_subject->setObjectName(QStringLiteral("librarySubject"));
    m_subject->setAccessibleName(tr("Person or term"));
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->lineEdit()->setPlaceholderText(tr("All persons and terms"));
    m_folder = new QComboBox(page);
    m_folder->setObjectName(QStringLiteral("libraryFolder"));
    m_folder->setAccessibleName(tr("Folder"));
    m_removeFolder = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove from Library…"), this);
    m_removeFolder->setObjectName(QStringLiteral("libraryRemoveFolderAction"));
    m_removeFolder->setEnabled(false);
    connect(m_removeFolder, &QAction::triggered, this, &LibraryPanel::removeChosenFolder);
    // On the folder filter's context menu, and as a button beside it.
    m_folder->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_folder->addAction(m_removeFolder);
    auto *removeFolder = new QToolButton(page);
    removeFolder->setObjectName(QStringLiteral("libraryRemoveFolder"));
    removeFolder->setDefaultAction(m_removeFolder);
    removeFolder->setAutoRaise(true);
    m_withNotes = new QCheckBox(tr("With notes"), page);
    m_withNotes->setObjectName(QStringLiteral("libraryWithNotes"));
    for (QComboBox *box : { m_agency, m_subject, m_folder })
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agency->setMinimumContentsLength(6);
    m_subject->setMinimumContentsLength(8);
    m_folder->setMinimumContentsLength(6);
    // Two rows, so that the dock stays narrow enough to leave the article its column.
    auto *filtersBelow = new QHBoxLayout;
    filters->addWidget(m_agency, 1);
    filters->addWidget(m_folder, 1);
    filters->addWidget(removeFolder);
    filtersBelow->addWidget(m_subject, 1);
    filtersBelow->addWidget(m_withNotes);
    layout->addLayout(filters);
    layout->addLayout(filtersBelow);

    m_articlesStack = new QStackedWidget(page);
    m_table = new QTableView(m_articlesStack);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setAccessibleName(tr("Articles of the library"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::HeadlineColumn, QHeaderView::Stretch);
    for (int c = LibraryModel::DateColumn; c < LibraryModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_table->setColumnWidth(LibraryModel::SubjectsColumn, 160);
    // The date as wide as the locale writes it (a day and month before a four-digit year is wider than Qt's
    // default column), with the cell's margins.
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_table->setColumnWidth(LibraryModel::DateColumn,
                            m_table->fontMetrics().horizontalAdvance(sampleDate)
                                + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table)
                                + 12);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(ArticlePathRole).toString(), false); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(ArticlePathRole).toString(), true); });
    m_articlesStack->addWidget(m_table);

    m_results = new QTreeWidget(m_articlesStack);
    m_results->setObjectName(QStringLiteral("librarySearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({ tr("Headline"), tr("Part"), tr("Match") });
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(m_results));
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(true);
    // The headline and the part take shares of the width, the matched words the rest: with a fixed 220 px
    // headline the match was out of sight in a dock of 330 px.
    m_results->viewport()->installEventFilter(this);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit hitActivated(m_hits.at(item->data(0, HitRole).toInt()), SearchQuery::parse(m_lastQuery).includedWords());
    });
    m_articlesStack->addWidget(m_results);
    layout->addWidget(m_articlesStack, 1);

    connect(m_agency, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilter);
    connect(m_folder, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilter);
    connect(m_folder, &QComboBox::currentIndexChanged, this,
            [this] { m_removeFolder->setEnabled(!m_folder->currentData().toString().isEmpty()); });
    connect(m_subject, &QComboBox::currentTextChanged, this, &LibraryPanel::applyFilter);
    connect(m_withNotes, &QCheckBox::toggled, this, &LibraryPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateCount);
    m_tabs->addTab(page, tr("Articles"));
}

void LibraryPanel::buildPersonsTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(QStringLiteral("libraryPersons"));
    m_subjectList = new QTableWidget(0, 2, splitter);
    m_subjectList->setObjectName(QStringLiteral("librarySubjects"));
    m_subjectList->setAccessibleName(tr("Persons and terms of the library"));
    m_subjectList->setHorizontalHeaderLabels({ tr("Person or term"), tr("Articles") });
    m_subjectList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subjectList->verticalHeader()->hide();
    m_subjectList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subjectList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subjectList->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_subjectTitle = new QLabel(detail);
    m_subjectTitle->setObjectName(QStringLiteral("librarySubjectTitle"));
    m_subjectTitle->setTextFormat(Qt::PlainText);
    m_subjectTitle->setWordWrap(true);
    QFont bold = m_subjectTitle->font();
    bold.setBold(true);
    m_subjectTitle->setFont(bold);
    m_subjectSummary = new QLabel(detail);
    m_subjectSummary->setObjectName(QStringLiteral("librarySubjectSummary"));
    m_subjectSummary->setTextFormat(Qt::PlainText);
    m_subjectSummary->setWordWrap(true);
    m_subjectSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_subjectSummary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_subjectSummary->setAccessibleName(tr("Wikipedia summary"));
    // A long extract scrolls in its own area instead of pushing the articles out of the pane.
    auto *summaryArea = new QScrollArea(detail);
    summaryArea->setObjectName(QStringLiteral("librarySubjectSummaryArea"));
    summaryArea->setWidget(m_subjectSummary);
    summaryArea->setWidgetResizable(true);
    summaryArea->setFrameShape(QFrame::NoFrame);
    summaryArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryArea->setMaximumHeight(m_subjectSummary->fontMetrics().lineSpacing() * 9);
    m_mentions = new QTreeWidget(detail);
    m_mentions->setObjectName(QStringLiteral("librarySubjectArticles"));
    m_mentions->setAccessibleName(tr("Articles about it, newest first"));
    m_mentions->setRootIsDecorated(false);
    m_mentions->setWordWrap(true);
    m_mentions->setHeaderLabels({ tr("Date"), tr("Article"), tr("What the article says") });
    m_mentions->header()->setStretchLastSection(true);
    detailLayout->addWidget(m_subjectTitle);
    detailLayout->addWidget(summaryArea);
    detailLayout->addWidget(m_mentions, 1);
    connect(m_subjectList, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_subjects.size())
            return;
        const LibrarySubject &s = m_subjects.at(row);
        const QString link = s.wikipedia.isEmpty() ? QString() : QUrl(s.wikipedia).toDisplayString();
        m_subjectTitle->setText(link.isEmpty() ? s.subject : s.subject + QStringLiteral(" · ") + link);
        m_subjectSummary->setText(link.isEmpty() ? tr("No Wikipedia page is linked to it.") : QString());
        m_mentions->clear();
        m_service->requestMentions(s.key);
    });
    connect(m_mentions, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openRequested(item->data(0, Qt::UserRole).toString(), true); });
    m_tabs->addTab(splitter, tr("Persons and terms"));
}

void LibraryPanel::buildForecastsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_dueOnly = new QCheckBox(tr("Only open ones older than"), page);
    m_dueOnly->setObjectName(QStringLiteral("forecastsDueOnly"));
    m_dueWeeks = new QSpinBox(page);
    m_dueWeeks->setObjectName(QStringLiteral("forecastsDueWeeks"));
    m_dueWeeks->setAccessibleName(tr("Weeks"));
    m_dueWeeks->setRange(0, 520);
    m_dueWeeks->setValue(4);
    m_dueWeeks->setSuffix(tr(" weeks"));
    auto *csv = new QPushButton(tr("Export CSV…"), page);
    csv->setObjectName(QStringLiteral("forecastsExportCsv"));
    auto *md = new QPushButton(tr("Export Markdown…"), page);
    md->setObjectName(QStringLiteral("forecastsExportMarkdown"));
    bar->addWidget(m_dueOnly);
    bar->addWidget(m_dueWeeks);
    bar->addStretch(1);
    auto *exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(csv);
    exports->addWidget(md);
    layout->addLayout(bar);
    layout->addLayout(exports);
    m_forecastTable = new QTableView(page);
    m_forecastTable->setObjectName(QStringLiteral("forecastsTable"));
    m_forecastTable->setAccessibleName(tr("Forecasts of the library"));
    m_forecastTable->setModel(m_forecastModel);
    m_forecastTable->setItemDelegateForColumn(ForecastModel::VerdictColumn, new VerdictDelegate(m_forecastTable));
    m_forecastTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    m_forecastTable->setWordWrap(true);
    m_forecastTable->verticalHeader()->hide();
    m_forecastTable->horizontalHeader()->setSectionResizeMode(ForecastModel::ForecastColumn, QHeaderView::Stretch);
    m_forecastTable->setColumnWidth(ForecastModel::HeadlineColumn, 180);
    layout->addWidget(m_forecastTable, 1);
    const auto due = [this] {
        m_forecastModel->setDueFilter(m_dueOnly->isChecked() ? std::optional<int>(m_dueWeeks->value()) : std::nullopt);
    };
    connect(m_dueOnly, &QCheckBox::toggled, this, due);
    connect(m_dueWeeks, &QSpinBox::valueChanged, this, [this, due] {
        if (m_dueOnly->isChecked())
            due();
    });
    connect(csv, &QPushButton::clicked, this, [this] { exportForecasts(true); });
    connect(md, &QPushButton::clicked, this, [this] { exportForecasts(false); });
    connect(m_forecastTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ForecastModel::VerdictColumn && index.column() != ForecastModel::NoteColumn)
            emit openRequested(index.data(ArticlePathRole).toString(), true);
    });
    m_tabs->addTab(page, tr("Forecasts"));
}

void LibraryPanel::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPanel::showSearch(const QString &query)
{
    m_search->setText(query);
    runSearch();
}

void LibraryPanel::setNoteCounts(const QHash<QString, int> &counts)
{
    m_model->setNoteCounts(counts);
}

void LibraryPanel::setVerdicts(const QHash<QString, ForecastVerdict> &verdicts)
{
    m_verdicts = verdicts;
    m_forecastModel->setForecasts(m_forecastList, m_verdicts);
}

void LibraryPanel::takeSnapshot(const LibrarySnapshot &snapshot)
{
    const QString agency = m_agency->currentData().toString();
    const QString folder = m_folder->currentData().toString();
    m_model->setArticles(snapshot.articles, snapshot.roots, snapshot.agencies, snapshot.subjectNames);

    const QSignalBlocker blockAgency(m_agency);
    const QSignalBlocker blockFolder(m_folder);
    const QSignalBlocker blockSubject(m_subject);
    const QString subject = m_subject->currentText();
    m_agency->clear();
    m_agency->addItem(tr("All agencies"), QString());
    for (const QString &a : m_model->agencies())
        m_agency->addItem(a, a);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
    m_folder->clear();
    m_folder->addItem(tr("All folders"), QString());
    for (const QString &root : snapshot.roots)
        m_folder->addItem(
            QDir::toNativeSeparators(QFileInfo(root).fileName().isEmpty() ? root : QFileInfo(root).fileName()), root);
    m_folder->setCurrentIndex(std::max(0, m_folder->findData(folder)));
    m_removeFolder->setEnabled(!m_folder->currentData().toString().isEmpty());
    m_subject->clear();
    m_subject->addItems(m_model->subjects());
    m_subject->setCurrentIndex(-1);
    m_subject->setEditText(subject);
    applyFilter();

    m_forecastList = snapshot.forecasts;
    m_forecastModel->setForecasts(m_forecastList, m_verdicts);

    m_subjects = snapshot.subjects;
    m_subjectList->setRowCount(0);
    m_subjectList->setRowCount(int(m_subjects.size()));
    for (int row = 0; row < m_subjects.size(); ++row) {
        auto *name = new QTableWidgetItem(m_subjects.at(row).subject);
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, m_subjects.at(row).articles);
        m_subjectList->setItem(row, 0, name);
        m_subjectList->setItem(row, 1, count);
    }
    updateCount();
}

void LibraryPanel::applyFilter()
{
    LibraryFilter filter;
    filter.agency = m_agency->currentData().toString();
    filter.folder = m_folder->currentData().toString();
    filter.subject = m_subject->currentText().trimmed();
    filter.withNotes = m_withNotes->isChecked();
    m_model->setFilter(filter);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        m_results->setColumnWidth(0, std::max(80, width * 2 / 5));
        m_results->setColumnWidth(1, std::max(60, width / 5));
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::retranslate()
{
    // The same texts as the constructor and the build*Tab() functions set; the models' headers follow on their own.
    m_search->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_progress->setAccessibleName(tr("Indexing progress"));
    if (auto *add = findChild<QPushButton *>(QStringLiteral("libraryAddFolder")))
        add->setText(tr("Add Folder…"));
    m_agency->setAccessibleName(tr("Agency"));
    m_subject->setAccessibleName(tr("Person or term"));
    m_subject->lineEdit()->setPlaceholderText(tr("All persons and terms"));
    m_folder->setAccessibleName(tr("Folder"));
    m_removeFolder->setText(tr("Remove from Library…"));
    m_withNotes->setText(tr("With notes"));
    if (m_agency->count() > 0)
        m_agency->setItemText(0, tr("All agencies"));
    if (m_folder->count() > 0)
        m_folder->setItemText(0, tr("All folders"));
    m_table->setAccessibleName(tr("Articles of the library"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({ tr("Headline"), tr("Part"), tr("Match") });
    m_subjectList->setAccessibleName(tr("Persons and terms of the library"));
    m_subjectList->setHorizontalHeaderLabels({ tr("Person or term"), tr("Articles") });
    m_mentions->setAccessibleName(tr("Articles about it, newest first"));
    m_mentions->setHeaderLabels({ tr("Date"), tr("Article"), tr("What the article says") });
    m_subjectSummary->setAccessibleName(tr("Wikipedia summary"));
    m_tabs->setTabText(0, tr("Articles"));
    m_tabs->setTabText(1, tr("Persons and terms"));
    m_tabs->setTabText(2, tr("Forecasts"));
    m_dueOnly->setText(tr("Only open ones older than"));
    m_dueWeeks->setAccessibleName(tr("Weeks"));
    m_dueWeeks->setSuffix(tr(" weeks"));
    if (auto *csv = findChild<QPushButton *>(QStringLiteral("forecastsExportCsv")))
        csv->setText(tr("Export CSV…"));
    if (auto *md = findChild<QPushButton *>(QStringLiteral("forecastsExportMarkdown")))
        md->setText(tr("Export Markdown…"));
    m_forecastTable->setAccessibleName(tr("Forecasts of the library"));
    updateCount();
}

void LibraryPanel::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->matchingCount();
    m_count->setText(shown == total ? tr("%Ln article(s)", nullptr, total)
                                    : tr("%1 of %Ln article(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void LibraryPanel::runSearch()
{
    m_searchDelay->stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_articlesStack->setCurrentIndex(0);
        m_hits.clear();
        m_results->clear();
        return;
    }
    m_service->search(query, SearchLimit);
}

void LibraryPanel::takeHits(const QString &query, const QList<LibraryHit> &hits)
{
    if (query != m_search->text().trimmed())
        return; // an older answer
    m_lastQuery = query;
    m_hits = hits;
    m_results->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < hits.size(); ++i) {
        const LibraryHit &hit = hits.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(0, hit.headline);
        item->setText(1, partTitle(hit.part));
        item->setText(2, hit.snippet);
        item->setData(2, MatchesRole, utf16Ranges(hit.snippet, hit.matches));
        item->setData(0, HitRole, i);
        item->setToolTip(
            0, QStringLiteral("<p>") + QDir::toNativeSeparators(hit.file).toHtmlEscaped() + QStringLiteral("</p>"));
        items.append(item);
    }
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem({ tr("Nothing found") });
        none->setFlags(Qt::NoItemFlags);
        items.append(none);
    }
    m_results->addTopLevelItems(items);
    if (!hits.isEmpty())
        m_results->setCurrentItem(m_results->topLevelItem(0));
    m_articlesStack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(0);
}

bool LibraryPanel::isCurrentSubject(const QString &key) const
{
    const int row = m_subjectList->currentRow();
    return row >= 0 && row < m_subjects.size() && m_subjects.at(row).key == key;
}

void LibraryPanel::takeSubjectSummary(const QString &key, bool cached, const Summary &summary)
{
    if (!isCurrentSubject(key) || m_subjects.at(m_subjectList->currentRow()).wikipedia.isEmpty())
        return;
    // Only what the cache has: the library never fetches (the reading view does, when the article is open).
    if (!cached) {
        m_subjectSummary->setText(tr("Its Wikipedia summary is not cached yet."));
        return;
    }
    QString title = summary.title;
    if (!summary.description.isEmpty())
        title += QStringLiteral(" \u2014 ") + summary.description;
    const QDateTime fetched = summary.fetchedAt.isValid() ? summary.fetchedAt : QDateTime::currentDateTimeUtc();
    QString attribution
        = tr("Wikipedia, %1, CC BY-SA 4.0").arg(QLocale().toString(fetched.toLocalTime().date(), QLocale::ShortFormat));
    if (summary.pageUrl.scheme() == QLatin1String("https"))
        attribution += QStringLiteral(": ") + summary.pageUrl.toString(QUrl::FullyEncoded);
    QStringList parts { title, summary.extract, attribution };
    parts.removeAll(QString());
    m_subjectSummary->setText(parts.join(QStringLiteral("\n\n")));
}

void LibraryPanel::takeMentions(const QString &key, const QList<SubjectMention> &mentions)
{
    if (!isCurrentSubject(key))
        return;
    m_mentions->clear();
    for (const SubjectMention &m : mentions) {
        auto *item = new QTreeWidgetItem(m_mentions);
        item->setText(0, QLocale().toString(m.modified.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(1, m.headline);
        item->setText(2, m.explanation.isEmpty() ? tr("(mentioned only)") : m.explanation);
        item->setData(0, Qt::UserRole, m.file);
    }
}

void LibraryPanel::removeChosenFolder()
{
    const QString root = m_folder->currentData().toString();
    if (root.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove from Library"),
                    tr("Remove %1 from the library?").arg(QDir::toNativeSeparators(root)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("libraryRemoveFolderQuestion"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Its articles leave the library. The files stay where they are, and your notes on "
                              "them stay in the notes database."));
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    emit removeFolderRequested(root);
}

void LibraryPanel::exportForecasts(bool csv)
{
    const QString suffix = csv ? QStringLiteral("csv") : QStringLiteral("md");
    const QString path
        = QFileDialog::getSaveFileName(this, csv ? tr("Export Forecasts as CSV") : tr("Export Forecasts as Markdown"),
                                       QDir::home().filePath(tr("forecasts") + u'.' + suffix),
                                       csv ? tr("CSV files (*.csv)") : tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    const QList<Forecast> shown = m_forecastModel->shown();
    const QByteArray bytes
        = csv ? ForecastExport::csv(shown) : ForecastExport::markdown(shown, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Forecasts"),
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace Randnotiz
