#include "cli/ModelOpening.h"

#include "io/InputError.h"

#include <QCoreApplication>

namespace tessera {

namespace {

class ModelOpening {
    Q_DECLARE_TR_FUNCTIONS(ModelOpening)
};

}  // namespace

OpenedModel openModelForGraph(const QString& modelPath, const KnowledgeGraph& graph, const std::string& device)
{
    OpenedModel opened;
    try {
        opened.model.emplace(MygoModel::load(modelPath.toStdString()));
        opened.model->requireGraph(graph, modelPath.toStdString());
        opened.compute = opened.model->useDevice(device);
    } catch (const InputError& error) {
        opened.error = QString::fromStdString(error.what());
        opened.model.reset();
    } catch (const std::exception& error) {
        opened.error
            = ModelOpening::tr("%1: cannot load the model: %2").arg(modelPath, QString::fromUtf8(error.what()));
        opened.model.reset();
    }
    return opened;
}

}  // namespace tessera
