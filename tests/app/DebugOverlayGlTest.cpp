// The debug overlay drawn for real: `tessera render window --debug-overlay` under Xvfb with
// Mesa's software OpenGL presses F12 in the real window and grabs it. The panels' dark windows
// cover the top left of the central view, which is the light graph canvas without them.

#include "TesseraProcess.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace test;

namespace {

const QString kDemo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries");

// Mean luminance (0–255) of a rectangle of the picture.
double luminance(const QImage& image, const QRect& area)
{
    double sum = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c(image.pixel(x, y));
            sum += 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

}  // namespace

class DebugOverlayGlTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overlayDrawsOverTheCanvas();
};

void DebugOverlayGlTest::overlayDrawsOverTheCanvas()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfb.isEmpty(), "xvfb-run is one of packaging/debian-packages.txt");
    QTemporaryDir dir;
    const auto shoot = [&](const QString& name, bool overlay) {
        const QString out = dir.filePath(name);
        QStringList arguments {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1400x900x24"),
            QStringLiteral("env"), QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral(TESSERA_EXECUTABLE),
            QStringLiteral("render"), QStringLiteral("window"), QStringLiteral("--graph"), kDemo,
            QStringLiteral("--entity"), QStringLiteral("country/FRA"), QStringLiteral("--width"),
            QStringLiteral("1400"), QStringLiteral("--height"), QStringLiteral("850"), QStringLiteral("--out"), out};
        if (overlay)
            arguments << QStringLiteral("--debug-overlay");
        QProcess process;
        process.start(xvfb, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QImage();
        return QImage(out);
    };
    const QImage plain = shoot(QStringLiteral("plain.png"), false);
    const QImage overlaid = shoot(QStringLiteral("overlay.png"), true);
    QCOMPARE(plain.size(), QSize(1400, 850));
    QCOMPARE(overlaid.size(), QSize(1400, 850));
    // The first panel's place: 12 px into the central view, which starts right of the entity
    // browser (about 265 px) and below the toolbar (about 60 px).
    const QRect panel(300, 100, 180, 60);
    const double without = luminance(plain, panel);
    const double with = luminance(overlaid, panel);
    QVERIFY2(without > 180, qPrintable(QString::number(without)));
    QVERIFY2(with < 110, qPrintable(QString::number(with)));
    // Away from the panels (the right-hand docks) the two pictures are the same window.
    const QRect docks(900, 100, 300, 40);
    QVERIFY(std::abs(luminance(plain, docks) - luminance(overlaid, docks)) < 10);
}

QTEST_GUILESS_MAIN(DebugOverlayGlTest)
#include "DebugOverlayGlTest.moc"
