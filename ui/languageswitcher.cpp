#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Randnotiz {

namespace {

struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> program;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString LanguageSwitcher::resolve(const QString &language)
{
    if (language == QLatin1String("de") || language == QLatin1String("en"))
        return language;
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void LanguageSwitcher::apply(const QString &language)
{
    const QString resolved = resolve(language);
    Installed &state = installed();
    if (state.language == resolved)
        return;
    // Loaded before the old ones go, so that the window changes its texts once per translator, not twice.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(resolved), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    auto program = std::make_unique<QTranslator>();
    if (!program->load(QStringLiteral(":/i18n/randnotiz_") + resolved + QStringLiteral(".qm")))
        program.reset();
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    if (state.program)
        QCoreApplication::removeTranslator(state.program.get());
    state.qt = std::move(qt);
    state.program = std::move(program);
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.program)
        QCoreApplication::installTranslator(state.program.get());
    state.language = resolved;
}

QString LanguageSwitcher::current()
{
    return installed().language;
}

} // namespace Randnotiz
