#include "cli/ImportCommand.h"

#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "io/BundleWriter.h"
#include "io/InputError.h"

#include <QCoreApplication>

namespace tessera {

int ImportCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments, {QStringLiteral("from"), QStringLiteral("out")}, {});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("import: ") + args.error());
    const auto out = args.value(QStringLiteral("out"));
    if (args.positional().size() != 1 || !out)
        return failBadInput(QCoreApplication::translate(
            "ImportCommand", "import: expected tessera import --from FORMAT SRC --out BUNDLE"));
    const OpenedDataset opened = openDataset(args.positional().front(), args.value(QStringLiteral("from")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    try {
        BundleWriter::write(opened.dataset, out->toStdString());
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    }
    printOut(QCoreApplication::translate("ImportCommand", "wrote %1 (%2 graph(s), from %3 format)\n")
                 .arg(*out)
                 .arg(opened.dataset.graphs.size())
                 .arg(QString::fromStdString(opened.dataset.format)));
    return kExitOk;
}

}  // namespace tessera
