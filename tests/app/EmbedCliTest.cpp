// tessera embed on the demo graph and model: one CSV row per entity (or relation) in graph
// order, RFC 4180 quoting that reads back, PCA coordinates centred and uncorrelated with the
// first direction the wider, t-SNE repeatable for a seed, and bad options exiting with 2.

#include "TesseraProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace test;

namespace {

const QString kDemo = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/countries");
const QString kModel = QStringLiteral(TESSERA_SOURCE_DIR "/resources/demo/models/countries-mygo");

// Records of a CSV file (quoted fields may hold commas and doubled quotes).
QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

// The keys of a TSV file's first column, header skipped.
QStringList firstColumn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList keys;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            keys << QString::fromUtf8(lines[i].split('\t').first());
    }
    return keys;
}

}  // namespace

class EmbedCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pcaOfEntitiesAndRelations();
    void tsneIsRepeatableForASeed();
    void badOptionsExitWithTwo();
    void renderEmbeddingDrawsWhatEmbedWrites();
};

void EmbedCliTest::pcaOfEntitiesAndRelations()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pca.csv"));
    const Run run = runTessera({QStringLiteral("embed"), QStringLiteral("--graph"), kDemo, QStringLiteral("--model"),
        kModel, QStringLiteral("--out"), out, QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("844 entities in 2-D"));
    const QList<QStringList> records = readCsv(out);
    QCOMPARE(records.size(), 845);
    QCOMPARE(records.first(),
        (QStringList {QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("x"), QStringLiteral("y")}));
    QStringList keys;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].size(), 4);
        keys << records[i][0];
        const double x = records[i][2].toDouble(), y = records[i][3].toDouble();
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    QCOMPARE(keys, firstColumn(kDemo + QStringLiteral("/entities.tsv")));
    const double n = 844;
    // Centred (to the 6 digits written), the first direction the wider, the two uncorrelated.
    QVERIFY2(std::abs(sx / n) < 1e-3 && std::abs(sy / n) < 1e-3, qPrintable(QStringLiteral("%1 %2").arg(sx).arg(sy)));
    QVERIFY(sxx >= syy && syy > 0);
    QVERIFY2(std::abs(sxy) / std::sqrt(sxx * syy) < 1e-3, qPrintable(QString::number(sxy / std::sqrt(sxx * syy))));
    // A label with a comma is quoted and reads back whole.
    bool sawComma = false;
    for (const QStringList& r : records)
        sawComma = sawComma || r[1].contains(QLatin1Char(','));
    QVERIFY(sawComma);

    const QString relations = dir.filePath(QStringLiteral("relations.csv"));
    const Run rel = runTessera({QStringLiteral("embed"), QStringLiteral("--graph"), kDemo, QStringLiteral("--model"),
        kModel, QStringLiteral("--what"), QStringLiteral("relations"), QStringLiteral("--out"), relations,
        QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(rel.exitCode == 0, rel.err.constData());
    const QList<QStringList> rows = readCsv(relations);
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows[1][0], QStringLiteral("borders"));
}

void EmbedCliTest::tsneIsRepeatableForASeed()
{
    QTemporaryDir dir;
    const auto tsne = [&](const QString& name, const QString& seed) {
        return runTessera({QStringLiteral("embed"), QStringLiteral("--graph"), kDemo, QStringLiteral("--model"), kModel,
            QStringLiteral("--method"), QStringLiteral("tsne"), QStringLiteral("--iterations"), QStringLiteral("300"),
            QStringLiteral("--seed"), seed, QStringLiteral("--out"), dir.filePath(name), QStringLiteral("--device"),
            QStringLiteral("cpu")});
    };
    const Run a = tsne(QStringLiteral("a.csv"), QStringLiteral("5"));
    QVERIFY2(a.exitCode == 0, a.err.constData());
    QVERIFY(a.err.contains("t-SNE: perplexity 30, 90 neighbours, 300 iterations, KL divergence"));
    const Run b = tsne(QStringLiteral("b.csv"), QStringLiteral("5"));
    const Run c = tsne(QStringLiteral("c.csv"), QStringLiteral("6"));
    QVERIFY(b.exitCode == 0 && c.exitCode == 0);
    QCOMPARE(readCsv(dir.filePath(QStringLiteral("a.csv"))), readCsv(dir.filePath(QStringLiteral("b.csv"))));
    QVERIFY(readCsv(dir.filePath(QStringLiteral("a.csv"))) != readCsv(dir.filePath(QStringLiteral("c.csv"))));
    QCOMPARE(readCsv(dir.filePath(QStringLiteral("c.csv"))).size(), 845);
}

void EmbedCliTest::badOptionsExitWithTwo()
{
    QTemporaryDir dir;
    const QStringList base {QStringLiteral("embed"), QStringLiteral("--graph"), kDemo, QStringLiteral("--model"),
        kModel, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))};
    for (const QStringList& extra : {QStringList {QStringLiteral("--method"), QStringLiteral("umap")},
             QStringList {QStringLiteral("--what"), QStringLiteral("triples")},
             QStringList {QStringLiteral("--perplexity"), QStringLiteral("5")},
             QStringList {QStringLiteral("--method"), QStringLiteral("tsne"), QStringLiteral("--iterations"),
                 QStringLiteral("2.5")}}) {
        const Run run = runTessera(base + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

// `render embedding` draws the window's Embedding Map; its CSV holds the same PCA coordinates
// `embed` writes, and the colour group of each row is its key's prefix.
void EmbedCliTest::renderEmbeddingDrawsWhatEmbedWrites()
{
    QTemporaryDir dir;
    const QString embedded = dir.filePath(QStringLiteral("pca.csv"));
    Run run = runTessera({QStringLiteral("embed"), QStringLiteral("--graph"), kDemo, QStringLiteral("--model"), kModel,
        QStringLiteral("--out"), embedded, QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const QString drawn = dir.filePath(QStringLiteral("map.csv"));
    const QStringList base {QStringLiteral("render"), QStringLiteral("embedding"), QStringLiteral("--graph"), kDemo,
        QStringLiteral("--model"), kModel, QStringLiteral("--out"), png};
    run = runTessera(
        base + QStringList {QStringLiteral("--entity"), QStringLiteral("country/FRA"), QStringLiteral("--csv"), drawn});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(png).size() > 10000);
    const QList<QStringList> a = readCsv(embedded);
    const QList<QStringList> b = readCsv(drawn);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 1; i < a.size(); ++i) {
        QCOMPARE(b[i].mid(0, 2), a[i].mid(0, 2));
        QVERIFY(std::abs(b[i][2].toDouble() - a[i][2].toDouble()) < 1e-4);
        QVERIFY(std::abs(b[i][3].toDouble() - a[i][3].toDouble()) < 1e-4);
        QCOMPARE(b[i][4], b[i][0].section(QLatin1Char('/'), 0, 0));
    }
    for (const QStringList& bad : {QStringList {QStringLiteral("--method"), QStringLiteral("umap")},
             QStringList {QStringLiteral("--colour"), QStringLiteral("mood")},
             QStringList {QStringLiteral("--entity"), QStringLiteral("country/XXX")}}) {
        const Run refused = runTessera(base + bad);
        QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
        QVERIFY2(isOneLine(refused.err), refused.err.constData());
    }
}

QTEST_MAIN(EmbedCliTest)
#include "EmbedCliTest.moc"
