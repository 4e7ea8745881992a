#include "gui/TokenFolderLoadWorker.h"

#include "cli/BundledVocabulary.h"
#include "io/InputError.h"
#include "io/ReadOptions.h"
#include "tensors/CodeVectorReader.h"
#include "text/WordPieceTokenizer.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace tessera {

namespace {

TokenFolderLoadWorker::Outcome read(
    const QString& folder, const std::shared_ptr<const KnowledgeGraph>& graph, std::stop_token stop)
{
    TokenFolderLoadWorker::Outcome outcome;
    try {
        TokenFolder tokens = readTokenFolder(folder.toStdString(), *graph, stop);
        if (stop.stop_requested())
            throw ReadCancelled {};
        readCodeVectors(tokens);
        outcome.tokens = std::make_shared<const TokenFolder>(std::move(tokens));
        outcome.wordPieces = std::make_shared<const WordPieceTokenizer>(BundledVocabulary::bertUncased());
    } catch (const ReadCancelled&) {
        outcome.cancelled = true;
    } catch (const InputError& error) {
        outcome.problem = QString::fromStdString(error.what());
    } catch (const std::filesystem::filesystem_error& error) {
        outcome.problem = QStringLiteral("%1: %2").arg(folder, QString::fromStdString(error.code().message()));
    } catch (const std::exception& error) {
        outcome.problem = QStringLiteral("%1: %2").arg(folder, QString::fromUtf8(error.what()));
    }
    return outcome;
}

}  // namespace

TokenFolderLoadWorker::TokenFolderLoadWorker(QObject* parent)
    : QObject(parent)
{
}

TokenFolderLoadWorker::~TokenFolderLoadWorker()
{
    stop_.request_stop();
    if (watcher_ != nullptr)
        watcher_->waitForFinished();
}

void TokenFolderLoadWorker::start(const QString& folder, std::shared_ptr<const KnowledgeGraph> graph)
{
    if (watcher_ != nullptr) {
        // Let the old run finish in the background and forget it.
        stop_.request_stop();
        watcher_->disconnect(this);
        connect(watcher_, &QFutureWatcher<Outcome>::finished, watcher_, &QObject::deleteLater);
    }
    stop_ = std::stop_source();
    running_ = true;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, folder, graph] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (watcher_ == watcher)
            watcher_ = nullptr;
        running_ = false;
        if (outcome.cancelled)
            Q_EMIT cancelled(folder);
        else if (outcome.tokens)
            Q_EMIT loaded(folder, graph, outcome.tokens, outcome.wordPieces);
        else
            Q_EMIT failed(folder, outcome.problem);
    });
    watcher->setFuture(QtConcurrent::run(read, folder, std::move(graph), stop_.get_token()));
}

void TokenFolderLoadWorker::cancel()
{
    if (running_)
        stop_.request_stop();
}

}  // namespace tessera
