// Small icons drawn in code, so that they follow the palette and need no image plugin.
#pragma once

#include <QIcon>

class QLineEdit;

namespace Randnotiz {

QIcon personIcon(const QPalette &palette);
QIcon termIcon(const QPalette &palette);
QIcon applicationIcon();

// The clear button's icon loads the image plugins (a few milliseconds): a field shows it from its first show on,
// so that the window's first paint does not wait for a field that is not on screen.
void enableClearButtonWhenShown(QLineEdit *edit);

} // namespace Randnotiz
