#include "cli/AlignmentRendering.h"

#include "alignment/AlignmentPairIndex.h"
#include "alignment/CandidatePopulation.h"
#include "alignment/CslsRanking.h"
#include "alignment/MetaWeightTable.h"
#include "cli/CliOutput.h"
#include "cli/EntityResolver.h"
#include "cli/OffscreenWidget.h"
#include "cli/WorkspaceOpening.h"
#include "evaluation/AlignmentEvaluator.h"
#include "evaluation/AlignmentQuery.h"
#include "graph/KnowledgeGraph.h"
#include "plots/AlignmentCandidatesView.h"
#include "plots/MetaWeightsView.h"

#include <QCoreApplication>

#include <numeric>

namespace tessera {

namespace {

class AlignmentRendering {
    Q_DECLARE_TR_FUNCTIONS(AlignmentRendering)
};

struct Focus {
    bool fromA = true;
    EntityId entity = kNoEntity;
    QString error;
};

// --entity KEY in graph A, or in B with --side b or when only B knows it.
Focus resolveFocus(const ModelOnWorkspace& opened, const QString& text, const QString& side)
{
    Focus focus;
    focus.fromA = side != QLatin1String("b");
    EntityResolution found = EntityResolver::resolve(*opened.workspace.graphs[focus.fromA ? 0 : 1], text);
    if (!found.entity && side.isEmpty()) {
        const EntityResolution other = EntityResolver::resolve(*opened.workspace.graphs[1], text);
        if (other.entity) {
            focus.fromA = false;
            found = other;
        }
    }
    if (!found.entity)
        focus.error = found.error;
    else
        focus.entity = *found.entity;
    return focus;
}

ModelOnWorkspace openFor(const CliArguments& args, const QString& view, QString& error)
{
    const auto workspace = args.value(QStringLiteral("workspace"));
    const auto model = args.value(QStringLiteral("model"));
    if (!workspace || !model) {
        error = AlignmentRendering::tr("the %1 view needs --workspace W and --model M (an alignment model)").arg(view);
        return {};
    }
    ModelOnWorkspace opened = WorkspaceOpening::open(*workspace, *model, QStringLiteral("auto"));
    if (!opened.error.isEmpty())
        error = opened.error;
    for (const QString& warning : opened.warnings)
        printErr(AlignmentRendering::tr("warning: %1\n").arg(warning));
    return opened;
}

}  // namespace

int renderAlignment(const CliArguments& args, int width, int height, const QString& out)
{
    const auto key = args.value(QStringLiteral("entity"));
    if (!key)
        return failBadInput(AlignmentRendering::tr("the alignment view needs --entity KEY"));
    const QString side = args.value(QStringLiteral("side")).value_or(QString());
    if (!side.isEmpty() && side != QLatin1String("a") && side != QLatin1String("b"))
        return failBadInput(AlignmentRendering::tr("--side must be a or b, got '%1'").arg(side));
    const QString candidates = args.value(QStringLiteral("candidates")).value_or(QStringLiteral("all"));
    if (candidates != QLatin1String("all") && candidates != QLatin1String("test"))
        return failBadInput(AlignmentRendering::tr("--candidates must be all or test, got '%1'").arg(candidates));
    bool ok = true;
    const int k = args.value(QStringLiteral("k")).value_or(QStringLiteral("10")).toInt(&ok);
    if (!ok || k < 1 || k > 100)
        return failBadInput(AlignmentRendering::tr("--k must be a whole number from 1 to 100"));
    QString error;
    ModelOnWorkspace opened = openFor(args, QStringLiteral("alignment"), error);
    if (!error.isEmpty())
        return failBadInput(error);
    const Focus focus = resolveFocus(opened, *key, side);
    if (!focus.error.isEmpty())
        return failBadInput(focus.error);

    auto pairs = std::make_shared<const AlignmentPairIndex>(opened.workspace.alignment,
        opened.workspace.graphs[0]->entityCount(), opened.workspace.graphs[1]->entityCount());
    const std::optional<EntityId> counterpart = pairs->counterpart(focus.fromA, focus.entity);
    const CandidatePopulation population = candidates == QLatin1String("all")
        ? CandidatePopulation::everyEntity(
            opened.workspace.graphs[0]->entityCount(), opened.workspace.graphs[1]->entityCount())
        : CandidatePopulation::testPairs(opened.workspace.alignment);
    AlignmentQueryResult result;
    try {
        AlignmentQuery query(*opened.model, population.a, population.b, 0);
        result = query.rank(focus.fromA, focus.entity, k, counterpart);
    } catch (const std::exception& e) {
        return failBadInput(AlignmentRendering::tr("cannot align: %1").arg(QString::fromUtf8(e.what())));
    }
    AlignmentCandidatesView view;
    view.setGraphs(opened.workspace.graphs[0], opened.workspace.graphs[1]);
    view.setModalities(opened.model->config().modalities);
    view.setPairs(std::move(pairs));
    view.setResult(result);
    view.waitForImages();
    prepareOffscreen(view, width, height);
    const Entity& e = opened.workspace.graphs[focus.fromA ? 0 : 1]->entity(focus.entity);
    const QString title = AlignmentRendering::tr("Counterparts of %1").arg(QString::fromStdString(e.label));
    return writeRendering(view, out, width, height, title, args.value(QStringLiteral("csv")), view.csv());
}

int renderMetaWeights(const CliArguments& args, int width, int height, const QString& out)
{
    QString error;
    ModelOnWorkspace opened = openFor(args, QStringLiteral("meta-weights"), error);
    if (!error.isEmpty())
        return failBadInput(error);
    const MeaformerRepresentation& rep = opened.model->representation();
    auto table = std::make_shared<MetaWeightTable>();
    table->modalities = rep.modalities;
    table->entitiesA = opened.model->config().entitiesA;
    table->weights = rep.metaWeights.values;
    table->present = rep.present;
    std::int64_t listed = 0;
    if (const auto modality = args.value(QStringLiteral("modality"))) {
        const auto parsed = alignmentModalityFromKey(modality->toStdString());
        const int slot = parsed ? opened.model->config().slotOf(*parsed) : -1;
        if (slot < 0)
            return failBadInput(
                AlignmentRendering::tr("--modality '%1' is not one of the model's modalities").arg(*modality));
        listed = slot;
    }
    MetaWeightsView view;
    view.setGraphs(opened.workspace.graphs[0], opened.workspace.graphs[1]);
    view.setTable(table);
    view.setListedSlot(listed);
    const std::vector<AlignedPair> test = opened.testPairs();
    if (!test.empty()) {
        const AlignmentEvaluation evaluation = AlignmentEvaluator::evaluate(*opened.model, test);
        std::vector<std::int64_t> rows;
        for (const AlignedPair& pair : test)
            rows.push_back(opened.model->rowOfA(pair.source));
        view.setAccuracy(DominantModalityAccuracy::of(*table, rows, evaluation.cslsRanksLeftToRight));
    }
    if (const auto key = args.value(QStringLiteral("entity"))) {
        const Focus focus = resolveFocus(opened, *key, args.value(QStringLiteral("side")).value_or(QString()));
        if (!focus.error.isEmpty())
            return failBadInput(focus.error);
        view.focusRow(focus.fromA ? opened.model->rowOfA(focus.entity) : opened.model->rowOfB(focus.entity));
    }
    prepareOffscreen(view, width, height);
    const QString title = AlignmentRendering::tr("Modality meta-weights");
    return writeRendering(view, out, width, height, title, args.value(QStringLiteral("csv")), view.csv());
}

}  // namespace tessera
