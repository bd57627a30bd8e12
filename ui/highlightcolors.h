// The on-screen colours of the five highlight colours, shared by the reading area and the notes panel.
#pragma once

#include "notes/annotation.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Randnotiz {

// A full-strength swatch colour (for icons and the panel) for each highlight colour.
inline QColor swatchColor(Color color)
{
    switch (color) {
    case Color::Yellow:
        return QColor(0xf2, 0xc9, 0x1f);
    case Color::Red:
        return QColor(0xe0, 0x4f, 0x4f);
    case Color::Green:
        return QColor(0x4c, 0xb0, 0x5a);
    case Color::Blue:
        return QColor(0x4a, 0x8f, 0xe0);
    case Color::Purple:
        return QColor(0xa0, 0x6c, 0xd5);
    }
    return {};
}

// The translucent background drawn behind highlighted text; two overlapping highlights mix and the text
// stays readable on light and dark palettes.
inline QColor highlightBackground(Color color, const QPalette &palette)
{
    QColor c = swatchColor(color);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    c.setAlpha(dark ? 110 : 90);
    return c;
}

// A rounded square in the colour, for menus, lists and buttons; paler (not grey) when disabled.
QIcon swatchIcon(Color color);

} // namespace Randnotiz
