// Text from articles, notes, file names and the network, prepared for the widget texts Qt would otherwise read
// as markup, mnemonics or placeholders. Tooltips use plainToolTip() (models/roles.h: one rule for models and
// widgets); labels showing such text are set to Qt::PlainText.
#pragma once

#include "models/roles.h"

#include <QString>

namespace Randnotiz {

// For the text of a QAction, a QTabBar tab or a button: every '&' is shown as itself, never as a mnemonic.
QString escapeMnemonics(const QString &text);

// For QWidget::setWindowTitle(): a "[*]" in the text is shown as itself, not as the window-modified placeholder.
QString escapeWindowTitle(const QString &text);

} // namespace Randnotiz
