// The JSON shape of a parsed article, as printed by --dump-json (documented in README.md).
#pragma once

#include "article/article.h"

#include <QByteArray>

namespace Randnotiz {

// One JSON Lines record (with its newline) with the keys in the documented order.
QByteArray articleJsonLine(const Article &article);
QByteArray fileErrorJsonLine(const QString &file, const QString &error);

} // namespace Randnotiz
