// The debug overlay's parts without OpenGL: the scene builds one window per panel from a
// snapshot (and more geometry when there is more to show), the event-loop stall monitor measures
// a stall the test makes and nothing when stopped, and the resident memory agrees with the
// kernel's own VmRSS.

#include "overlay/DebugOverlayScene.h"
#include "overlay/EventLoopStallMonitor.h"
#include "overlay/OverlayPanel.h"
#include "overlay/ProcessMemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <imgui.h>
#include <imgui_internal.h>

using namespace tessera;

class DebugOverlayTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sceneDrawsOneWindowPerPanel();
    void stallMonitorMeasuresABlockedLoop();
    void residentMemoryIsTheKernels();
};

void DebugOverlayTest::sceneDrawsOneWindowPerPanel()
{
    DebugOverlayScene scene;
    DebugOverlayScene::Input input;
    input.width = 1000;
    input.height = 700;
    DebugSnapshot quiet;
    // A window that sizes itself to its content is measured, not drawn, on its first frame.
    QCOMPARE(scene.build(quiet, input)->CmdListsCount, 0);
    const ImDrawData* data = scene.build(quiet, input);
    QVERIFY(data->Valid);
    QCOMPARE(data->CmdListsCount, 3);
    QCOMPARE(scene.panels().size(), std::size_t {3});
    scene.makeCurrent();
    for (const auto& panel : scene.panels()) {
        const ImGuiWindow* window = ImGui::FindWindowByName(panel->title());
        QVERIFY2(window != nullptr, panel->title());
        QVERIFY(window->Active);
    }
    const int quietVertices = data->TotalVtxCount;
    QVERIFY(quietVertices > 0);

    // A running job with progress, timings and frame graphs: more to draw, in the same windows.
    DebugSnapshot busy;
    for (int i = 0; i < 60; ++i)
        busy.frameIntervalsMs.push_back(30.0F + static_cast<float>(i % 5));
    busy.stallsMs = {1, 2, 80, 3};
    busy.runningJobs.push_back({"Evaluating on the test split…", 10, 40});
    busy.lastJobMs = {{"predict", 2.5}, {"attend", 1.2}};
    busy.device = "MyGO · dim 64 · cpu, 2 threads";
    busy.residentBytes = residentMemoryBytes();
    data = scene.build(busy, input);
    QCOMPARE(data->CmdListsCount, 3);
    QVERIFY(data->TotalVtxCount > quietVertices);

    // The pointer over the first panel's place is the overlay's; far from every panel it is not.
    input.mouseX = 40;
    input.mouseY = 40;
    scene.build(busy, input);
    scene.build(busy, input);
    QVERIFY(scene.wantsMouse());
    input.mouseX = 990;
    input.mouseY = 690;
    scene.build(busy, input);
    scene.build(busy, input);
    QVERIFY(!scene.wantsMouse());
}

void DebugOverlayTest::stallMonitorMeasuresABlockedLoop()
{
    EventLoopStallMonitor monitor;
    QVERIFY(!monitor.isRunning());
    monitor.start();
    QVERIFY(monitor.isRunning());
    // The loop is kept busy for 250 ms by one event: the monitor's next tick comes that late.
    QTimer::singleShot(100, [] { QThread::msleep(250); });
    QTest::qWait(600);
    const double longest = monitor.longestStallMs();
    QVERIFY2(longest >= 200 && longest < 1000, qPrintable(QString::number(longest)));
    monitor.stop();
    QVERIFY(!monitor.isRunning());
    // Stopped, it samples nothing: another stall leaves the record as it was.
    QTimer::singleShot(10, [] { QThread::msleep(400); });
    QTest::qWait(500);
    QCOMPARE(monitor.longestStallMs(), longest);
}

void DebugOverlayTest::residentMemoryIsTheKernels()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    QVERIFY(m.hasMatch());
    const double kernel = m.captured(1).toDouble() * 1024;
    const auto ours = static_cast<double>(residentMemoryBytes());
    QVERIFY2(std::abs(ours - kernel) < 0.05 * kernel, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(kernel)));
}

QTEST_MAIN(DebugOverlayTest)
#include "DebugOverlayTest.moc"
