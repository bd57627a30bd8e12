#include "highlightcolors.h"

#include <QPainter>
#include <QPixmap>

namespace Randnotiz {

namespace {

QPixmap swatchPixmap(QColor fill)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor border = fill.darker(135);
    border.setAlpha(fill.alpha());
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 3, 3);
    return pixmap;
}

} // namespace

QIcon swatchIcon(Color color)
{
    QIcon icon(swatchPixmap(swatchColor(color)));
    // Without a selection the toolbar's colours stay recognisable, only paler (the default would turn them grey).
    QColor pale = swatchColor(color);
    pale.setAlpha(90);
    icon.addPixmap(swatchPixmap(pale), QIcon::Disabled);
    return icon;
}

} // namespace Randnotiz
