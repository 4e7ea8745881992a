// ThumbnailCache: decodes off the UI thread and delivers real pixels, turns an undecodable file
// into a placeholder plus one warning, and stays within its byte budget (LRU).

#include "GoldenGraph.h"

#include "imagery/ThumbnailCache.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tessera;

class ThumbnailCacheTest : public QObject {
    Q_OBJECT

private:
    static QString image(const char* name)
    {
        return test::goldenPath() + QStringLiteral("/images/") + QLatin1String(name);
    }

private Q_SLOTS:
    void decodesInTheBackground()
    {
        ThumbnailCache cache(96, 1 << 20);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(image("fra.png")).isNull());  // not yet: the load just started
        QVERIFY(cache.isLoading(image("fra.png")));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.takeFirst().at(0).toString(), image("fra.png"));
        const QImage flag = cache.thumbnail(image("fra.png"));
        // 12×8 stays 12×8 (never enlarged); blue, white and red columns of four pixels.
        QCOMPARE(flag.size(), QSize(12, 8));
        QCOMPARE(QColor(flag.pixel(1, 4)), QColor(0x00, 0x23, 0x95));
        QCOMPARE(QColor(flag.pixel(6, 4)), QColor(0xFF, 0xFF, 0xFF));
        QCOMPARE(QColor(flag.pixel(10, 4)), QColor(0xED, 0x29, 0x39));
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(cache.cachedBytes(), flag.sizeInBytes());
    }

    void shrinksToMaxSide()
    {
        ThumbnailCache cache(6, 1 << 20);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.thumbnail(image("deu.png"));
        QVERIFY(ready.wait(5000));
        // 12×9 → longer side 6; OpenCV rounds the 4.5 rows half to even.
        QCOMPARE(cache.thumbnail(image("deu.png")).size(), QSize(6, 4));
    }

    void brokenFileBecomesPlaceholderAndWarning()
    {
        ThumbnailCache cache(64, 1 << 20);
        QSignalSpy failed(&cache, &ThumbnailCache::loadFailed);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("broken\\.png: cannot decode image"));
        cache.thumbnail(image("broken.png"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), image("broken.png"));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("broken.png: cannot decode image")));
        QCOMPARE(ready.count(), 1);  // views repaint with the placeholder
        const QImage placeholder = cache.thumbnail(image("broken.png"));
        QCOMPARE(placeholder.size(), QSize(64, 64));
        QCOMPARE(placeholder, ThumbnailCache::placeholder(64));
        // Not retried: asking again neither reloads nor warns again.
        QVERIFY(!cache.isLoading(image("broken.png")));
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1);
    }

    void missingFileIsAWarningNotACrash()
    {
        ThumbnailCache cache(64, 1 << 20);
        QSignalSpy failed(&cache, &ThumbnailCache::loadFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("nope\\.png"));
        cache.thumbnail(image("nope.png"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(cache.thumbnail(image("nope.png")).size(), QSize(64, 64));
    }

    void evictsLeastRecentlyUsed()
    {
        // Room for one 12×8 (384 B) or 12×9 (432 B) thumbnail, not both.
        ThumbnailCache cache(96, 500);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.thumbnail(image("fra.png"));
        QVERIFY(ready.wait(5000));
        cache.thumbnail(image("deu.png"));
        QVERIFY(ready.wait(5000));
        QVERIFY(cache.cachedBytes() <= 500);
        QVERIFY(!cache.thumbnail(image("deu.png")).isNull());
        // France was evicted: asking for it starts a new load.
        QVERIFY(cache.thumbnail(image("fra.png")).isNull());
        QVERIFY(cache.isLoading(image("fra.png")));
        cache.waitForPending();
        QCOMPARE(cache.pendingCount(), 0);
        QVERIFY(!cache.thumbnail(image("fra.png")).isNull());
    }

    void waitForPendingDeliversEverything()
    {
        ThumbnailCache cache(32, 1 << 20);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("broken\\.png"));
        cache.thumbnail(image("fra.png"));
        cache.thumbnail(image("deu.png"));
        cache.thumbnail(image("broken.png"));
        cache.waitForPending();
        QCOMPARE(cache.pendingCount(), 0);
        QCOMPARE(ready.count(), 3);
    }
};

QTEST_MAIN(ThumbnailCacheTest)
#include "ThumbnailCacheTest.moc"
