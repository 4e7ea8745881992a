#include "FixtureGraph.h"

#include "io/MygoReader.h"

#include <QFile>

std::shared_ptr<const tessera::KnowledgeGraph> loadFixtureGraph(
    const QString& fixtureDir, QTemporaryDir& scratch, int entities, int relations)
{
    const auto writeIds = [&](const QString& name, int count) {
        QFile file(scratch.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < count; ++i)
            file.write(QByteArray::number(i) + "\n");
        return true;
    };
    if (!writeIds(QStringLiteral("entities.txt"), entities) || !writeIds(QStringLiteral("relations.txt"), relations))
        return nullptr;
    for (const char* split : {"train.txt", "valid.txt", "test.txt"}) {
        if (!QFile::copy(fixtureDir + QLatin1Char('/') + QLatin1String(split), scratch.filePath(QLatin1String(split))))
            return nullptr;
    }
    return tessera::MygoReader::read(scratch.path().toStdString());
}

QString mygoFixtureDir()
{
    return QStringLiteral(TESSERA_SHARED_DIR "/fixtures/mygo-small");
}
