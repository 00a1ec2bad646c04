#pragma once
// The real executables in a test, as a user or cron runs them: `quotadeck` with its arguments and standard
// input, and `quotadeck-sim` listening on a free loopback port. Their paths come from the environment CTest
// sets (QUOTADECK_BIN, QUOTADECK_SIM; tests/CMakeLists.txt).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1; // -1: did not start or did not finish in time (killed); -2: crashed
    QByteArray out;
    QByteArray err;
};

namespace CliProcess {
QString quotadeckPath(); // QUOTADECK_BIN
QString simPath(); // QUOTADECK_SIM
// Runs `program args`, writes `input` to its standard input and closes it, waits up to timeoutMs. An empty
// env keeps this process's environment.
CliResult run(const QString& program,
              const QStringList& args,
              const QByteArray& input = {},
              const QProcessEnvironment& env = {},
              int timeoutMs = 60000);
} // namespace CliProcess

// quotadeck-sim on 127.0.0.1 and a free port, stopped when this goes.
class SimProcess
{
public:
    ~SimProcess();
    // Starts it with `extraArgs` (e.g. --latency-ms 300) and waits for its "listening on" line; false with a
    // reason when the executable is missing or does not come up.
    bool start(const QStringList& extraArgs = {}, QString* error = nullptr);
    QString apiBase() const { return m_apiBase; } // http://127.0.0.1:<port>
    void stop();

private:
    QProcess m_process;
    QString m_apiBase;
};
