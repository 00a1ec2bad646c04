#include "tests/testsupport/CliProcess.h"

#include <QFile>

namespace CliProcess {

QString quotadeckPath()
{
    return qEnvironmentVariable("QUOTADECK_BIN");
}

QString simPath()
{
    return qEnvironmentVariable("QUOTADECK_SIM");
}

CliResult run(const QString& program,
              const QStringList& args,
              const QByteArray& input,
              const QProcessEnvironment& env,
              int timeoutMs)
{
    QProcess process;
    if (!env.isEmpty()) {
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    CliResult result;
    if (!process.waitForStarted(5000)) {
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CliProcess

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList& extraArgs, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    const QString sim = CliProcess::simPath();
    if (!QFile::exists(sim)) {
        return fail(QStringLiteral("QUOTADECK_SIM must name the built quotadeck-sim"));
    }
    m_process.start(sim, QStringList { QStringLiteral("--port"), QStringLiteral("0") } + extraArgs);
    if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(5000)) {
        return fail(QStringLiteral("quotadeck-sim did not start: %1").arg(m_process.errorString()));
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("listening on http://127.0.0.1:")) {
        return fail(QStringLiteral("quotadeck-sim said: %1").arg(QString::fromUtf8(line)));
    }
    m_apiBase = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
    return true;
}

void SimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}
