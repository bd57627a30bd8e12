// LanguageSwitcher: installs the program's and Qt's translators for "de" or "en" and swaps them while the
// program runs; every widget then gets QEvent::LanguageChange and sets its texts again.
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace Randnotiz {

class LanguageSwitcher final
{
public:
    // "de" or "en"; anything else (the empty "system" choice) follows the system locale.
    static QString resolve(const QString &language);
    // Installs the translators of language (resolved first) in place of the ones installed before.
    static void apply(const QString &language);
    // The language applied last ("de" or "en"), empty before the first apply().
    static QString current();
};

// The texts of a window that a language change sets again: each setter runs once when added and again on
// every apply() (called from the window's changeEvent on QEvent::LanguageChange).
class Retranslations final
{
public:
    void add(std::function<void()> setter)
    {
        setter();
        m_setters.push_back(std::move(setter));
    }
    void apply() const
    {
        for (const auto &setter : m_setters)
            setter();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace Randnotiz
