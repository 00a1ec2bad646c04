#pragma once
// This process's memory as the benchmarks print it: a line of /proc/self/status ("VmRSS: 163708 kB").

#include <QByteArray>
#include <QFile>

namespace ProcessMemory {
// The line of /proc/self/status that starts with `field` ("VmRSS:", "VmHWM:"), simplified; empty if none.
inline QByteArray line(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& candidate : status.readAll().split('\n')) {
        if (candidate.startsWith(field)) {
            return candidate.simplified();
        }
    }
    return {};
}

// The same line's figure in kB, -1 if there is none.
inline qint64 kilobytes(const char* field)
{
    const QList<QByteArray> parts = line(field).split(' ');
    return parts.size() >= 2 ? parts.at(1).toLongLong() : -1;
}
} // namespace ProcessMemory
