// Text from articles, notes, file names and the network is shown as plain text in the real window: an article
// made of markup, opened from a file whose name is markup, with a note, tags, a colour label and a Wikipedia
// summary made of markup; then every model, label, tab, action, tooltip and title is read back as Qt shows it.
#include "annotationcontroller.h"
#include "articleview.h"
#include "biographypanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "noteeditor.h"
#include "notes/annotation.h"
#include "notes/annotationstore.h"
#include "support/fakewikiserver.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QWindow>

#include <algorithm>

using namespace Randnotiz;
using Randnotiz::Test::FakeWikiServer;

namespace {

// Each field of the article is a name followed by this. Shown literally, every marker word stands right after a
// '>' (KOPFX, ROTX, LINKX) or after "&amp; " (ENDEX); read as markup, the tags vanish, "&amp;" becomes "&" and
// the image becomes U+FFFC. Escaped twice, the marker stands after "&gt;".
const QString Markup = QStringLiteral(" <h1>KOPFX</h1> <img src=x.png> <font color=red>ROTX</font> "
                                      "<a href=\"https://example.org\">LINKX</a> &amp; ENDEX");
// A file name cannot hold '/', so no closing tags; the same markers.
const QString FileMarkup = QStringLiteral("<h1>KOPFX<img src=x.png><font color=red>ROTX<a href=https:example.org>"
                                          "LINKX &amp; ENDEX");
// A Wikipedia title may hold '&' and ';': "&lt;" alone makes Qt read a tooltip as rich text.
const QString WikiTitle = QStringLiteral("Markup &lt;LTX");

QString marked(const QString &name)
{
    return name + Markup;
}

QString rendered(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// What a tooltip (a QLabel on Qt::AutoText inside QToolTip) shows.
QString shownToolTip(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? rendered(tip) : tip;
}

QString shownLabel(const QLabel *label)
{
    switch (label->textFormat()) {
    case Qt::PlainText:
        return label->text();
    case Qt::RichText:
        return rendered(label->text());
    case Qt::MarkdownText: {
        QTextDocument document;
        document.setMarkdown(label->text());
        return document.toPlainText();
    }
    case Qt::AutoText:
        break;
    }
    return shownToolTip(label->text());
}

// What a QAction, a tab or a button shows: "&&" is an '&', a single '&' marks the mnemonic and is not shown.
QString shownMnemonic(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

struct Shown
{
    QString where;
    QString text;
};

// Why a shown text is not the literal text, or an empty string when it is.
QString misread(const QString &text)
{
    if (text.contains(QChar::ObjectReplacementCharacter))
        return QStringLiteral("an <img> became an image");
    const auto precededBy = [&](const QString &marker, const QString &before) -> bool {
        for (qsizetype at = text.indexOf(marker, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(marker, at + 1, Qt::CaseInsensitive)) {
            if (at < before.size() || text.mid(at - before.size(), before.size()).compare(before, Qt::CaseInsensitive))
                return false;
        }
        return true;
    };
    for (const QString &marker : { QStringLiteral("KOPFX"), QStringLiteral("ROTX"), QStringLiteral("LINKX") }) {
        if (!precededBy(marker, QStringLiteral(">")))
            return marker + QStringLiteral(" lost its tag");
    }
    if (!precededBy(QStringLiteral("ENDEX"), QStringLiteral("&amp; ")))
        return QStringLiteral("\"&amp;\" was not shown as written");
    if (!precededBy(QStringLiteral("LTX"), QStringLiteral("&lt;")))
        return QStringLiteral("\"&lt;\" was not shown as written");
    return {};
}

bool hasMarker(const QString &text)
{
    static const QRegularExpression markers(QStringLiteral("KOPFX|ROTX|LINKX|ENDEX|LTX"),
                                            QRegularExpression::CaseInsensitiveOption);
    return text.contains(markers);
}

QString nameOf(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') + object->objectName();
}

// Everything a window shows as text, read the way Qt shows it.
class Walk
{
public:
    void widget(QWidget *root)
    {
        if (root->isWindow()) {
            add(nameOf(root) + QStringLiteral(" window title"), root->windowTitle());
            if (root->windowHandle())
                add(nameOf(root) + QStringLiteral(" native title"), root->windowHandle()->title());
        }
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString name = nameOf(w);
            add(name + QStringLiteral(" tooltip"), shownToolTip(w->toolTip()));
            if (auto *label = qobject_cast<QLabel *>(w)) {
                add(name, shownLabel(label));
                // A label left on automatic format shows outside text as markup as soon as it looks like some.
                if (label->textFormat() == Qt::AutoText && hasMarker(label->text()))
                    m_problems.append(name + QStringLiteral(" shows outside text on Qt::AutoText: ") + label->text());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                add(name, shownMnemonic(button->text()));
            } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < bar->count(); ++i) {
                    add(name + QStringLiteral(" tab text"), shownMnemonic(bar->tabText(i)));
                    add(name + QStringLiteral(" tab tooltip"), shownToolTip(bar->tabToolTip(i)));
                }
            } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
                add(name, edit->toPlainText());
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
                add(name, plain->toPlainText());
            } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
                add(name, line->text());
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(name + QStringLiteral(" item"), combo->itemText(i));
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                add(name, shownMnemonic(group->title()));
            } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
                add(name, status->currentMessage());
            } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                add(name, shownMnemonic(dock->windowTitle()));
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
                items(name, view->model(), {});
            if (auto *menu = qobject_cast<QMenu *>(w))
                add(name, shownMnemonic(menu->title()));
        }
        for (QAction *action : root->findChildren<QAction *>()) {
            const QString name = nameOf(action->parent()) + QLatin1Char('/') + nameOf(action);
            add(name, shownMnemonic(action->text()));
            add(name + QStringLiteral(" tooltip"), shownToolTip(action->toolTip()));
            add(name + QStringLiteral(" status tip"), action->statusTip());
        }
    }

    void items(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                // The item delegates paint DisplayRole as plain text.
                add(where + QStringLiteral(" display"), index.data(Qt::DisplayRole).toString());
                add(where + QStringLiteral(" tooltip"), shownToolTip(index.data(Qt::ToolTipRole).toString()));
            }
            items(where, model, model->index(row, 0, parent));
        }
    }

    // Every shown text that was read as markup (or escaped twice), with where it was shown.
    QStringList problems() const
    {
        QStringList out = m_problems;
        for (const Shown &s : m_shown) {
            if (const QString why = misread(s.text); !why.isEmpty())
                out.append(s.where + QStringLiteral(": ") + why + QStringLiteral(": ") + s.text);
        }
        return out;
    }

    // Whether a text shown where `where` says contains `text` (in any case: tags are folded).
    bool shows(const QString &where, const QString &text) const
    {
        return std::any_of(m_shown.cbegin(), m_shown.cend(), [&](const Shown &s) {
            return s.where.contains(where) && s.text.contains(text, Qt::CaseInsensitive);
        });
    }

    int count() const { return int(m_shown.size()); }

private:
    void add(const QString &where, const QString &text)
    {
        if (!text.isEmpty())
            m_shown.append({ where, text });
    }

    QList<Shown> m_shown;
    QStringList m_problems;
};

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void articleMadeOfMarkup_isShownLiterallyInEveryViewAndTooltip();
    void fileThatIsNoArticle_errorBarShowsItsNameLiterally();
    void exportDialog_showsTitleAndPathLiterally();

private:
    QString writeArticle() const;
    WikiOptions options() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeWikiServer> m_server;
};

void TestPlainText::initTestCase()
{
    Test::isolateSettings();
}

void TestPlainText::init()
{
    Test::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeWikiServer>();
    QVERIFY(m_server->listen());
}

void TestPlainText::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

WikiOptions TestPlainText::options() const
{
    WikiOptions o;
    o.baseTemplate = m_server->baseTemplate();
    o.dataDir = m_dir->filePath(QStringLiteral("data"));
    return o;
}

QString TestPlainText::writeArticle() const
{
    const QStringList lines = {
        marked(QStringLiteral("Schlagzeile [*]")),
        marked(QStringLiteral("Absatz")),
        QStringLiteral("OZD / ©dpa, ") + marked(QStringLiteral("Agentur")),
        QStringLiteral("OZD-Kommentar:"),
        marked(QStringLiteral("Kommentar")),
        marked(QStringLiteral("Kommentartext")),
        QStringLiteral("OZD-Prognose:"),
        marked(QStringLiteral("Prognose")),
        QStringLiteral("Biographien und Erklärungen:"),
        QStringLiteral("Wer ist ") + marked(QStringLiteral("Person")) + QLatin1Char('?'),
        marked(QStringLiteral("Erklärung")),
        QStringLiteral("Wikipedia-Seite: https://de.wikipedia.org/wiki/") + QString(WikiTitle).replace(u' ', u'_'),
        QStringLiteral("Hinweise:"),
        marked(QStringLiteral("Hinweis")),
        QStringLiteral("Foto: ") + marked(QStringLiteral("Fotograf")),
    };
    const QString path = m_dir->filePath(FileMarkup + QStringLiteral(".txt"));
    return Test::writeFile(path, lines.join(u'\n').toUtf8() + '\n') ? path : QString();
}

void TestPlainText::articleMadeOfMarkup_isShownLiterallyInEveryViewAndTooltip()
{
    FakeWikiServer::Page page;
    page.description = marked(QStringLiteral("Beschreibung"));
    page.extract = marked(QStringLiteral("Auszug"));
    m_server->addPage(QStringLiteral("de"), WikiTitle, page);
    const QString path = writeArticle();
    QVERIFY(!path.isEmpty());
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString headline = marked(QStringLiteral("Schlagzeile [*]"));

    MainWindow window(options());
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_COMPARE(window.articleCount(), 1);
    ArticleView *view = window.currentView();
    QTRY_VERIFY(view->articleId() > 0);

    // A note with tags on the body paragraph, and a colour label: the user's own text, also made of markup.
    const QString paragraph = marked(QStringLiteral("Absatz"));
    const int start = int(view->articleText().text().indexOf(paragraph));
    QVERIFY(start >= 0);
    Annotation note = Annotation::create(view->articleText(), start, start + int(paragraph.size()));
    note.articleId = view->articleId();
    note.note = marked(QStringLiteral("Notiz")) + QStringLiteral("\n") + marked(QStringLiteral("Zeile"));
    note.tags = { marked(QStringLiteral("Etikett")) };
    NotesStore *store = window.annotations()->store();
    QVERIFY(store->addAnnotation(note));
    ColorLabels labels;
    labels.setLabel(note.color, QStringLiteral("<font color=red>ROTX</font> &amp; ENDEX"));
    window.annotations()->applyColorLabels(labels);
    auto *notesView = window.findChild<QAbstractItemView *>(QStringLiteral("notesView"));
    QVERIFY(notesView);
    QTRY_COMPARE(notesView->model()->rowCount(), 1);

    // The summary of the entry, fetched from the fake server.
    BiographyPanel *panel = window.biographyPanel();
    panel->setCurrentEntry(0);
    auto *extract = panel->findChild<QLabel *>(QStringLiteral("summaryExtract"));
    QVERIFY(extract);
    QTRY_COMPARE(extract->text(), marked(QStringLiteral("Auszug")));
    // The recent-files menu is rebuilt once the article painted.
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QTRY_VERIFY(std::any_of(recent->actions().cbegin(), recent->actions().cend(),
                            [&](const QAction *a) { return a->data().toString() == path; }));

    // Once with the notes of this article, once with all articles (the notes then name their article).
    for (const bool all : { false, true }) {
        if (all) {
            auto *scope = window.findChild<QComboBox *>(QStringLiteral("notesScope"));
            QVERIFY(scope);
            scope->setCurrentIndex(1);
            QTRY_COMPARE(notesView->model()->rowCount(), 1);
        }
        Walk walk;
        walk.widget(&window);
        QVERIFY(walk.count() > 100);
        const QStringList problems = walk.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));

        // The markup reached each place it should, so nothing above passed for want of text.
        QCOMPARE(window.windowHandle()->title(), headline);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
        QVERIFY(tabs);
        QString tab = shownMnemonic(tabs->tabBar()->tabText(0));
        if (tab.endsWith(QChar(0x2026)))
            tab.chop(1);
        QVERIFY2(tab.size() > 20 && headline.startsWith(tab), qPrintable(tab));
        QCOMPARE(shownToolTip(tabs->tabBar()->tabToolTip(0)), nativePath);
        QVERIFY(walk.shows(QStringLiteral("recentMenu"), FileMarkup));
        // An entry shows its subject and, as its tooltip, the start of its text.
        const auto outline = [&](const QString &role, const QString &name) {
            return walk.shows(QStringLiteral("outlineView ") + role, name + QStringLiteral(" <h1>KOPFX</h1>"));
        };
        for (const QString &name : { QStringLiteral("Absatz"), QStringLiteral("Agentur"), QStringLiteral("Kommentar"),
                                     QStringLiteral("Kommentartext"), QStringLiteral("Prognose"),
                                     QStringLiteral("Hinweis"), QStringLiteral("Fotograf") }) {
            QVERIFY2(outline(QStringLiteral("display"), name), qPrintable(name));
            QVERIFY2(outline(QStringLiteral("tooltip"), name), qPrintable(name));
        }
        QVERIFY(outline(QStringLiteral("display"), QStringLiteral("Person")));
        QVERIFY(outline(QStringLiteral("tooltip"), QStringLiteral("Erklärung")));
        QVERIFY(walk.shows(QStringLiteral("biographyList tooltip"),
                           QStringLiteral("Wer ist ") + marked(QStringLiteral("Person")) + QLatin1Char('?')));
        QVERIFY(walk.shows(QStringLiteral("biographyList display"), marked(QStringLiteral("Person"))));
        QVERIFY(walk.shows(QStringLiteral("biographyQuestion"), marked(QStringLiteral("Person"))));
        QVERIFY(walk.shows(QStringLiteral("biographyText"), marked(QStringLiteral("Erklärung"))));
        QVERIFY(walk.shows(QStringLiteral("summaryTitle"), marked(QStringLiteral("Beschreibung"))));
        QVERIFY(walk.shows(QStringLiteral("summaryExtract"), marked(QStringLiteral("Auszug"))));
        QVERIFY(walk.shows(QStringLiteral("openInBrowserButton tooltip"), QStringLiteral("/wiki/Markup_&lt;LTX")));
        QVERIFY(walk.shows(QStringLiteral("notesView display"), marked(QStringLiteral("Notiz"))));
        QVERIFY(walk.shows(QStringLiteral("notesView tooltip"),
                           marked(QStringLiteral("Notiz")) + QStringLiteral("\n") + marked(QStringLiteral("Zeile"))));
        QVERIFY(walk.shows(QStringLiteral("notesView display"), QStringLiteral("etikett <h1>kopfx</h1>")));
        QVERIFY(
            walk.shows(QStringLiteral("highlightAction"), QStringLiteral("<font color=red>ROTX</font> &amp; ENDEX")));
        if (all)
            QVERIFY(walk.shows(QStringLiteral("notesView tooltip"), headline));
        QVERIFY(walk.shows(QStringLiteral("articleText"), paragraph));
    }

    // The note editor: the quote, the note, the tags and the colour label as written.
    window.annotations()->editAnnotation(note.id);
    NoteEditor *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<NoteEditor *>()) && editor->isVisible());
    Walk walk;
    walk.widget(editor);
    QVERIFY(walk.shows(QStringLiteral("QLabel"), paragraph));
    QVERIFY(walk.shows(QStringLiteral("Edit"), marked(QStringLiteral("Zeile"))));
    QVERIFY(walk.shows(QStringLiteral("QLineEdit"), marked(QStringLiteral("Etikett"))));
    QVERIFY(walk.shows(QStringLiteral("QComboBox"), QStringLiteral("<font color=red>ROTX</font> &amp; ENDEX")));
    const QStringList problems = walk.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    editor->reject();
}

void TestPlainText::fileThatIsNoArticle_errorBarShowsItsNameLiterally()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *message = window.findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(message);
    const QList<std::pair<QString, QByteArray>> files
        = { { FileMarkup + QStringLiteral(" leer.txt"), QByteArray() },
            { FileMarkup + QStringLiteral(" bild.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) } };
    for (const auto &[name, bytes] : files) {
        const QString path = m_dir->filePath(name);
        QVERIFY(Test::writeFile(path, bytes));
        QSignalSpy failed(&window, &MainWindow::openFailed);
        window.openFile(path);
        QVERIFY(failed.wait());
        QCOMPARE(window.articleCount(), 0);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("errorBar"))->isVisible());
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(shownLabel(message).contains(name), qPrintable(message->text()));
        QCOMPARE(shownToolTip(message->toolTip()), QDir::toNativeSeparators(path));

        Walk walk;
        walk.widget(&window);
        QVERIFY(walk.shows(QStringLiteral("errorMessage"), name));
        const QStringList problems = walk.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
}

void TestPlainText::exportDialog_showsTitleAndPathLiterally()
{
    ExportDialog::Source source;
    source.dataDir = m_dir->filePath(QStringLiteral("data"));
    source.articlePath = m_dir->filePath(FileMarkup + QStringLiteral(".txt"));
    source.articleTitle = marked(QStringLiteral("Titel"));
    const QString out = m_dir->filePath(FileMarkup + QStringLiteral(".md"));
    QVERIFY(Test::writeFile(out, "alte Notizen"));
    ExportDialog dialog(source);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(out);

    Walk walk;
    walk.widget(&dialog);
    QVERIFY(walk.shows(QStringLiteral("exportScope"), marked(QStringLiteral("Titel"))));

    // The question before replacing the file names it as written.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
    walk.widget(box);
    QVERIFY(walk.shows(QStringLiteral("QLabel"), QDir::toNativeSeparators(out)));
    const QStringList problems = walk.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(Test::readAll(out), QByteArray("alte Notizen"));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
