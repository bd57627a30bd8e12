#include "noteeditor.h"

#include "highlightcolors.h"
#include "models/annotationmodel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter final : public QCompleter
{
public:
    TagCompleter(const QStringList &tags, QObject *parent)
        : QCompleter(new QStringListModel(tags, parent), parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override
    {
        return { path.section(QLatin1Char(','), -1).trimmed() };
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString typed = edit ? edit->text() : QString();
        const qsizetype comma = typed.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }
};

} // namespace

NoteEditor::NoteEditor(const QString &quote, const QStringList &knownTags, const ColorLabels &labels, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    auto *layout = new QVBoxLayout(this);

    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("noteQuote"));
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    // A long passage is shortened: the dialog is about the note.
    const QString shown = quote.size() > 280 ? quote.left(280) + QChar(0x2026) : quote;
    m_quote->setText(QChar(0x201E) + shown + QChar(0x201C));
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_quote);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteText"));
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note, 1);

    auto *form = new QFormLayout;
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setCompleter(new TagCompleter(knownTags, m_tags));
    auto *tagsLabel = new QLabel(this);
    tagsLabel->setBuddy(m_tags);
    form->addRow(tagsLabel, m_tags);
    m_color = new QComboBox(this);
    m_color->setObjectName(QStringLiteral("noteColor"));
    for (const Color c : AllColors)
        m_color->addItem(swatchIcon(c), AnnotationModel::describeColor(c, labels), int(c));
    auto *colorLabel = new QLabel(this);
    colorLabel->setBuddy(m_color);
    form->addRow(colorLabel, m_color);
    m_shared = new QCheckBox(this);
    m_shared->setObjectName(QStringLiteral("noteShared"));
    m_shared->setVisible(false);
    form->addRow(QString(), m_shared);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("noteSave"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    m_texts.add([this, tagsLabel, colorLabel, save] {
        setWindowTitle(tr("Note"));
        m_note->setPlaceholderText(tr("Your note (Ctrl+Enter saves, Esc cancels)"));
        m_tags->setPlaceholderText(tr("e.g. klima, quelle"));
        tagsLabel->setText(tr("&Tags:"));
        colorLabel->setText(tr("&Colour:"));
        m_shared->setText(tr("&Shared with the team"));
        m_shared->setToolTip(
            tr("A private note is seen by you alone; a shared one by every member of the team store."));
        save->setToolTip(tr("Save (Ctrl+Enter)"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Ctrl+Enter saves from wherever the focus is; the text fields see the key first.
    // The completion list of the tags is a window of its own and sees the key first while it is open.
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_note, m_tags, m_color, m_shared, m_tags->completer()->popup() })
        field->installEventFilter(this);
    m_note->setFocus();
    resize(440, 300);
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                m_tags->completer()->popup()->hide();
                accept();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NoteEditor::setNote(const QString &note)
{
    m_note->setPlainText(note);
    m_note->moveCursor(QTextCursor::End);
}

QString NoteEditor::note() const
{
    return m_note->toPlainText().trimmed();
}

void NoteEditor::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

QStringList NoteEditor::tags() const
{
    return Annotation::cleanTags(m_tags->text().split(QLatin1Char(',')));
}

void NoteEditor::setColor(Color color)
{
    m_color->setCurrentIndex(m_color->findData(int(color)));
}

Color NoteEditor::color() const
{
    return Color(m_color->currentData().toInt());
}

void NoteEditor::setSharing(bool available, bool shared)
{
    m_shared->setVisible(available);
    m_shared->setChecked(available && shared);
}

bool NoteEditor::isShared() const
{
    return m_shared->isChecked();
}

} // namespace Randnotiz
