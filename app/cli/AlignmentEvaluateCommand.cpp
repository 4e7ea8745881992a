#include "cli/AlignmentEvaluateCommand.h"

#include "cli/CliOutput.h"
#include "cli/WorkspaceOpening.h"
#include "evaluation/AlignmentEvaluator.h"
#include "graph/KnowledgeGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <stdexcept>

namespace tessera {

namespace {

QJsonObject metricsJson(const AlignmentMetrics& m)
{
    QJsonObject object;
    object[QStringLiteral("hits@1")] = m.hits1;
    object[QStringLiteral("hits@10")] = m.hits10;
    object[QStringLiteral("mrr")] = m.mrr;
    object[QStringLiteral("mr")] = m.mr;
    object[QStringLiteral("count")] = static_cast<qint64>(m.count);
    object[QStringLiteral("hits@1_count")] = static_cast<qint64>(m.hits1Count);
    object[QStringLiteral("hits@10_count")] = static_cast<qint64>(m.hits10Count);
    return object;
}

QString metricsRow(const QString& scoring, const QString& direction, const AlignmentMetrics& m)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
        .arg(scoring, -10)
        .arg(direction, -8)
        .arg(QString::number(m.hits1, 'f', 4), 8)
        .arg(QString::number(m.hits10, 'f', 4), 8)
        .arg(QString::number(m.mrr, 'f', 4), 8)
        .arg(QString::number(m.mr, 'f', 3), 10);
}

}  // namespace

int AlignmentEvaluateCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments,
        {QStringLiteral("workspace"), QStringLiteral("model"), QStringLiteral("candidates"), QStringLiteral("csls-k"),
            QStringLiteral("device")},
        {QStringLiteral("json")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("evaluate: ") + args.error());
    const auto workspacePath = args.value(QStringLiteral("workspace"));
    const auto modelPath = args.value(QStringLiteral("model"));
    if (!workspacePath || !modelPath || !args.positional().isEmpty())
        return failBadInput(tr("evaluate: expected tessera evaluate --workspace W --model M [--candidates test|all] "
                               "[--csls-k K] [--json]"));
    const QString candidates = args.value(QStringLiteral("candidates")).value_or(QStringLiteral("test"));
    if (candidates != QLatin1String("test") && candidates != QLatin1String("all"))
        return failBadInput(tr("evaluate: unknown --candidates '%1', expected test or all").arg(candidates));
    AlignmentEvaluationOptions options;
    options.allCandidates = candidates == QLatin1String("all");
    if (const auto k = args.value(QStringLiteral("csls-k"))) {
        bool ok = false;
        options.cslsK = k->toLongLong(&ok);
        if (!ok || options.cslsK <= 0)
            return failBadInput(tr("evaluate: --csls-k must be a positive integer, not '%1'").arg(*k));
    }
    ModelOnWorkspace opened = WorkspaceOpening::open(
        *workspacePath, *modelPath, args.value(QStringLiteral("device")).value_or(QStringLiteral("auto")));
    if (!opened.error.isEmpty())
        return failBadInput(opened.error);
    for (const QString& warning : opened.warnings)
        printErr(tr("warning: %1\n").arg(warning));
    const std::vector<AlignedPair> test = opened.testPairs();
    if (test.empty())
        return failBadInput(tr("%1: the workspace has no test pairs to evaluate").arg(*workspacePath));
    AlignmentEvaluation result;
    try {
        result = AlignmentEvaluator::evaluate(*opened.model, test, options);
    } catch (const std::exception& error) {
        return failBadInput(tr("%1: cannot evaluate: %2").arg(*modelPath, QString::fromUtf8(error.what())));
    }

    if (args.flag(QStringLiteral("json"))) {
        QJsonObject csls;
        csls[QStringLiteral("l2r")] = metricsJson(result.cslsLeftToRight);
        csls[QStringLiteral("r2l")] = metricsJson(result.cslsRightToLeft);
        csls[QStringLiteral("k")] = static_cast<qint64>(result.cslsK);
        QJsonObject plain;
        plain[QStringLiteral("l2r")] = metricsJson(result.plainLeftToRight);
        plain[QStringLiteral("r2l")] = metricsJson(result.plainRightToLeft);
        QJsonObject root;
        root[QStringLiteral("csls")] = csls;
        root[QStringLiteral("plain")] = plain;
        root[QStringLiteral("candidates")] = candidates;
        root[QStringLiteral("candidates_l2r")] = static_cast<qint64>(result.candidatesLeftToRight);
        root[QStringLiteral("candidates_r2l")] = static_cast<qint64>(result.candidatesRightToLeft);
        root[QStringLiteral("test_pairs")] = static_cast<qint64>(test.size());
        root[QStringLiteral("workspace")] = *workspacePath;
        root[QStringLiteral("model")] = *modelPath;
        root[QStringLiteral("device")] = QString::fromStdString(opened.compute.device);
        root[QStringLiteral("seconds")] = result.seconds;
        root[QStringLiteral("warnings")] = QJsonArray::fromStringList(opened.warnings);
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }

    const QLocale locale = QLocale::system();
    const KnowledgeGraph& a = *opened.workspace.graphs[0];
    const KnowledgeGraph& b = *opened.workspace.graphs[1];
    QString text = tr("MEAformer alignment on %1: %2 test pairs between %3 and %4\n")
                       .arg(*workspacePath, locale.toString(static_cast<qulonglong>(test.size())),
                           QString::fromStdString(a.metadata().name), QString::fromStdString(b.metadata().name));
    text += options.allCandidates
        ? tr("candidates: every entity of the other graph (%1 of B for A → B, %2 of A for B → A)\n")
              .arg(locale.toString(static_cast<qlonglong>(result.candidatesLeftToRight)),
                  locale.toString(static_cast<qlonglong>(result.candidatesRightToLeft)))
        : tr("candidates: the other side of the test pairs (as the reference's test routine ranks them)\n");
    text += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                .arg(QString(), -10)
                .arg(QString(), -8)
                .arg(QStringLiteral("Hits@1"), 8)
                .arg(QStringLiteral("Hits@10"), 8)
                .arg(QStringLiteral("MRR"), 8)
                .arg(QStringLiteral("MR"), 10);
    const QString cslsName = tr("CSLS k=%1").arg(result.cslsK);
    text += metricsRow(cslsName, tr("A → B"), result.cslsLeftToRight);
    text += metricsRow(QString(), tr("B → A"), result.cslsRightToLeft);
    text += metricsRow(tr("plain"), tr("A → B"), result.plainLeftToRight);
    text += metricsRow(QString(), tr("B → A"), result.plainRightToLeft);
    text += tr("time: %1 s on %2 (%3 CPU threads)\n")
                .arg(QString::number(result.seconds, 'f', 2), QString::fromStdString(opened.compute.device))
                .arg(opened.compute.threads);
    printOut(text);
    return kExitOk;
}

}  // namespace tessera
