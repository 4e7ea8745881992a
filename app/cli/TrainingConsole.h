#pragma once

#include "cli/CliOutput.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <stop_token>
#include <thread>

namespace tessera {

// "--name N" as an integer or number option of a train command: false, with `error` naming the
// option, when the value is not a number (or an earlier option already failed).
template <typename T> bool readNumberOption(const CliArguments& args, const char* name, T& target, QString& error)
{
    if (!error.isEmpty())
        return false;
    const auto value = args.value(QString::fromLatin1(name));
    if (!value)
        return true;
    bool ok = false;
    if constexpr (std::is_floating_point_v<T>)
        target = static_cast<T>(value->toDouble(&ok));
    else
        target = static_cast<T>(value->toLongLong(&ok));
    if (!ok)
        error = QCoreApplication::translate("TrainCommand", "train: --%1 expects a number, got '%2'")
                    .arg(QString::fromLatin1(name), *value);
    return ok;
}

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
