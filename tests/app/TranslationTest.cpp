// Translations stay complete: the committed .ts files hold every translatable string of the
// sources (lupdate is run into a scratch copy and compared) and the Simplified Chinese file
// translates each of them.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool plural = false;
    int pluralForms = 0;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            if (current.plural) {
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        const QString form = xml.readElementText();
                        if (!form.isEmpty())
                            ++current.pluralForms;
                        current.translation += form;
                    }
                }
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> out;
    for (const Message& m : messages)
        out.insert(m.context + QLatin1Char('|') + m.source);
    return out;
}

QString translationsDir()
{
    return QStringLiteral(TESSERA_SOURCE_DIR "/translations");
}

}  // namespace

class TranslationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tsFilesCoverAllSources();
    void chineseIsComplete();
};

void TranslationTest::tsFilesCoverAllSources()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
            QStringLiteral("cpp,h"),
            // Include paths let lupdate resolve namespaces, so Q_OBJECT contexts come out as
            // "tessera::MainWindow", the name the translator looks up at run time.
            QStringLiteral("-I"), QStringLiteral(TESSERA_SOURCE_DIR "/core"), QStringLiteral("-I"),
            QStringLiteral(TESSERA_SOURCE_DIR "/views"), QStringLiteral("-I"),
            QStringLiteral(TESSERA_SOURCE_DIR "/app"), QStringLiteral(TESSERA_SOURCE_DIR "/app"),
            QStringLiteral(TESSERA_SOURCE_DIR "/views"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QSet<QString> inSources = keys(readTs(fresh));
    QVERIFY2(inSources.size() > 20, "lupdate found almost no strings: is tr() used?");
    for (const QString& file : {QStringLiteral("tessera_en.ts"), QStringLiteral("tessera_zh_CN.ts")}) {
        const QSet<QString> committed = keys(readTs(translationsDir() + QLatin1Char('/') + file));
        QStringList missing;
        for (const QString& key : inSources) {
            if (!committed.contains(key))
                missing << key;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 lacks %2 string(s), run the tessera_app_lupdate target; first: %3")
                           .arg(file)
                           .arg(missing.size())
                           .arg(missing.mid(0, 5).join(QStringLiteral(" ; ")))));
    }
}

void TranslationTest::chineseIsComplete()
{
    const QList<Message> messages = readTs(translationsDir() + QStringLiteral("/tessera_zh_CN.ts"));
    QVERIFY(!messages.isEmpty());
    QStringList untranslated;
    for (const Message& m : messages) {
        if (m.source.isEmpty())
            continue;  // an empty tr("") needs no translation
        if (m.unfinished || m.translation.trimmed().isEmpty())
            untranslated << m.context + QLatin1Char('|') + m.source;
        // Placeholders must survive translation: every %n of the source appears in the text.
        for (int n = 1; n <= 9; ++n) {
            const QString marker = QStringLiteral("%%1").arg(n);
            if (m.source.contains(marker) && !m.translation.contains(marker) && !m.plural)
                untranslated << QStringLiteral("placeholder %1 lost in: %2").arg(marker, m.source);
        }
    }
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s); first: %2")
                       .arg(untranslated.size())
                       .arg(untranslated.mid(0, 5).join(QStringLiteral(" ; ")))));
}

QTEST_GUILESS_MAIN(TranslationTest)
#include "TranslationTest.moc"
