#include "tests/bench/PaintProbe.h"

#include "tests/bench/ProcessMemory.h"

#include "ui/dashboard/Dashboard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

namespace {
// The process's start time, from /proc/self/stat (field 22, in clock ticks since boot) and the boot time.
qint64 processStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return QDateTime::currentMSecsSinceEpoch();
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 counted from 1, after pid and comm
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    const double sinceStart = upSeconds - startTicks / double(sysconf(_SC_CLK_TCK));
    return QDateTime::currentMSecsSinceEpoch() - qint64(sinceStart * 1000.0);
}

void printMemory()
{
    std::printf("%s\n%s\n", ProcessMemory::line("VmHWM:").constData(), ProcessMemory::line("VmRSS:").constData());
}

class Probe : public QObject
{
public:
    Probe(QWidget* window, Dashboard* dashboard)
        : QObject(window)
        , m_startMs(processStartMs())
    {
        window->installEventFilter(this);
        connect(dashboard, &Dashboard::updated, this, [this, dashboard]() {
            if (dashboard->isLoading() || m_loaded) {
                return;
            }
            m_loaded = true;
            std::printf("dashboard-loaded %lld\n", QDateTime::currentMSecsSinceEpoch() - m_startMs);
            printMemory();
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            std::printf("first-paint %lld\n", QDateTime::currentMSecsSinceEpoch() - m_startMs);
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_startMs;
    bool m_painted = false;
    bool m_loaded = false;
};
} // namespace

void PaintProbe::installIfRequested(QWidget* window, Dashboard* dashboard)
{
    if (qEnvironmentVariableIntValue("QUOTADECK_PAINT_PROBE") == 1 && window && dashboard) {
        new Probe(window, dashboard);
    }
}
