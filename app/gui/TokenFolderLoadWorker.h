#pragma once

#include "io/TokenFolderReader.h"

#include <QObject>
#include <QString>

#include <memory>
#include <stop_token>

template <typename T> class QFutureWatcher;

namespace tessera {

class KnowledgeGraph;
class WordPieceTokenizer;

// Reads a token folder for a graph off the UI thread: the manifest, the token files, the patch
// grids, the code vectors, and the bundled BERT vocabulary the Tokens view marks text with.
// cancel() stops the reader between files (ReadCancelled) and the run ends with cancelled();
// starting a new read cancels the running one, whose result is dropped.
class TokenFolderLoadWorker : public QObject {
    Q_OBJECT
public:
    explicit TokenFolderLoadWorker(QObject* parent = nullptr);
    ~TokenFolderLoadWorker() override;

    void start(const QString& folder, std::shared_ptr<const KnowledgeGraph> graph);
    void cancel();
    bool isRunning() const { return running_; }

    struct Outcome {
        std::shared_ptr<const TokenFolder> tokens;
        std::shared_ptr<const WordPieceTokenizer> wordPieces;
        QString problem;
        bool cancelled = false;
    };

Q_SIGNALS:
    void loaded(const QString& folder, std::shared_ptr<const tessera::KnowledgeGraph> graph,
        std::shared_ptr<const tessera::TokenFolder> tokens,
        std::shared_ptr<const tessera::WordPieceTokenizer> wordPieces);
    void failed(const QString& folder, const QString& problem);
    void cancelled(const QString& folder);

private:
    QFutureWatcher<Outcome>* watcher_ = nullptr;
    std::stop_source stop_;
    bool running_ = false;
};

}  // namespace tessera
