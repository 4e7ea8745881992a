#include "overlay/EventLoopStallMonitor.h"

#include <algorithm>

namespace tessera {

EventLoopStallMonitor::EventLoopStallMonitor(QObject* parent)
    : QObject(parent)
{
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kTickMs);
    connect(&timer_, &QTimer::timeout, this, &EventLoopStallMonitor::tick);
}

void EventLoopStallMonitor::start()
{
    seconds_.clear();
    current_ = 0;
    clock_.start();
    last_ = 0;
    secondStart_ = 0;
    timer_.start();
}

void EventLoopStallMonitor::stop()
{
    timer_.stop();
}

void EventLoopStallMonitor::tick()
{
    const qint64 now = clock_.elapsed();
    const auto late = static_cast<float>(std::max<qint64>(0, now - last_ - kTickMs));
    last_ = now;
    current_ = std::max(current_, late);
    while (now - secondStart_ >= 1000) {
        seconds_.push_back(current_);
        current_ = 0;
        secondStart_ += 1000;
        if (seconds_.size() > kSeconds)
            seconds_.pop_front();
    }
}

double EventLoopStallMonitor::longestStallMs() const
{
    float longest = current_;
    for (const float s : seconds_)
        longest = std::max(longest, s);
    return longest;
}

std::vector<float> EventLoopStallMonitor::stallsPerSecond() const
{
    std::vector<float> out(seconds_.begin(), seconds_.end());
    out.push_back(current_);
    return out;
}

}  // namespace tessera
