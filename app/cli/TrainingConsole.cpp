#include "cli/TrainingConsole.h"

#include <chrono>
#include <csignal>

namespace tessera {

namespace {

std::atomic<bool> gInterrupted {false};

extern "C" void onInterrupt(int /*signal*/)
{
    gInterrupted.store(true);
}

}  // namespace

QString formatDuration(double seconds)
{
    const auto total = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

InterruptWatcher::InterruptWatcher()
{
    gInterrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    watcher_ = std::thread([this] {
        while (!finished_.load()) {
            if (gInterrupted.load()) {
                stop_.request_stop();
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
}

InterruptWatcher::~InterruptWatcher()
{
    finished_.store(true);
    watcher_.join();
    std::signal(SIGINT, SIG_DFL);
}

}  // namespace tessera
