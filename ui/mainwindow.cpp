#include "mainwindow.h"

#include "article/ozdparser.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>

namespace Randnotiz {

namespace {

// The plain listing of the parsed parts; the reading view replaces it.
QString describe(const Article &a)
{
    QStringList out;
    auto section = [&out](const QString &title, const QStringList &paragraphs) {
        out << QString() << QStringLiteral("== ") + title + QStringLiteral(" ==");
        out << paragraphs;
    };
    out << a.headline();
    section(MainWindow::tr("Article"), a.body());
    if (a.source())
        out << QString() << MainWindow::tr("Source: %1").arg(a.source()->agencies.join(QStringLiteral(", ")));
    if (a.commentary())
        section(MainWindow::tr("Commentary: %1").arg(a.commentary()->title), a.commentary()->paragraphs);
    if (a.forecast())
        section(MainWindow::tr("Forecast"), *a.forecast());
    for (const Section &s : a.extraSections())
        section(s.heading, s.paragraphs);
    if (!a.explanations().isEmpty()) {
        QStringList lines;
        for (const Explanation &e : a.explanations()) {
            lines << QString() << e.question << e.paragraphs;
            if (e.wikipedia)
                lines << e.wikipedia->url.toString();
        }
        section(MainWindow::tr("Persons and terms"), lines);
    }
    if (a.notes())
        section(MainWindow::tr("Notes"), *a.notes());
    if (a.photo())
        out << QString() << MainWindow::tr("Photo: %1").arg(*a.photo());
    return out.join(QLatin1Char('\n'));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("articleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete page;
    });
    setCentralWidget(m_tabs);
    resize(1000, 720);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    const ParseResult result = OzdParser::parseFile(path);
    if (!result.ok()) {
        showError(path, result.error);
        return false;
    }
    addArticleTab(result.article);
    return true;
}

void MainWindow::openSample()
{
    QFile sample(QStringLiteral(":/samples/klimagipfel-bonn.txt"));
    const bool opened = sample.open(QIODevice::ReadOnly);
    const ParseResult result = OzdParser::parseBytes(opened ? sample.readAll() : QByteArray(),
                                                     QStringLiteral("klimagipfel-bonn.txt"));
    if (result.ok())
        addArticleTab(result.article);
    else
        showError(sample.fileName(), result.error);
}

int MainWindow::articleCount() const
{
    return m_tabs->count();
}

void MainWindow::addArticleTab(const Article &article)
{
    auto *view = new QPlainTextEdit(m_tabs);
    view->setReadOnly(true);
    view->setPlainText(describe(article));
    const int index = m_tabs->addTab(view, article.headline());
    m_tabs->setTabToolTip(index, article.file());
    m_tabs->setCurrentIndex(index);
}

void MainWindow::showError(const QString &path, const QString &error)
{
    const QString message = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), error);
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open article"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Randnotiz
