#include "notehistorydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Randnotiz {

NoteHistoryDialog::NoteHistoryDialog(const Annotation &current, const QList<Annotation> &versions, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("History of the Note"));
    auto *layout = new QVBoxLayout(this);
    auto *quote = new QLabel(this);
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(tr("“%1”").arg(current.quote));
    layout->addWidget(quote);
    m_list->setObjectName(QStringLiteral("noteHistoryList"));
    // Items of a QListWidget are plain text; the full note is in the tooltip (escaped: a tooltip may be rich text).
    const auto add = [this](const QString &text, const Annotation &version) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") + version.note.toHtmlEscaped()
                         + QStringLiteral("</p>"));
    };
    add(tr("Now: %1").arg(describe(current)), current);
    for (const Annotation &version : versions)
        add(describe(version), version);
    if (versions.isEmpty())
        m_list->addItem(tr("No earlier versions."));
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
}

NoteHistoryDialog::~NoteHistoryDialog() = default;

QString NoteHistoryDialog::describe(const Annotation &version)
{
    const QString when = QLocale().toString(version.modified.toLocalTime(), QLocale::ShortFormat);
    const QString note = version.note.isEmpty() ? tr("(no note)") : version.note.section(u'\n', 0, 0).left(200);
    return version.author.isEmpty() ? tr("%1: %2").arg(when, note) : tr("%1, %2: %3").arg(when, version.author, note);
}

} // namespace Randnotiz
