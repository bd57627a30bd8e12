// Screenshots of the main window in a light and a dark palette, written to the build folder to be looked at.
#include "articleview.h"
#include "biographypanel.h"
#include "mainwindow.h"
#include "support/guisupport.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Randnotiz;

class TestScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_lightAndDark();

private:
    static QImage shoot(const QPalette &palette, const QString &file);
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

double meanLightness(const QImage &image, const QRect &area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); y += 4) {
        for (int x = area.left(); x <= area.right(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    }
    return n ? sum / n : 0;
}

} // namespace

void TestScreenshots::initTestCase()
{
    Test::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QImage TestScreenshots::shoot(const QPalette &palette, const QString &file)
{
    QApplication::setPalette(palette);
    MainWindow window;
    window.resize(1280, 800);
    QSignalSpy painted(&window, &MainWindow::articlePainted);
    window.openSample();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    // The article is all there and has been painted once; then the panel shows the second entry.
    if (!QTest::qWaitFor([&] { return window.articleCount() == 1 && window.currentView()->isComplete(); }))
        return {};
    if (painted.isEmpty() && !painted.wait())
        return {};
    window.biographyPanel()->setCurrentEntry(1);
    const QImage image = window.grab().toImage();
    QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots"));
    image.save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots/") + file);
    return image;
}

void TestScreenshots::mainWindow_lightAndDark()
{
    const QImage light = shoot(QApplication::style()->standardPalette(), QStringLiteral("main-light.png"));
    const QImage dark = shoot(darkPalette(), QStringLiteral("main-dark.png"));
    QVERIFY(!light.isNull() && !dark.isNull());
    QCOMPARE(light.size(), dark.size());
    QVERIFY(QFile::exists(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots/main-light.png")));
    QVERIFY(QFile::exists(QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots/main-dark.png")));
    // The reading area follows the palette: light background in one, dark in the other.
    const QRect middle(light.width() / 3, light.height() / 4, light.width() / 3, light.height() / 2);
    QVERIFY(meanLightness(light, middle) > 0.8);
    QVERIFY(meanLightness(dark, middle) < 0.3);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
