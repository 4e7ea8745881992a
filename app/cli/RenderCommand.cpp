#include "cli/RenderCommand.h"

#include "canvas/ExplorationPlanner.h"
#include "canvas/NeighbourhoodView.h"
#include "cli/AlignmentRendering.h"
#include "cli/AlignmentWindowRendering.h"
#include "cli/AttentionRendering.h"
#include "cli/BundledVocabulary.h"
#include "cli/CliOutput.h"
#include "cli/DatasetOpening.h"
#include "cli/EmbeddingRendering.h"
#include "cli/EntityResolver.h"
#include "cli/EvaluateCommand.h"
#include "cli/ModelOpening.h"
#include "cli/OffscreenWidget.h"
#include "cli/SharesRendering.h"
#include "evaluation/QueryRanking.h"
#include "evaluation/RelationAblationStudy.h"
#include "graph/KnowledgeGraph.h"
#include "gui/LinkPredictionSession.h"
#include "gui/MainWindow.h"
#include "imagery/ThumbnailCache.h"
#include "inference/MygoModel.h"
#include "io/InputError.h"
#include "io/TokenFolderReader.h"
#include "panels/EntityPagePanel.h"
#include "panels/LinkPredictionPanel.h"
#include "plots/CodebookView.h"
#include "plots/CsvField.h"
#include "plots/QueryAttentionView.h"
#include "plots/RelationAblationView.h"
#include "plots/TokensView.h"
#include "plots/ViewExporter.h"
#include "tensors/CodeVectorReader.h"
#include "text/WordPieceTokenizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <chrono>
#include <memory>

namespace tessera {

namespace {

// Default picture: a 3:2 landscape that reads on a slide and in a paper figure.
constexpr int kDefaultWidth = 1200;
constexpr int kDefaultHeight = 800;
// Anything smaller cannot hold the widgets; anything larger is a memory accident (8k² × 4 B).
constexpr int kMinSide = 200;
constexpr int kMaxSide = 8192;
// Depth 3 on a hub-heavy graph is already ~60k nodes; more is never a picture.
constexpr int kMaxDepth = 3;

class RenderCommand {
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

struct Size {
    int width = 0;
    int height = 0;
};

std::optional<int> parseInt(const std::optional<QString>& text, int fallback, int low, int high)
{
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

void prepare(QWidget& widget, const Size& size)
{
    prepareOffscreen(widget, size.width, size.height);
}

// Written atomically by the same code as the window's Export buttons.
bool write(QWidget& widget, const QString& out, const Size& size, const QString& title)
{
    return ViewExporter::writeImage(widget, out, QSize(size.width, size.height), title).isEmpty();
}

// The whole window as a person sees it (the README screenshot): the graph is loaded the way the
// GUI loads it, the entity focused, thumbnails waited for, then the window is grabbed.
QImage renderWindow(const QString& graphPath, const QString& key, const QString& modelPath, const QString& tokensPath,
    const Size& size, bool debugOverlay)
{
    // A render must not touch the user's settings (geometry, recent files).
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(size.width, size.height);
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::graphShown, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::loadFailed, &loop, &QEventLoop::quit);
    constexpr int kLoadTimeoutMs = 120000;  // far past any graph the window is meant for
    QTimer::singleShot(kLoadTimeoutMs, &loop, &QEventLoop::quit);
    window.openPath(graphPath);
    loop.exec();
    for (int g = 0; window.dataset() && g < static_cast<int>(window.dataset()->graphs.size()); ++g) {
        if (const auto found
            = EntityResolver::resolve(*window.dataset()->graphs[static_cast<std::size_t>(g)], key).entity) {
            if (window.graphSelector() != nullptr && window.graphSelector()->count() > g)
                window.graphSelector()->setCurrentIndex(g);
            window.neighbourhoodView()->focusEntity(*found);
            break;
        }
    }
    if (!modelPath.isEmpty() && window.currentGraph()) {
        // The link-prediction dock as a user sees it: the model opened and the first ranking shown.
        QEventLoop modelLoop;
        LinkPredictionSession* session = window.predictionSession();
        QObject::connect(session, &LinkPredictionSession::predicted, &modelLoop, &QEventLoop::quit);
        QObject::connect(session, &LinkPredictionSession::predictionFailed, &modelLoop, &QEventLoop::quit);
        QObject::connect(session, &LinkPredictionSession::modelFailed, &modelLoop, &QEventLoop::quit);
        QTimer::singleShot(kLoadTimeoutMs, &modelLoop, &QEventLoop::quit);
        window.openModel(modelPath);
        modelLoop.exec();
    }
    if (!tokensPath.isEmpty() && window.currentGraph()) {
        // The Tokens and Codebook docks with the folder read, the Tokens tab in front.
        QEventLoop tokensLoop;
        QObject::connect(&window, &MainWindow::tokensShown, &tokensLoop, &QEventLoop::quit);
        QObject::connect(&window, &MainWindow::tokensFailed, &tokensLoop, &QEventLoop::quit);
        QTimer::singleShot(kLoadTimeoutMs, &tokensLoop, &QEventLoop::quit);
        window.openTokens(tokensPath);
        tokensLoop.exec();
    }
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
        window.neighbourhoodView()->thumbnails()->waitForPending();
        window.pagePanel()->thumbnails()->waitForPending();
        QCoreApplication::processEvents();
    }
    if (debugOverlay) {
        // F12, then a second of overlay frames so that its graphs have something to draw.
        window.debugOverlayAction()->trigger();
        QEventLoop frames;
        constexpr int kOverlayMs = 1500;
        QTimer::singleShot(kOverlayMs, &frames, &QEventLoop::quit);
        frames.exec();
    }
    return window.grab().toImage();
}

// The link-prediction dock for one query, scored here (no worker: the command waits anyway).
// Returns a problem to report, or empty.
QString renderRanking(const std::shared_ptr<const KnowledgeGraph>& graph, EntityId entity, const QString& modelPath,
    const CliArguments& args, int k, const Size& size, const QString& out, const QString& title, bool& written)
{
    OpenedModel loaded = openModelForGraph(modelPath, *graph);
    if (!loaded.model)
        return loaded.error;
    const ComputeInfo& compute = loaded.compute;
    MygoModel& model = *loaded.model;
    LinkPredictionPanel panel;
    panel.setGraph(graph);
    panel.setModel(QDir(modelPath).dirName(),
        RenderCommand::tr("MyGO · dim %1 · %2").arg(model.config().dim).arg(QString::fromStdString(compute.device)));
    panel.directionSelector()->setCurrentIndex(args.flag(QStringLiteral("heads")) ? 1 : 0);
    panel.setEntity(entity);
    if (const auto relationKey = args.value(QStringLiteral("relation"))) {
        const auto relation = graph->findRelation(relationKey->toStdString());
        if (!relation)
            return RenderCommand::tr("no relation with key '%1' in graph '%2'")
                .arg(*relationKey, QString::fromStdString(graph->metadata().name));
        panel.relationSelector()->setCurrentIndex(
            panel.relationSelector()->findData(QVariant::fromValue<quint32>(*relation)));
    }
    panel.countSelector()->setValue(k);
    panel.filteredCheck()->setChecked(args.flag(QStringLiteral("filtered")));
    panel.maskVisualCheck()->setChecked(args.flag(QStringLiteral("mask-visual")));
    panel.maskTextCheck()->setChecked(args.flag(QStringLiteral("mask-text")));
    const QString tab = args.value(QStringLiteral("tab")).value_or(QStringLiteral("candidates"));
    const QStringList tabs {QStringLiteral("candidates"), QStringLiteral("attention"), QStringLiteral("masking")};
    if (!tabs.contains(tab))
        return RenderCommand::tr("unknown --tab '%1' (expected candidates, attention or masking)").arg(tab);
    const LinkPredictionRequest r = panel.request();
    if (!r.isComplete())
        return RenderCommand::tr("entity '%1' has no relation to rank on that side")
            .arg(QString::fromStdString(graph->entity(entity).key));
    (void)model.entityRepresentations();
    const auto start = std::chrono::steady_clock::now();
    const CandidateRanking ranked = rankQuery(model, *graph, r);
    panel.showRanking(
        r, ranked, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    ModalityAblation ablation;
    ablation.maskVisual = r.maskVisual;
    ablation.maskText = r.maskText;
    const LinkQuery query
        = r.predictTail ? LinkQuery {r.entity, r.relation, kNoEntity} : LinkQuery {kNoEntity, r.relation, r.entity};
    panel.showQueryAttention(r, model.queryAttention(query, ablation));
    QString csv;
    if (tab == QLatin1String("masking")) {
        panel.showAblation(studyRelationAblation(model, *graph, r.relation, Split::Test));
        csv = panel.ablationView()->csv();
    } else if (tab == QLatin1String("attention")) {
        csv = panel.queryAttentionView()->csv();
    } else {
        csv = QStringLiteral("rank,key,label,score,known_answer\n");
        for (const RankedCandidate& c : ranked.top) {
            const Entity& e = graph->entity(c.entity);
            csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(c.rank)
                       .arg(csvField(QString::fromStdString(e.key)), csvField(QString::fromStdString(e.label)))
                       .arg(static_cast<double>(c.score), 0, 'g', 8)
                       .arg(c.isKnownAnswer() ? 1 : 0);
        }
    }
    panel.tabs()->setCurrentIndex(static_cast<int>(tabs.indexOf(tab)));
    if (const auto csvPath = args.value(QStringLiteral("csv"))) {
        const QString problem = ViewExporter::writeText(*csvPath, csv);
        if (!problem.isEmpty())
            return problem;
    }
    prepare(panel, size);
    written = write(panel, out, size, title);
    return {};
}

// The Codebook view of a token folder, and its numbers as CSV when --csv is given.
int renderCodebook(
    const QString& graphPath, const QString& tokensPath, const CliArguments& args, const Size& size, const QString& out)
{
    OpenedDataset opened = openDataset(graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    if (opened.dataset.graphs.size() != 1)
        return failBadInput(RenderCommand::tr("%1 holds two graphs; the codebook view shows one").arg(graphPath));
    const auto graph = opened.dataset.graphs.front();
    std::shared_ptr<const TokenFolder> tokens;
    try {
        {
            TokenFolder folder = readTokenFolder(tokensPath.toStdString(), *graph);
            readCodeVectors(folder);
            tokens = std::make_shared<const TokenFolder>(std::move(folder));
        }
    } catch (const InputError& e) {
        return failBadInput(QString::fromStdString(e.what()));
    }
    const QString modality = args.value(QStringLiteral("modality")).value_or(QStringLiteral("visual"));
    if (modality != QLatin1String("visual") && modality != QLatin1String("text"))
        return failBadInput(RenderCommand::tr("--modality must be visual or text, got '%1'").arg(modality));
    CodebookView view;
    view.setData(graph, tokens);
    view.setModality(modality == QLatin1String("text") ? CodebookView::Modality::Text : CodebookView::Modality::Visual);
    view.setLogScale(args.flag(QStringLiteral("log-y")));
    prepare(view, size);
    if (!write(
            view, out, size, RenderCommand::tr("Codebook of %1").arg(QString::fromStdString(graph->metadata().name))))
        return failBadInput(RenderCommand::tr("%1: cannot write the image").arg(out));
    if (const auto csv = args.value(QStringLiteral("csv"))) {
        const QString problem = ViewExporter::writeText(*csv, view.countsCsv());
        if (!problem.isEmpty())
            return failBadInput(problem);
    }
    printOut(RenderCommand::tr("%1: %2 × %3 pixels\n").arg(out).arg(size.width).arg(size.height));
    return kExitOk;
}

}  // namespace

int runRenderCommand(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("graph"), QStringLiteral("entity"), QStringLiteral("out"), QStringLiteral("width"),
            QStringLiteral("height"), QStringLiteral("depth"), QStringLiteral("format"), QStringLiteral("model"),
            QStringLiteral("relation"), QStringLiteral("k"), QStringLiteral("tokens"), QStringLiteral("modality"),
            QStringLiteral("csv"), QStringLiteral("layer"), QStringLiteral("head"), QStringLiteral("fusion"),
            QStringLiteral("input"), QStringLiteral("method"), QStringLiteral("colour"), QStringLiteral("tab"),
            QStringLiteral("slot"), QStringLiteral("what"), QStringLiteral("workspace"), QStringLiteral("side"),
            QStringLiteral("candidates"), QStringLiteral("filter")},
        {QStringLiteral("heads"), QStringLiteral("filtered"), QStringLiteral("log-y"), QStringLiteral("rollout"),
            QStringLiteral("last-layer"), QStringLiteral("mask-visual"), QStringLiteral("mask-text"),
            QStringLiteral("debug-overlay")});
    if (!args.error().isEmpty())
        return failBadInput(args.error());
    const QStringList& words = args.positional();
    if (words.isEmpty())
        return failBadInput(RenderCommand::tr("render needs a view: entity, neighbourhood, ranking, window, tokens, "
                                              "codebook, attention, embedding, shares, alignment, meta-weights or "
                                              "alignment-window"));
    if (words.size() > 1)
        return failBadInput(RenderCommand::tr("render takes one view, got '%1'").arg(words.join(QLatin1Char(' '))));
    const QString view = words.first();
    const bool neighbourhood = view == QLatin1String("neighbourhood") || view == QLatin1String("neighborhood");
    const bool wholeWindow = view == QLatin1String("window");
    const bool ranking = view == QLatin1String("ranking");
    const bool tokensView = view == QLatin1String("tokens");
    const bool codebookView = view == QLatin1String("codebook");
    const bool attentionView = view == QLatin1String("attention");
    const bool embeddingView = view == QLatin1String("embedding");
    const bool sharesView = view == QLatin1String("shares");
    const bool alignmentView = view == QLatin1String("alignment");
    const bool metaWeightsView = view == QLatin1String("meta-weights");
    const bool alignmentWindowView = view == QLatin1String("alignment-window");
    if (!neighbourhood && !wholeWindow && !ranking && !tokensView && !codebookView && !attentionView && !embeddingView
        && !sharesView && !alignmentView && !metaWeightsView && !alignmentWindowView && view != QLatin1String("entity"))
        return failBadInput(RenderCommand::tr("unknown view '%1' (expected entity, neighbourhood, ranking, window, "
                                              "tokens, codebook, attention, embedding, shares, alignment, "
                                              "meta-weights or alignment-window)")
                                .arg(view));
    const QString tokensPath = args.value(QStringLiteral("tokens")).value_or(QString());
    if ((tokensView || codebookView) && tokensPath.isEmpty())
        return failBadInput(
            RenderCommand::tr("the %1 view needs --tokens DIR (a folder tessera tokenize wrote)").arg(view));
    const QString modelPath = args.value(QStringLiteral("model")).value_or(QString());
    if (ranking && modelPath.isEmpty())
        return failBadInput(RenderCommand::tr("the ranking view needs --model MODEL"));
    const auto k = parseInt(args.value(QStringLiteral("k")), 10, 1, 1000);
    if (!k)
        return failBadInput(RenderCommand::tr("--k must be a whole number from 1 to 1000"));

    const std::optional<QString> out = args.value(QStringLiteral("out"));
    if (!out || out->isEmpty())
        return failBadInput(RenderCommand::tr("render needs --out FILE.png or FILE.svg"));
    if (!out->endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        && !out->endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return failBadInput(RenderCommand::tr("%1: --out must end in .png or .svg").arg(*out));
    const auto width = parseInt(args.value(QStringLiteral("width")), kDefaultWidth, kMinSide, kMaxSide);
    const auto height = parseInt(args.value(QStringLiteral("height")), kDefaultHeight, kMinSide, kMaxSide);
    if (!width || !height)
        return failBadInput(
            RenderCommand::tr("--width and --height must be whole numbers from %1 to %2").arg(kMinSide).arg(kMaxSide));
    // The alignment views read a workspace of two graphs, not --graph.
    if (alignmentView)
        return renderAlignment(args, *width, *height, *out);
    if (metaWeightsView)
        return renderMetaWeights(args, *width, *height, *out);
    if (alignmentWindowView)
        return renderAlignmentWindow(args, *width, *height, *out);
    const std::optional<QString> graphPath = args.value(QStringLiteral("graph"));
    if (!graphPath || graphPath->isEmpty())
        return failBadInput(RenderCommand::tr("render needs --graph PATH"));
    if (embeddingView)
        return renderEmbedding(*graphPath, args, *width, *height, *out);
    if (sharesView)
        return renderShares(*graphPath, args, *width, *height, *out);
    if (codebookView)
        return renderCodebook(*graphPath, tokensPath, args, Size {*width, *height}, *out);
    const std::optional<QString> key = args.value(QStringLiteral("entity"));
    if (!key || key->isEmpty())
        return failBadInput(RenderCommand::tr("render needs --entity KEY"));
    const auto depth = parseInt(args.value(QStringLiteral("depth")), 1, 1, kMaxDepth);
    if (!depth)
        return failBadInput(RenderCommand::tr("--depth must be 1, 2 or 3"));

    OpenedDataset opened = openDataset(*graphPath, args.value(QStringLiteral("format")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    // Alignment data sets hold two graphs; the key may name an entity of either.
    std::shared_ptr<const KnowledgeGraph> graph;
    EntityId entity = kNoEntity;
    for (const auto& candidate : opened.dataset.graphs) {
        if (const auto found = candidate->findEntity(key->toStdString())) {
            graph = candidate;
            entity = *found;
            break;
        }
    }
    // Not a key: a label or alias that names one entity of one of the graphs.
    for (const auto& candidate : opened.dataset.graphs) {
        if (graph)
            break;
        const EntityResolution resolved = EntityResolver::resolve(*candidate, *key);
        if (resolved.ambiguous)
            return failBadInput(resolved.error);
        if (resolved.entity) {
            graph = candidate;
            entity = *resolved.entity;
        }
    }
    if (!graph) {
        const QString name = opened.dataset.graphs.empty()
            ? *graphPath
            : QString::fromStdString(opened.dataset.graphs.front()->metadata().name);
        return failBadInput(
            RenderCommand::tr("no entity with key '%1' in graph '%2' (%3)").arg(*key, name, *graphPath));
    }

    const Size size {*width, *height};
    const QString title = QString::fromStdString(graph->entity(entity).label);
    bool written = false;
    if (wholeWindow) {
        if (out->endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            return failBadInput(RenderCommand::tr("the window view renders to PNG only"));
        written = ViewExporter::writePng(
            renderWindow(*graphPath, *key, modelPath, tokensPath, size, args.flag(QStringLiteral("debug-overlay"))),
            *out)
                      .isEmpty();
    } else if (ranking) {
        const QString problem = renderRanking(graph, entity, modelPath, args, *k, size, *out, title, written);
        if (!problem.isEmpty())
            return failBadInput(problem);
    } else if (attentionView) {
        const QString problem = renderAttention(graph, entity, args, size.width, size.height, *out, written);
        if (!problem.isEmpty())
            return failBadInput(problem);
    } else if (tokensView) {
        std::shared_ptr<const TokenFolder> tokens;
        try {
            {
                TokenFolder folder = readTokenFolder(tokensPath.toStdString(), *graph);
                readCodeVectors(folder);
                tokens = std::make_shared<const TokenFolder>(std::move(folder));
            }
        } catch (const InputError& e) {
            return failBadInput(QString::fromStdString(e.what()));
        }
        TokensView panel;
        panel.setData(graph, tokens, std::make_shared<const WordPieceTokenizer>(BundledVocabulary::bertUncased()));
        panel.setEntity(entity);
        prepare(panel, size);
        written = write(panel, *out, size, title);
        if (const auto csv = args.value(QStringLiteral("csv")); csv && written) {
            const QString problem = ViewExporter::writeText(*csv, panel.tokensCsv());
            if (!problem.isEmpty())
                return failBadInput(problem);
        }
    } else if (neighbourhood) {
        NeighbourhoodView canvas;
        prepare(canvas, size);
        canvas.setGraph(graph);
        canvas.applyExplorationState(canvas.explorationPlanner().explore(entity, *depth));
        canvas.zoomToFit();
        // The first paint asks for the thumbnails of the nodes big enough to show one.
        QImage warmUp(size.width, size.height, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&warmUp);
            canvas.render(&painter);
        }
        canvas.thumbnails()->waitForPending();
        written = write(canvas, *out, size, title);
    } else {
        EntityPagePanel page;
        page.setGraph(graph);
        page.setEntity(entity);
        prepare(page, size);
        page.thumbnails()->waitForPending();
        written = write(page, *out, size, title);
    }
    if (!written)
        return failBadInput(RenderCommand::tr("%1: cannot write the image").arg(*out));
    printOut(RenderCommand::tr("%1: %2 × %3 pixels\n").arg(*out).arg(size.width).arg(size.height));
    return kExitOk;
}

}  // namespace tessera
