// One window per user and data dir: SingleInstance in this process (a second "launch" on a thread of its own,
// a real MainWindow brought back from minimised, a stale socket file, a window that hangs) and the real
// `quotadeck` executable (a second launch ends and the first hears of it; a crashed first window is taken
// over; three launches at once leave one window; commands never take part).

#include "tests/testsupport/TestSession.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
// Runs SingleInstance::start() for `name` on a thread of its own (it blocks, as it does before a window
// exists), so this thread's event loop can answer as the first window.
SingleInstance::Role startOnThread(const QString& name, int timeoutMs, QString* error = nullptr)
{
    SingleInstance::Role role = SingleInstance::Role::Failed;
    QThread* thread = QThread::create([&]() {
        SingleInstance instance(name);
        role = instance.start(timeoutMs);
        if (error) {
            *error = instance.error();
        }
    });
    thread->start();
    while (!thread->isFinished()) {
        QTest::qWait(10); // this thread's event loop runs: the first instance can answer
    }
    thread->wait();
    delete thread;
    return role;
}

// A socket file as a crashed process leaves it: bound, then closed without unlink. With `listening`, a
// process that hangs: the kernel accepts connections into the backlog, nobody ever answers.
int rawSocket(const QString& path, bool listening)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()) + 1);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    if (listening) {
        ::listen(fd, 4);
        return fd;
    }
    ::close(fd);
    return 0;
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nameDependsOnTheDataDirOnly();
    void secondStartActivatesTheFirst();
    void socketGoesWithTheFirst();
    void bringToFrontRestoresAMinimisedWindow();
    void staleSocketIsTakenOver();
    void silentListenerIsLeftAlone();
    void secondLaunchOfTheExecutableEnds();
    void crashedWindowIsTakenOver();
    void launchesAtTheSameMomentLeaveOneWindow();
    void commandsRunBesideTheWindow();

private:
    QProcess* launch(const QStringList& args);
    bool saidSo(QProcess* process, const QByteArray& text); // in its log (stderr) so far
    bool waitForSocket(const QString& dataDir, int timeoutMs = 15000);

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_runtime;
    std::unique_ptr<QTemporaryDir> m_data;
    QList<QProcess*> m_processes;
    QHash<QProcess*, QByteArray> m_logs;
};

void TestSingleInstance::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the quotadeck executable");
}

void TestSingleInstance::init()
{
    // A runtime dir of this test's own, for this process and the executables it starts.
    m_runtime = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid() && m_data->isValid());
    QFile::setPermissions(m_runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
}

void TestSingleInstance::cleanup()
{
    for (QProcess* process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
        delete process;
    }
    m_processes.clear();
    m_logs.clear();
}

bool TestSingleInstance::saidSo(QProcess* process, const QByteArray& text)
{
    m_logs[process] += process->readAllStandardError();
    return m_logs.value(process).contains(text);
}

QProcess* TestSingleInstance::launch(const QStringList& args)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quotadeck.instance=true"));
    // No keychain: the window opens with its banner, which is all these tests need.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process->setProcessEnvironment(env);
    process->start(m_bin, args);
    m_processes << process;
    return process;
}

bool TestSingleInstance::waitForSocket(const QString& dataDir, int timeoutMs)
{
    const QString name = SingleInstance::serverNameFor(dataDir);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (QFile::exists(name)) {
            return true;
        }
        QTest::qWait(50);
    }
    return false;
}

void TestSingleInstance::nameDependsOnTheDataDirOnly()
{
    const QString a = SingleInstance::serverNameFor(m_data->path());
    QCOMPARE(SingleInstance::serverNameFor(m_data->path() + QStringLiteral("/./")), a);
    QVERIFY(QFile::link(m_data->path(), m_runtime->filePath(QStringLiteral("alias"))));
    QCOMPARE(SingleInstance::serverNameFor(m_runtime->filePath(QStringLiteral("alias"))), a);
    QVERIFY(SingleInstance::serverNameFor(m_data->filePath(QStringLiteral("other"))) != a);
    QVERIFY2(a.startsWith(m_runtime->path() + QLatin1Char('/')), qPrintable(a)); // the user's private dir
}

void TestSingleInstance::secondStartActivatesTheFirst()
{
    const QString name = SingleInstance::serverNameFor(m_data->path());
    SingleInstance first(name);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(QFile::exists(name));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    QCOMPARE(startOnThread(name, 3000), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(startOnThread(name, 3000), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.size(), 2);

    // Whatever else connects and talks nonsense does not activate anything or stop the server.
    QLocalSocket stranger;
    stranger.connectToServer(name);
    QVERIFY(stranger.waitForConnected(2000));
    stranger.write(QByteArray(200, 'x'));
    QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(startOnThread(name, 3000), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.size(), 3);
}

void TestSingleInstance::socketGoesWithTheFirst()
{
    const QString name = SingleInstance::serverNameFor(m_data->path());
    {
        SingleInstance first(name);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QVERIFY(QFile::exists(name));
    }
    QVERIFY(!QFile::exists(name));
    SingleInstance next(name);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::bringToFrontRestoresAMinimisedWindow()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    MainWindow window(test.session());
    SingleInstance first(SingleInstance::serverNameFor(test.dataDir().path()));
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    connect(
        &first, &SingleInstance::activationRequested, &window, [&window]() { SingleInstance::bringToFront(&window); });

    window.showMinimized();
    QTRY_VERIFY(window.isMinimized());
    QCOMPARE(startOnThread(first.serverName(), 3000), SingleInstance::Role::Secondary);
    QTRY_VERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());

    window.hide(); // e.g. closed to the tray
    QCOMPARE(startOnThread(first.serverName(), 3000), SingleInstance::Role::Secondary);
    QTRY_VERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    const QString name = SingleInstance::serverNameFor(m_data->path());
    QCOMPARE(rawSocket(name, false), 0);
    QVERIFY(QFile::exists(name)); // left behind, nobody listening

    SingleInstance first(name);
    QCOMPARE(first.start(1000), SingleInstance::Role::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(startOnThread(name, 3000), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.size(), 1);
}

void TestSingleInstance::silentListenerIsLeftAlone()
{
    const QString name = SingleInstance::serverNameFor(m_data->path());
    const int fd = rawSocket(name, true);
    QVERIFY(fd > 0);
    QString error;
    QCOMPARE(startOnThread(name, 300, &error), SingleInstance::Role::Failed);
    QVERIFY2(error.contains(QLatin1String("does not answer")), qPrintable(error));
    QVERIFY(QFile::exists(name)); // not removed from under a process that may only be slow
    ::close(fd);
}

void TestSingleInstance::secondLaunchOfTheExecutableEnds()
{
    QProcess* first = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY2(waitForSocket(m_data->path()), first->readAllStandardError().constData());
    QVERIFY(!saidSo(first, "another launch"));

    QProcess* second = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY(second->waitForFinished(15000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(saidSo(first, "another launch asked for the window"), 10000);
    QCOMPARE(first->state(), QProcess::Running);

    // Another data dir is another window.
    QTemporaryDir otherData;
    QProcess* other = launch({ QStringLiteral("--data-dir"), otherData.path() });
    QVERIFY(waitForSocket(otherData.path()));
    QVERIFY(!other->waitForFinished(500));
    QCOMPARE(other->state(), QProcess::Running);
}

void TestSingleInstance::crashedWindowIsTakenOver()
{
    QProcess* first = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY(waitForSocket(m_data->path()));
    ::kill(pid_t(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished(5000));
    QVERIFY(QFile::exists(SingleInstance::serverNameFor(m_data->path()))); // the crash left its socket

    QProcess* next = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY(!next->waitForFinished(2000)); // it became the window
    QProcess* third = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY(third->waitForFinished(15000));
    QCOMPARE(third->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(saidSo(next, "another launch asked for the window"), 10000);
}

void TestSingleInstance::launchesAtTheSameMomentLeaveOneWindow()
{
    QList<QProcess*> launches;
    for (int i = 0; i < 3; ++i) {
        launches << launch({ QStringLiteral("--data-dir"), m_data->path() });
    }
    QVERIFY(waitForSocket(m_data->path()));
    // Two end (exit 0, having asked the third), one stays.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(launches.cbegin(),
                                           launches.cend(),
                                           [](QProcess* p) { return p->state() == QProcess::NotRunning; })
                                 == 2,
                             20000);
    QTest::qWait(500);
    int running = 0;
    for (QProcess* process : std::as_const(launches)) {
        if (process->state() == QProcess::Running) {
            ++running;
        } else {
            QCOMPARE(process->exitCode(), 0);
        }
    }
    QCOMPARE(running, 1);
}

void TestSingleInstance::commandsRunBesideTheWindow()
{
    const QStringList listKeys { QStringLiteral("--data-dir"),
                                 m_data->path(),
                                 QStringLiteral("keys"),
                                 QStringLiteral("list"),
                                 QStringLiteral("--json") };
    // The store exists before the window opens it (the window listens before it opens its store).
    QProcess* first = launch(listKeys);
    QVERIFY(first->waitForFinished(15000));
    QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());

    QProcess* window = launch({ QStringLiteral("--data-dir"), m_data->path() });
    QVERIFY(waitForSocket(m_data->path()));
    for (int i = 0; i < 2; ++i) {
        QProcess* list = launch(listKeys);
        QVERIFY(list->waitForFinished(15000));
        QVERIFY2(list->exitCode() == 0, list->readAllStandardError().constData());
        const QJsonDocument json = QJsonDocument::fromJson(list->readAllStandardOutput());
        QVERIFY(json.isArray() && json.array().isEmpty());
    }
    QTest::qWait(300);
    QVERIFY(!saidSo(window, "another launch"));
    QCOMPARE(window->state(), QProcess::Running);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
