#include "plaintext.h"

namespace Randnotiz {

QString escapeMnemonics(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString escapeWindowTitle(const QString &text)
{
    // Qt shows "[*][*]" as "[*]" and treats a single "[*]" as the placeholder.
    return QString(text).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
}

} // namespace Randnotiz
