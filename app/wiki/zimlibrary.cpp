#include "wiki/zimlibrary.h"

#include "wiki/zimmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Randnotiz {

namespace {

struct LoadedModule
{
    const ZimModuleFunctions *functions = nullptr;
    QString error; // why there is none, for people
};

QString modulePath()
{
    // A program of the build tree uses the module built beside it, an installed one the installed module.
    const QString buildTree = QStringLiteral(RANDNOTIZ_BUILD_DIR);
    const QString programDir = QCoreApplication::applicationDirPath();
    const bool inBuildTree = !programDir.isEmpty() && programDir.startsWith(buildTree + QLatin1Char('/'));
    const QString dir = inBuildTree ? QStringLiteral(RANDNOTIZ_BUILD_MODULE_DIR)
                                    : programDir + QStringLiteral("/" RANDNOTIZ_INSTALLED_MODULE_DIR);
    return QDir::cleanPath(dir + QStringLiteral("/randnotiz_zim.so"));
}

// Loaded once per process, on the first use, by whichever thread comes first.
const LoadedModule &module()
{
    static const LoadedModule loaded = [] {
        LoadedModule m;
        QLibrary library(modulePath());
        const auto entry = reinterpret_cast<RandnotizZimModuleEntry>(library.resolve(RANDNOTIZ_ZIM_MODULE_ENTRY));
        const ZimModuleFunctions *functions = entry ? entry() : nullptr;
        if (!functions) {
            m.error = QCoreApplication::translate("Randnotiz::ZimLibrary",
                                                  "offline copies cannot be read: the module %1 is missing or "
                                                  "damaged (%2)")
                          .arg(QDir::toNativeSeparators(library.fileName()), library.errorString());
        } else if (qstrcmp(functions->version, RANDNOTIZ_VERSION) != 0) {
            m.error = QCoreApplication::translate("Randnotiz::ZimLibrary",
                                                  "offline copies cannot be read: the module %1 is of version %2, "
                                                  "not %3")
                          .arg(QDir::toNativeSeparators(library.fileName()), QString::fromUtf8(functions->version),
                               QStringLiteral(RANDNOTIZ_VERSION));
        } else {
            m.functions = functions; // the library stays loaded: a QLibrary unloads only when asked to
        }
        return m;
    }();
    return loaded;
}

ZimInfo unusable(const QString &path, const QString &why)
{
    ZimInfo info;
    info.path = path;
    info.error = QFileInfo(path).fileName() + QStringLiteral(": ") + why;
    return info;
}

} // namespace

QString ZimLibrary::wikiLanguage(const QString &name, const QString &language)
{
    // Kiwix names its Wikipedia copies wikipedia_LANG_SELECTION_..., which also tells "simple" from "en".
    static const QRegularExpression kiwixName(QStringLiteral("^wikipedia_([a-z][a-z-]*)_"));
    if (const QRegularExpressionMatch m = kiwixName.match(name); m.hasMatch())
        return m.captured(1);
    const QString first = language.section(QLatin1Char(','), 0, 0).trimmed().toLower();
    if (first.size() == 2)
        return first;
    if (first.isEmpty())
        return {};
    const QLocale::Language l = QLocale::codeToLanguage(first, QLocale::ISO639Part3);
    if (l == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(l, QLocale::ISO639Part1);
}

ZimInfo ZimLibrary::inspect(const QString &path)
{
    const LoadedModule &m = module();
    return m.functions ? m.functions->inspect(path) : unusable(path, m.error);
}

ZimLibrary::ZimLibrary(const QStringList &paths)
{
    const LoadedModule &m = module();
    if (!m.functions) {
        for (const QString &path : paths)
            m_infos.append(unusable(path, m.error));
        return;
    }
    m_functions = m.functions;
    m_copies = m_functions->open(paths, &m_infos);
}

ZimLibrary::~ZimLibrary()
{
    if (m_functions)
        m_functions->close(m_copies);
}

QList<ZimInfo> ZimLibrary::infos() const
{
    return m_infos;
}

bool ZimLibrary::hasLanguage(const QString &lang) const
{
    return m_functions && m_functions->hasLanguage(m_copies, lang);
}

ZimLookup ZimLibrary::lookup(const WikiLink &link) const
{
    return m_functions ? m_functions->lookup(m_copies, link) : ZimLookup();
}

QString ZimLibrary::suggestTitle(const QString &lang, const QString &subject) const
{
    return m_functions ? m_functions->suggestTitle(m_copies, lang, subject) : QString();
}

namespace {

// Letters and digits only, case-folded, without a leading article: "der Nationale Rat" ~ "Nationale Rat".
QString normalizedTitle(const QString &text)
{
    QString folded = text.toCaseFolded().trimmed();
    for (const auto article :
         { QLatin1String("der "), QLatin1String("die "), QLatin1String("das "), QLatin1String("the ") }) {
        if (folded.startsWith(article)) {
            folded = folded.mid(article.size());
            break;
        }
    }
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                { row[size_t(j)] + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

int ZimLibrary::titleDistance(const QString &subject, const QString &title)
{
    const QString a = normalizedTitle(subject);
    const QString b = normalizedTitle(title);
    if (a.size() < 3 || b.size() < 3)
        return -1;
    // One difference per ten letters, at most two: "Sergej"/"Sergei", not "Schoigu"/"Schröder".
    const int allowed = int(qMin<qsizetype>(2, qMax<qsizetype>(1, a.size() / 10)));
    if (qAbs(a.size() - b.size()) > allowed)
        return -1;
    const int distance = editDistance(a, b);
    return distance <= allowed ? distance : -1;
}

} // namespace Randnotiz
