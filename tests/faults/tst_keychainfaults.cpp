// Keychain faults through the real `quotadeck` executable and a real Secret Service (this suite runs
// under tests/with-keyring.sh: a private D-Bus session with gnome-keyring-daemon, unlocked with "test"):
// no Secret Service on the bus, no bus at all, a locked collection (locked for real with the Secret Service's
// own Lock method), and the data key gone while sealed keys exist. Each must give one plain sentence with a
// way forward (start a provider, unlock, restore the entry, or remove and re-enter the keys), keep listing
// working, and never write a key in plaintext anywhere. The way forward must then actually work.

#include "models/vault/SystemKeychain.h"
#include "models/vault/Vault.h"
#include "tests/testsupport/CliProcess.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusVariant>

// The Secret Service's Secret struct (oayays), for gnome-keyring's unlock-with-password call.
struct SecretStruct
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(SecretStruct)

QDBusArgument& operator<<(QDBusArgument& argument, const SecretStruct& secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, SecretStruct& secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {
using Result = CliResult;
} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void noSecretService_data();
    void noSecretService();
    void lockedCollection();
    void dataKeyMissingWhileKeysAreSealed();

private:
    Result run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {});
    QStringList withDir(const QStringList& args) const;
    void checkOneLine(const Result& result, const char* mentions);
    void checkNoPlaintext(const QByteArray& key);
    bool lockDefaultCollection(QString* error);
    bool unlockLoginCollection(QString* error);

    SimProcess m_sim;
    QTemporaryDir m_scratch;
    QProcess m_bus; // a D-Bus session nobody provides a Secret Service on
    QString m_busAddress;
    QString m_apiBase;
    QString m_bin;
    std::unique_ptr<TempDataDir> m_dir;
    int m_n = 0;
};

void TestKeychainFaults::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under tests/with-keyring.sh");
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();

    // A session bus as on a desktop without any Secret Service provider installed: nothing to activate.
    QFile config(m_scratch.filePath(QStringLiteral("bus.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:dir="
                 + m_scratch.path().toUtf8()
                 + "</listen>"
                   "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                   "</policy></busconfig>\n");
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                { QStringLiteral("--config-file=") + config.fileName(),
                  QStringLiteral("--nofork"),
                  QStringLiteral("--print-address=1") });
    QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon (package dbus-daemon) is needed");
    QVERIFY(m_bus.waitForReadyRead(5000));
    m_busAddress = QString::fromLatin1(m_bus.readLine().trimmed());
    QVERIFY(!m_busAddress.isEmpty());
}

void TestKeychainFaults::cleanupTestCase()
{
    m_sim.stop();
    m_bus.terminate();
    m_bus.waitForFinished(5000);
}

void TestKeychainFaults::init()
{
    m_dir = std::make_unique<TempDataDir>();
}

QStringList TestKeychainFaults::withDir(const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--api-base"), m_apiBase } + args;
}

Result TestKeychainFaults::run(const QStringList& args, const QByteArray& input, const QProcessEnvironment& env)
{
    QElapsedTimer took;
    took.start();
    // A keychain that waits on a prompt nobody can answer must not hang a command for ever: 60 s, then killed.
    const Result result = CliProcess::run(m_bin, args, input, env, 60000);
    if (took.elapsed() > 2000) { // worth knowing: a keychain that makes a command wait
        qInfo("quotadeck %s took %lld ms", qPrintable(args.mid(4).join(u' ')), took.elapsed());
    }
    return result;
}

void TestKeychainFaults::checkOneLine(const Result& result, const char* mentions)
{
    QVERIFY2(result.err.startsWith("quotadeck: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY2(!result.err.contains("tvly-sim-ok"), result.err.constData());
}

void TestKeychainFaults::checkNoPlaintext(const QByteArray& key)
{
    QCOMPARE(m_dir->filesContaining(key), QStringList());
    QCOMPARE(m_dir->filesContaining(key.right(12)), QStringList());
    // Nor next to it: no fallback file in the (throwaway) home or config dirs either.
    for (const QString& base : { QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) }) {
        QProcess grep;
        grep.start(QStringLiteral("grep"), { QStringLiteral("-rlsF"), QString::fromLatin1(key), base });
        QVERIFY(grep.waitForFinished(30000));
        QVERIFY2(grep.readAllStandardOutput().isEmpty(), qPrintable(base));
    }
}

void TestKeychainFaults::noSecretService_data()
{
    QTest::addColumn<bool>("busExists");
    QTest::newRow("a session bus without a Secret Service") << true;
    QTest::newRow("no session bus at all") << false;
}

void TestKeychainFaults::noSecretService()
{
    QFETCH(bool, busExists);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               busExists ? m_busAddress : QStringLiteral("unix:path=/nonexistent/quotadeck-bus"));
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), ++m_n);

    const Result add = run(
        withDir({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("a") }),
        key,
        env);
    QCOMPARE(add.exitCode, 1);
    checkOneLine(add, "No system keychain is available");
    QVERIFY2(add.err.contains("Start a Secret Service provider"), add.err.constData()); // the way forward
    const Result import = run(
        withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }), "b," + key + "\n", env);
    QCOMPARE(import.exitCode, 1);
    checkOneLine(import, "No system keychain");
    const Result list
        = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }), {}, env);
    QCOMPARE(list.exitCode, 0); // what needs no keychain still works
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0); // nothing half-added
    checkNoPlaintext(key);

    // With the Secret Service back, the same command works.
    QCOMPARE(
        run(withDir({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("a") }),
            key)
            .exitCode,
        0);
    checkNoPlaintext(key);
}

bool TestKeychainFaults::lockDefaultCollection(QString* error)
{
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               { QStringLiteral("--session"),
                 QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=org.freedesktop.secrets"),
                 QStringLiteral("/org/freedesktop/secrets"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default") });
    if (!lock.waitForFinished(10000) || lock.exitCode() != 0) {
        *error = QString::fromLocal8Bit(lock.readAllStandardError());
        return false;
    }
    return true;
}

bool TestKeychainFaults::unlockLoginCollection(QString* error)
{
    qDBusRegisterMetaType<SecretStruct>();
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage open = QDBusMessage::createMethodCall(service,
                                                       QStringLiteral("/org/freedesktop/secrets"),
                                                       QStringLiteral("org.freedesktop.Secret.Service"),
                                                       QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = bus.call(open, QDBus::Block, 10000);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2) {
        *error = QStringLiteral("OpenSession: ") + opened.errorMessage();
        return false;
    }
    const SecretStruct password {
        opened.arguments().at(1).value<QDBusObjectPath>(), {}, QByteArrayLiteral("test"), QStringLiteral("text/plain")
    };
    QDBusMessage unlock
        = QDBusMessage::createMethodCall(service,
                                         QStringLiteral("/org/freedesktop/secrets"),
                                         QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                         QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login")))
           << QVariant::fromValue(password);
    const QDBusMessage done = bus.call(unlock, QDBus::Block, 10000);
    if (done.type() != QDBusMessage::ReplyMessage) {
        *error = QStringLiteral("UnlockWithMasterPassword: ") + done.errorMessage();
        return false;
    }
    return true;
}

void TestKeychainFaults::lockedCollection()
{
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), ++m_n);
    QCOMPARE(
        run(withDir(
                { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("locked") }),
            key)
            .exitCode,
        0);
    QCOMPARE(run(withDir({ QStringLiteral("refresh") })).exitCode, 0);

    QString why;
    QVERIFY2(lockDefaultCollection(&why), qPrintable(why));
    // Nobody can answer the unlock prompt here (no display, no prompter): the request is refused.
    const Result refresh = run(withDir({ QStringLiteral("refresh") }));
    QCOMPARE(refresh.exitCode, 1);
    checkOneLine(refresh, "unlock");
    const Result add
        = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), TestKeys::make(QStringLiteral("ok"), ++m_n));
    QCOMPARE(add.exitCode, 1);
    checkOneLine(add, "unlock");
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    {
        RawDatabase raw(m_dir->databasePath());
        QCOMPARE(raw.count(QStringLiteral("keys")), 1);
        QCOMPARE(raw.count(QStringLiteral("refresh_runs")), 1);
    }
    checkNoPlaintext(key);

    // The way forward: unlock (here with the keyring's password over D-Bus, as the login screen does), try again.
    QVERIFY2(unlockLoginCollection(&why), qPrintable(why));
    const Result again = run(withDir({ QStringLiteral("refresh"), QStringLiteral("--force") }));
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

void TestKeychainFaults::dataKeyMissingWhileKeysAreSealed()
{
    const QByteArray a = TestKeys::make(QStringLiteral("ok"), ++m_n);
    const QByteArray b = TestKeys::make(QStringLiteral("ok"), ++m_n);
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }),
                 "a," + a + "\nb," + b + "\n")
                 .exitCode,
             0);
    QString storeId;
    {
        RawDatabase raw(m_dir->databasePath());
        storeId = raw.scalar(QStringLiteral("SELECT value FROM store_meta WHERE name = 'store_id'")).toString();
    }
    QVERIFY(!storeId.isEmpty());

    // The entry disappears (a keyring reset, another machine, a restored backup of the store only).
    SystemKeychain keychain(QStringLiteral("QuotaDeck"));
    bool removed = false;
    keychain.remove(Vault::entryName(storeId),
                    [&removed](Keychain::Result r) { removed = r.error == Keychain::Error::None; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);

    const Result refresh = run(withDir({ QStringLiteral("refresh") }));
    QCOMPARE(refresh.exitCode, 1);
    checkOneLine(refresh, "has no data key for this store");
    QVERIFY(refresh.err.contains("Restore that keychain entry"));
    QVERIFY(refresh.err.contains("remove the keys and enter them again"));
    // A new key must not quietly replace the lost one: that would orphan the sealed keys for good.
    const QByteArray c = TestKeys::make(QStringLiteral("ok"), ++m_n);
    const Result add = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), c);
    QCOMPARE(add.exitCode, 1);
    checkOneLine(add, "has no data key");
    {
        RawDatabase raw(m_dir->databasePath());
        QCOMPARE(raw.count(QStringLiteral("keys")), 2); // the sealed keys are kept, for a restore
    }
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }));
    QCOMPARE(list.exitCode, 0);

    // The other way forward: remove the keys and enter them again.
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("a") })).exitCode, 0);
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("b") })).exitCode, 0);
    const Result reentered = run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }),
                                 "a," + a + "\nb," + b + "\n");
    QVERIFY2(reentered.exitCode == 0, reentered.err.constData());
    const Result refreshed = run(withDir({ QStringLiteral("refresh") }));
    QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    checkNoPlaintext(a);
    checkNoPlaintext(b);
}

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
