#include "findbar.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Randnotiz {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    enableClearButtonWhenShown(m_edit);
    m_edit->installEventFilter(this);
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    previous->setArrowType(Qt::UpArrow);
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNextButton"));
    next->setArrowType(Qt::DownArrow);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(110);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    m_texts.add([this, label, previous, next, close] {
        label->setText(tr("Find:"));
        m_edit->setPlaceholderText(tr("Find in article"));
        previous->setToolTip(tr("Previous match (Shift+F3)"));
        previous->setAccessibleName(tr("Previous match"));
        next->setToolTip(tr("Next match (F3)"));
        next->setAccessibleName(tr("Next match"));
        close->setToolTip(tr("Close (Escape)"));
        close->setAccessibleName(tr("Close the find bar"));
        showResult();
    });
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setResult(int current, int count)
{
    m_current = current;
    m_matches = count;
    showResult();
}

void FindBar::showResult()
{
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (m_matches == 0)
        m_count->setText(tr("No matches"));
    else if (m_current < 0)
        m_count->setText(tr("%n matches", nullptr, m_matches));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            emit findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Randnotiz
