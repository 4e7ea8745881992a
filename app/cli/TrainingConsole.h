#pragma once

#include <QString>

#include <atomic>
#include <stop_token>
#include <thread>

namespace tessera {

// "hh:mm:ss" for progress lines.
QString formatDuration(double seconds);

// While alive, Ctrl-C (SIGINT) requests a stop of `token()` instead of killing the process, so a
// trainer can save its state first. Signal handlers may only set a flag; a watcher thread turns it
// into the stop request.
class InterruptWatcher {
public:
    InterruptWatcher();
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

    std::stop_token token() const { return stop_.get_token(); }

private:
    std::stop_source stop_;
    std::atomic<bool> finished_ {false};
    std::thread watcher_;
};

}  // namespace tessera
