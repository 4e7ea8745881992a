#include "gui/DebugOverlayController.h"

#include "gui/LinkPredictionSession.h"
#include "inference/ComputeRuntime.h"
#include "overlay/DebugOverlayWidget.h"
#include "overlay/DebugSnapshot.h"
#include "overlay/EventLoopStallMonitor.h"
#include "overlay/ProcessMemory.h"

#include <QEvent>
#include <QWidget>

namespace tessera {

DebugOverlayController::DebugOverlayController(QWidget* over, const LinkPredictionSession* session, QObject* parent)
    : QObject(parent)
    , over_(over)
    , session_(session)
{
}

void DebugOverlayController::toggle()
{
    if (overlay_ == nullptr) {
        if (!DebugOverlayWidget::isAvailable()) {
            Q_EMIT unavailable(tr("The debug overlay needs OpenGL, which this display does not offer."));
            return;
        }
        const ComputeInfo compute = configureCompute("auto");
        compute_ = tr("LibTorch %1 · %2 CPU threads · BLAS %3 · CUDA %4")
                       .arg(QString::fromStdString(compute.torchVersion))
                       .arg(compute.threads)
                       .arg(compute.blasLibrary.empty() ? tr("not found") : QString::fromStdString(compute.blasLibrary))
                       .arg(compute.cudaAvailable ? tr("%n device(s)", nullptr, compute.cudaDeviceCount)
                                                  : tr("not available"));
        stalls_ = new EventLoopStallMonitor(this);
        overlay_ = new DebugOverlayWidget([this] { return snapshot(); }, over_);
        overlay_->setGeometry(over_->rect());
        over_->installEventFilter(this);
        overlay_->show();
        overlay_->raise();
        stalls_->start();
        return;
    }
    const bool show = !overlay_->isVisible();
    overlay_->setVisible(show);
    if (show) {
        overlay_->raise();
        stalls_->start();
    } else {
        stalls_->stop();
    }
}

bool DebugOverlayController::isShown() const
{
    return overlay_ != nullptr && overlay_->isVisible();
}

bool DebugOverlayController::isMonitoring() const
{
    return stalls_ != nullptr && stalls_->isRunning();
}

DebugSnapshot DebugOverlayController::snapshot() const
{
    DebugSnapshot s;
    if (stalls_ != nullptr) {
        s.longestStallMs = stalls_->longestStallMs();
        s.stallWindowSeconds = EventLoopStallMonitor::kSeconds;
        s.stallsMs = stalls_->stallsPerSecond();
    }
    const SerialJobQueue& jobs = session_->jobs();
    if (jobs.isBusy()) {
        const auto [done, total] = jobs.runningProgress();
        s.runningJobs.push_back({jobs.runningWhat().toStdString(), done, total});
    }
    s.waitingJobs = jobs.waiting();
    for (const auto& [key, ms] : jobs.lastDurations())
        s.lastJobMs.emplace_back(key.toStdString(), ms);
    s.device = session_->modelDetails().toStdString();
    s.compute = compute_.toStdString();
    s.residentBytes = residentMemoryBytes();
    // Asked only when the model is on a GPU: on the CPU there is nothing to ask.
    if (session_->modelDetails().contains(QStringLiteral("cuda"))) {
        if (const auto cuda = cudaMemoryInUse()) {
            s.cudaUsedBytes = cuda->usedBytes;
            s.cudaTotalBytes = cuda->totalBytes;
        }
    }
    return s;
}

bool DebugOverlayController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == over_ && event->type() == QEvent::Resize && overlay_ != nullptr)
        overlay_->setGeometry(over_->rect());
    return QObject::eventFilter(watched, event);
}

}  // namespace tessera
