// LanguageWatch: tells a model that the application's translators changed. QEvent::LanguageChange reaches
// widgets only, but a model's headers and titles are translated too; the views redraw them on its signals.
#pragma once

#include <QObject>

#include <functional>

namespace Randnotiz {

class LanguageWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageWatch)

public:
    // onChange runs after every installTranslator()/removeTranslator() while parent lives.
    LanguageWatch(QObject *parent, std::function<void()> onChange);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onChange;
};

} // namespace Randnotiz
