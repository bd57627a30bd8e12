// The JSON shape of a parsed article, as printed by --dump-json (documented in README.md).
#pragma once

#include "article/article.h"

#include <QJsonObject>

namespace Randnotiz {

QJsonObject articleToJson(const Article &article);
QJsonObject fileErrorToJson(const QString &file, const QString &error);

} // namespace Randnotiz
