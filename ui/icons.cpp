#include "icons.h"

#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Randnotiz {

namespace {

class ClearButtonOnShow final : public QObject
{
public:
    explicit ClearButtonOnShow(QLineEdit *edit)
        : QObject(edit)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *edit = static_cast<QLineEdit *>(watched);
            edit->removeEventFilter(this);
            edit->setClearButtonEnabled(true);
            deleteLater();
        }
        return false;
    }
};

QPixmap canvas(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

QIcon personIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        // A light rim keeps the figure visible on a selected (blue) row as well.
        p.setPen(QPen(QColor(255, 255, 255, 220), qMax(1.0, size / 16.0)));
        p.setBrush(QColor(0x2a, 0x6f, 0x3f));
        const qreal s = size;
        p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
        QPainterPath body;
        body.moveTo(s * 0.12, s * 0.95);
        body.cubicTo(s * 0.12, s * 0.52, s * 0.88, s * 0.52, s * 0.88, s * 0.95);
        body.closeSubpath();
        p.drawPath(body);
        Q_UNUSED(palette);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon termIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap = canvas(size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QColor colour(0xc0, 0x6a, 0x1b);
        p.setPen(QPen(colour, qMax(1.0, s / 14)));
        p.setBrush(palette.color(QPalette::Base));
        // An open book: two pages.
        p.drawRoundedRect(QRectF(s * 0.08, s * 0.16, s * 0.40, s * 0.70), s * 0.05, s * 0.05);
        p.drawRoundedRect(QRectF(s * 0.52, s * 0.16, s * 0.40, s * 0.70), s * 0.05, s * 0.05);
        for (qreal y : { 0.34, 0.50, 0.66 }) {
            p.drawLine(QPointF(s * 0.16, s * y), QPointF(s * 0.40, s * y));
            p.drawLine(QPointF(s * 0.60, s * y), QPointF(s * 0.84, s * y));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/randnotiz.svg"));
}

void enableClearButtonWhenShown(QLineEdit *edit)
{
    if (edit->isVisible())
        edit->setClearButtonEnabled(true);
    else
        new ClearButtonOnShow(edit);
}

} // namespace Randnotiz
