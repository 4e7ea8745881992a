#include "cli/DatasetOpening.h"

#include "io/GraphReader.h"
#include "io/InputError.h"

#include <QCoreApplication>

#include <filesystem>

namespace tessera {

OpenedDataset openDataset(const QString& path, const std::optional<QString>& format)
{
    OpenedDataset opened;
    std::optional<GraphFormat> forced;
    if (format && *format != QLatin1String("auto")) {
        forced = formatFromName(format->toStdString());
        if (!forced) {
            QStringList names;
            for (const auto name : formatNames())
                names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
            opened.error = QCoreApplication::translate("CommandLine", "unknown format '%1', expected auto, %2")
                               .arg(*format, names.join(QStringLiteral(", ")));
            return opened;
        }
    }
    try {
        opened.dataset = readDataset(path.toStdString(), forced);
    } catch (const InputError& error) {
        opened.error = QString::fromStdString(error.what());
    } catch (const std::bad_alloc&) {
        opened.error = QCoreApplication::translate("CommandLine", "%1: not enough memory to read this graph").arg(path);
    } catch (const std::filesystem::filesystem_error& error) {
        opened.error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(error.code().message()));
    }
    return opened;
}

}  // namespace tessera
