#include "gui/SerialJobQueue.h"

#include "evaluation/LinkPredictionEvaluator.h"
#include "io/InputError.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>

namespace tessera {

struct SerialJobQueue::Job {
    QString key;
    QString what;
    Work work;
    Completion done;
    int generation = 0;
    JobOutcome outcome;
    double milliseconds = 0;
};

SerialJobQueue::SerialJobQueue(QObject* parent)
    : QObject(parent)
{
    pool_.setMaxThreadCount(1);
    connect(this, &SerialJobQueue::progressed, this, [this](int done, int total) { progress_ = {done, total}; });
}

QString SerialJobQueue::runningWhat() const
{
    return running_ ? running_->what : QString();
}

SerialJobQueue::~SerialJobQueue()
{
    stop_.request_stop();
    pool_.waitForDone();
}

void SerialJobQueue::submit(const QString& key, const QString& what, Work work, Completion done)
{
    auto job = std::make_shared<Job>();
    job->key = key;
    job->what = what;
    job->work = std::move(work);
    job->done = std::move(done);
    job->generation = generation_;
    if (!running_) {
        start(std::move(job));
        return;
    }
    const auto same = std::find_if(
        waiting_.begin(), waiting_.end(), [&](const std::shared_ptr<Job>& waiting) { return waiting->key == key; });
    if (same != waiting_.end())
        *same = std::move(job);
    else
        waiting_.push_back(std::move(job));
}

void SerialJobQueue::cancel()
{
    waiting_.clear();
    stop_.request_stop();
}

void SerialJobQueue::discard()
{
    ++generation_;
    cancel();
}

void SerialJobQueue::start(std::shared_ptr<Job> job)
{
    stop_ = std::stop_source();
    running_ = job;
    progress_ = {0, 0};
    Q_EMIT busyChanged(true, job->what);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        finish(job);
    });
    watcher->setFuture(QtConcurrent::run(&pool_, [this, job, stop = stop_.get_token()] {
        const auto began = std::chrono::steady_clock::now();
        JobControl control;
        control.stop = stop;
        control.progress = [this](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progressed(static_cast<int>(done), static_cast<int>(total)); },
                Qt::QueuedConnection);
        };
        try {
            job->work(control);
            job->outcome.cancelled = control.cancelled;
        } catch (const EvaluationCancelled&) {
            job->outcome.cancelled = true;
        } catch (const InputError& error) {
            job->outcome.problem = QString::fromStdString(error.what());
        } catch (const std::exception& error) {
            job->outcome.problem = QString::fromUtf8(error.what());
            job->outcome.unexpected = true;
        }
        job->milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
    }));
}

void SerialJobQueue::finish(const std::shared_ptr<Job>& job)
{
    running_.reset();
    durations_[job->key] = job->milliseconds;
    Q_EMIT busyChanged(false, {});
    if (job->generation == generation_) {
        if (job->outcome.cancelled)
            waiting_.clear();
        if (job->done)
            job->done(job->outcome);
        if (job->outcome.cancelled)
            Q_EMIT cancelled();
    }
    if (!running_ && !waiting_.empty()) {
        std::shared_ptr<Job> next = waiting_.front();
        waiting_.erase(waiting_.begin());
        start(std::move(next));
    }
}

}  // namespace tessera
