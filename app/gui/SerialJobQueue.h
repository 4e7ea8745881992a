#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stop_token>
#include <vector>

namespace tessera {

// What a job's work function is handed on the worker thread: the stop request of Cancel and a
// thread-safe progress report (queued to the UI thread as SerialJobQueue::progressed).
struct JobControl {
    std::stop_token stop;
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    // The work sets this when it stopped early on a stop request and has no result.
    bool cancelled = false;

    bool stopRequested() const { return stop.stop_requested(); }
    // Reports progress and answers whether to go on (the callbacks core's loops take).
    bool keepGoing(std::int64_t done, std::int64_t total)
    {
        progress(done, total);
        return !stop.stop_requested();
    }
};

// How a job ended, handed to its completion on the UI thread.
struct JobOutcome {
    bool cancelled = false;
    // Empty on success. An InputError's message as it is (it names the file); any other
    // exception's message with `unexpected` set, so the caller can say whose it was.
    QString problem;
    bool unexpected = false;

    bool succeeded() const { return !cancelled && problem.isEmpty(); }
};

// One background thread that runs a model's jobs one at a time — the model is not thread-safe —
// so the UI never waits. Jobs carry a key ("predict", "attend", …): while one job runs, a new
// request replaces the waiting one of the same key, so typing through options never queues stale
// work. cancel() stops the running job where it can stop and drops everything waiting; discard()
// also forgets the running job's result (the model it belongs to was replaced or closed). Every
// model family's session runs its jobs here instead of keeping its own worker.
class SerialJobQueue : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(JobControl&)>;
    using Completion = std::function<void(const JobOutcome&)>;

    explicit SerialJobQueue(QObject* parent = nullptr);
    ~SerialJobQueue() override;

    // Runs `work` on the worker thread, then `done` on the UI thread (unless discarded since).
    // `what` is the status line shown while it runs.
    void submit(const QString& key, const QString& what, Work work, Completion done);
    void cancel();
    void discard();
    bool isBusy() const { return running_ != nullptr; }
    // The number of jobs waiting behind the running one (0 or 1 per key).
    int waiting() const { return static_cast<int>(waiting_.size()); }
    // The running job's status line and last progress (0 of 0 before any), for the debug overlay.
    QString runningWhat() const;
    std::pair<int, int> runningProgress() const { return progress_; }
    // The wall time, in milliseconds, of the last finished job of each key.
    const std::map<QString, double>& lastDurations() const { return durations_; }

Q_SIGNALS:
    void busyChanged(bool busy, const QString& what);
    void progressed(int done, int total);
    // A job ended on Cancel (after its completion ran with outcome.cancelled).
    void cancelled();

private:
    struct Job;
    void start(std::shared_ptr<Job> job);
    void finish(const std::shared_ptr<Job>& job);

    QThreadPool pool_;
    std::shared_ptr<Job> running_;
    std::vector<std::shared_ptr<Job>> waiting_;
    std::stop_source stop_;
    std::pair<int, int> progress_ {0, 0};
    std::map<QString, double> durations_;
    // Bumped by discard(): a completion of an older generation is not called.
    int generation_ = 0;
};

}  // namespace tessera
