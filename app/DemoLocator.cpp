#include "DemoLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tessera {

namespace {
bool holdsDemo(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo::exists(folder + QStringLiteral("/countries/manifest.json"));
}
}  // namespace

QString demoFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("TESSERA_DEMO_DIR");
    if (holdsDemo(fromEnvironment))
        return QDir(fromEnvironment).absolutePath();
    if (QCoreApplication::instance() != nullptr) {
        const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tessera/demo");
        if (holdsDemo(installed))
            return QDir(installed).absolutePath();
    }
    const QString source = QStringLiteral(TESSERA_SOURCE_DEMO_DIR);
    if (holdsDemo(source))
        return source;
    return {};
}

QString demoGraphPath()
{
    const QString folder = demoFolder();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/countries");
}

QString demoModelPath()
{
    const QString folder = demoFolder();
    const QString model = folder + QStringLiteral("/models/countries-mygo");
    return !folder.isEmpty() && QFileInfo::exists(model + QStringLiteral("/config.json")) ? model : QString();
}

QString demoTokensPath()
{
    const QString folder = demoFolder();
    const QString tokens = folder + QStringLiteral("/models/countries-tokens");
    return !folder.isEmpty() && QFileInfo::exists(tokens + QStringLiteral("/tokens.json")) ? tokens : QString();
}

}  // namespace tessera
