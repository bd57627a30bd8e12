#include "collapsiblepane.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace Randnotiz {

PaneHeader::PaneHeader(QWidget *parent)
    : QToolButton(parent)
{
    // Not checkable: a checked tool button is drawn pressed in, which reads as a stuck button, not a heading.
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
}

void PaneHeader::keyPressEvent(QKeyEvent *event)
{
    // A button reacts to Space only; for a header Enter and Return are just as natural.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        event->accept();
        return;
    }
    QToolButton::keyPressEvent(event);
}

CollapsiblePane::CollapsiblePane(const QString &kind, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
    , m_header(new PaneHeader(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    connect(m_header, &QToolButton::clicked, this, &CollapsiblePane::toggle);
    updateHeader();
}

CollapsiblePane::~CollapsiblePane() = default;

void CollapsiblePane::setContent(QWidget *content)
{
    m_content = content;
    layout()->addWidget(content);
    content->setVisible(isExpanded());
}

void CollapsiblePane::setCount(const QString &count)
{
    m_count = count;
    updateHeader();
}

bool CollapsiblePane::isExpanded() const
{
    return m_expanded;
}

void CollapsiblePane::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    if (m_content)
        m_content->setVisible(expanded);
    updateHeader();
    emit expandedChanged(expanded);
}

void CollapsiblePane::toggle()
{
    setExpanded(!isExpanded());
}

void CollapsiblePane::updateHeader()
{
    const bool expanded = isExpanded();
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    // The title is untrusted article text; a QToolButton shows it as plain text.
    QString text = m_title;
    if (!m_count.isEmpty())
        text += QStringLiteral("  \u00b7  ") + m_count;
    // A lone & would become a mnemonic.
    m_header->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_header->setAccessibleName(m_title);
    m_header->setToolTip(expanded ? tr("Collapse (Space)") : tr("Expand (Space)"));
    m_header->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
}

} // namespace Randnotiz
