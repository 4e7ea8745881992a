#include "gui/DatasetLoadWorker.h"

#include "io/GraphReader.h"
#include "io/InputError.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace tessera {

namespace {

DatasetLoadWorker::Outcome read(const QString& path, std::stop_token stop)
{
    DatasetLoadWorker::Outcome outcome;
    try {
        ReadOptions options;
        options.stop = std::move(stop);
        outcome.dataset = std::make_shared<const Dataset>(readDataset(path.toStdString(), std::nullopt, options));
    } catch (const ReadCancelled&) {
        outcome.cancelled = true;
    } catch (const InputError& error) {
        outcome.problem = QString::fromStdString(error.what());
    } catch (const std::bad_alloc&) {
        outcome.problem
            = QCoreApplication::translate("DatasetLoadWorker", "%1: not enough memory to read this graph").arg(path);
    } catch (const std::filesystem::filesystem_error& error) {
        outcome.problem = QStringLiteral("%1: %2").arg(path, QString::fromStdString(error.code().message()));
    } catch (const std::exception& error) {
        outcome.problem = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(error.what()));
    }
    return outcome;
}

}  // namespace

DatasetLoadWorker::DatasetLoadWorker(QObject* parent)
    : QObject(parent)
{
}

DatasetLoadWorker::~DatasetLoadWorker()
{
    // The reader holds no pointer to us, but the process should not exit mid-read.
    stop_.request_stop();
    if (watcher_ != nullptr)
        watcher_->waitForFinished();
}

void DatasetLoadWorker::start(const QString& path)
{
    if (watcher_ != nullptr) {
        // Let the old run finish in the background and forget it.
        stop_.request_stop();
        watcher_->disconnect(this);
        connect(watcher_, &QFutureWatcher<Outcome>::finished, watcher_, &QObject::deleteLater);
    }
    stop_ = std::stop_source();
    path_ = path;
    running_ = true;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (watcher_ == watcher)
            watcher_ = nullptr;
        running_ = false;
        if (outcome.cancelled)
            Q_EMIT cancelled(path_);
        else if (outcome.dataset)
            Q_EMIT loaded(path_, outcome.dataset);
        else
            Q_EMIT failed(path_, outcome.problem);
    });
    watcher->setFuture(QtConcurrent::run(read, path, stop_.get_token()));
}

void DatasetLoadWorker::cancel()
{
    if (running_)
        stop_.request_stop();
}

}  // namespace tessera
