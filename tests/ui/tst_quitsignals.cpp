// The real `quotadeck` window ends cleanly on SIGTERM, SIGINT and SIGHUP: exit code 0, its geometry saved to
// settings.ini, its single-instance socket removed, and a demo's throwaway data dir gone; also when the
// signal comes while it is still starting (its store not open, its window not built yet).

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

class TestQuitSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowClosesAsTheUserWould_data();
    void windowClosesAsTheUserWould();
    void demoRemovesItsThrowawayDir();
    void signalDuringStartUp_data();
    void signalDuringStartUp();

private:
    // Starts the window with its own runtime and temp dirs; true once its socket is there (it listens
    // before it opens its store, so this waits for the event loop through the settings it writes).
    bool startWindow(QProcess& process, const QStringList& args, const QString& runtime, const QString& tmp);
    QString m_bin;
};

void TestQuitSignals::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the quotadeck executable");
}

bool TestQuitSignals::startWindow(QProcess& process,
                                  const QStringList& args,
                                  const QString& runtime,
                                  const QString& tmp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain needed: the window shows its banner
    process.setProcessEnvironment(env);
    process.start(m_bin, args);
    return process.waitForStarted(10000);
}

void TestQuitSignals::windowClosesAsTheUserWould_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestQuitSignals::windowClosesAsTheUserWould()
{
    QFETCH(int, signal);
    QTemporaryDir runtime;
    QTemporaryDir data;
    QVERIFY(runtime.isValid() && data.isValid());
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess window;
    QVERIFY(startWindow(window, { QStringLiteral("--data-dir"), data.path() }, runtime.path(), QDir::tempPath()));
    const QStringList socketPattern { QStringLiteral("quotadeck-*") };
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(runtime.path()).entryList(socketPattern, QDir::System).isEmpty(), 15000);
    // The window is up once its store is: wait for the database file, then a moment for the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data.filePath(QStringLiteral("quotadeck.sqlite"))), 15000);
    QTest::qWait(500);
    QVERIFY(!QSettings(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                 .contains(QStringLiteral("window/geometry")));

    ::kill(pid_t(window.processId()), signal);
    QVERIFY(window.waitForFinished(15000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
    QVERIFY(QSettings(data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                .contains(QStringLiteral("window/geometry")));
    QVERIFY(QDir(runtime.path()).entryList(socketPattern, QDir::System).isEmpty());
}

void TestQuitSignals::demoRemovesItsThrowawayDir()
{
    QTemporaryDir runtime;
    QTemporaryDir tmp;
    QVERIFY(runtime.isValid() && tmp.isValid());
    QProcess demo;
    QVERIFY(startWindow(demo, { QStringLiteral("--demo") }, runtime.path(), tmp.path()));
    const QStringList demoPattern { QStringLiteral("quotadeck-demo-*") };
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(tmp.path()).entryList(demoPattern, QDir::Dirs).isEmpty(), 15000);
    QTest::qWait(1000);
    ::kill(pid_t(demo.processId()), SIGTERM);
    QVERIFY(demo.waitForFinished(15000));
    QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    QCOMPARE(QDir(tmp.path()).entryList(demoPattern, QDir::Dirs), QStringList());
}

void TestQuitSignals::signalDuringStartUp_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("window") << false;
    QTest::newRow("demo") << true;
}

void TestQuitSignals::signalDuringStartUp()
{
    QFETCH(bool, demo);
    QTemporaryDir runtime;
    QTemporaryDir tmp;
    QTemporaryDir data;
    QVERIFY(runtime.isValid() && tmp.isValid() && data.isValid());
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess window;
    const QStringList args
        = demo ? QStringList { QStringLiteral("--demo") } : QStringList { QStringLiteral("--data-dir"), data.path() };
    QVERIFY(startWindow(window, args, runtime.path(), tmp.path()));
    // The first thing it leaves behind (the socket, or the demo's dir) is the moment to signal: the store, the
    // demo's server and the window are still to come.
    const QString watched = demo ? tmp.path() : runtime.path();
    const QStringList pattern { demo ? QStringLiteral("quotadeck-demo-*") : QStringLiteral("quotadeck-*") };
    const QDir::Filters filters = demo ? QDir::Dirs : QDir::System;
    QElapsedTimer clock;
    clock.start();
    while (QDir(watched).entryList(pattern, filters).isEmpty() && window.state() == QProcess::Running
           && clock.elapsed() < 15000) {
        QThread::usleep(200);
    }
    QVERIFY(!QDir(watched).entryList(pattern, filters).isEmpty());
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(30000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
    QCOMPARE(QDir(watched).entryList(pattern, filters), QStringList());
}

QTEST_GUILESS_MAIN(TestQuitSignals)
#include "tst_quitsignals.moc"
