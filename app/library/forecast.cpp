#include "library/forecast.h"

#include "article/articletext.h"

#include <QCryptographicHash>

namespace Randnotiz {

QString forecastKey(const QString &headline, const QString &forecast)
{
    const QByteArray bytes
        = (ArticleText::normalise(headline) + QChar(u'\n') + ArticleText::normalise(forecast)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Randnotiz
