#include "languagewatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace Randnotiz {

LanguageWatch::LanguageWatch(QObject *parent, std::function<void()> onChange)
    : QObject(parent)
    , m_onChange(std::move(onChange))
{
    // QCoreApplication sends LanguageChange to itself; a filter on the application sees that event.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool LanguageWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && m_onChange)
        m_onChange();
    return QObject::eventFilter(watched, event);
}

} // namespace Randnotiz
