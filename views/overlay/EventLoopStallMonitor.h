#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace tessera {

// How late the UI event loop runs: a precise timer asks to fire every few milliseconds and the
// monitor records by how much each firing was late — the time the loop was busy elsewhere. Kept
// per second for the last seconds. Runs only between start() and stop(): the debug overlay
// starts it when shown, so a hidden overlay costs nothing.
class EventLoopStallMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 10;
    static constexpr int kSeconds = 10;

    explicit EventLoopStallMonitor(QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return timer_.isActive(); }
    // The longest stall of the last kSeconds, and the longest per second (oldest first).
    double longestStallMs() const;
    std::vector<float> stallsPerSecond() const;

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 secondStart_ = 0;
    std::deque<float> seconds_;  // the longest stall of each finished second
    float current_ = 0;          // of the second under way
};

}  // namespace tessera
