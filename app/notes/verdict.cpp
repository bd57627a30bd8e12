#include "notes/verdict.h"

#include <QCoreApplication>

#include <array>

namespace Randnotiz {

namespace {

constexpr std::array<std::pair<Verdict, const char16_t *>, 4> verdictNames { {
    { Verdict::Open, u"open" },
    { Verdict::CameTrue, u"came_true" },
    { Verdict::Partly, u"partly" },
    { Verdict::DidNot, u"did_not" },
} };

} // namespace

QString verdictName(Verdict verdict)
{
    for (const auto &[v, name] : verdictNames) {
        if (v == verdict)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("open");
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (const auto &[v, n] : verdictNames) {
        if (name == QStringView(n))
            return v;
    }
    return std::nullopt;
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Open:
        return QCoreApplication::translate("Randnotiz::Verdict", "Open");
    case Verdict::CameTrue:
        return QCoreApplication::translate("Randnotiz::Verdict", "Came true");
    case Verdict::Partly:
        return QCoreApplication::translate("Randnotiz::Verdict", "Partly");
    case Verdict::DidNot:
        return QCoreApplication::translate("Randnotiz::Verdict", "Did not");
    }
    return {};
}

} // namespace Randnotiz
