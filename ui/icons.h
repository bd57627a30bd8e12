// Small icons drawn in code, so that they follow the palette and need no image plugin.
#pragma once

#include <QIcon>

namespace Randnotiz {

QIcon personIcon(const QPalette &palette);
QIcon termIcon(const QPalette &palette);
QIcon applicationIcon();

} // namespace Randnotiz
