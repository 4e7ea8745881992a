#pragma once

#include "graph/Dataset.h"

#include <QObject>
#include <QString>

#include <memory>
#include <stop_token>

template <typename T> class QFutureWatcher;

namespace tessera {

// Reads a graph path off the UI thread (QtConcurrent) and reports back on it. cancel() asks the
// reader to stop (std::stop_source; readers check between tables) and the run ends with
// cancelled(). Starting a new load cancels the running one, whose result is then dropped.
class DatasetLoadWorker : public QObject {
    Q_OBJECT
public:
    explicit DatasetLoadWorker(QObject* parent = nullptr);
    ~DatasetLoadWorker() override;

    void start(const QString& path);
    void cancel();
    bool isRunning() const { return running_; }
    const QString& path() const { return path_; }

    struct Outcome {
        std::shared_ptr<const Dataset> dataset;
        QString problem;
        bool cancelled = false;
    };

Q_SIGNALS:
    void loaded(const QString& path, std::shared_ptr<const tessera::Dataset> dataset);
    void failed(const QString& path, const QString& problem);
    void cancelled(const QString& path);

private:
    QFutureWatcher<Outcome>* watcher_ = nullptr;
    std::stop_source stop_;
    QString path_;
    bool running_ = false;
};

}  // namespace tessera
