// The vault against a real Secret Service (gnome-keyring in a private D-Bus session: CTest runs this through
// tests/with-keyring.sh), and without any: a child copy of this binary runs with an unreachable session bus
// and must end up unavailable with nothing written in plaintext. Entries go under a test-only service name
// and are removed at the end, so a run outside with-keyring.sh leaves the user's keyring as it was.
//
// A custom main() instead of QTEST_GUILESS_MAIN: the same binary is the child when
// QUOTADECK_VAULT_TEST_CHILD=no-backend is set.

#include "models/vault/SystemKeychain.h"
#include "models/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <optional>

namespace {
const QString testService = QStringLiteral("QuotaDeckTest");
const QByteArray apiKey = QByteArrayLiteral("tvly-dev-TESTabcdef0123456789");
// What the child tries to store directly: if any file under its HOME contains this, a plaintext fallback ran.
const QByteArray plaintextMarker = QByteArrayLiteral("tvly-dev-TESTplaintextMarker0123456789");
const char* childModeVariable = "QUOTADECK_VAULT_TEST_CHILD";
constexpr int keychainTimeoutMs = 30000; // the first call activates gnome-keyring-daemon

QString errorName(Keychain::Error error)
{
    switch (error) {
    case Keychain::Error::None:
        return QStringLiteral("None");
    case Keychain::Error::NotFound:
        return QStringLiteral("NotFound");
    case Keychain::Error::NoBackend:
        return QStringLiteral("NoBackend");
    case Keychain::Error::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Keychain::Error::Other:
        break;
    }
    return QStringLiteral("Other");
}

// Runs one keychain call and waits for its callback (a nested loop is fine in a test, never in the app).
template <typename Start> std::optional<Keychain::Result> await(Start start)
{
    auto result = std::make_shared<std::optional<Keychain::Result>>();
    start([result](Keychain::Result r) { *result = std::move(r); });
    QDeadlineTimer deadline(keychainTimeoutMs);
    while (!result->has_value() && !deadline.hasExpired())
        QTest::qWait(10);
    return std::move(*result);
}

void print(const QString& line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The child: opens a vault for a new store and writes a secret directly, with no reachable Secret Service.
int runNoBackendChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SystemKeychain keychain(testService);
    Vault vault(&keychain);
    int pending = 2;
    const auto done = [&] {
        if (--pending == 0)
            app.quit();
    };
    QObject::connect(&vault, &Vault::opened, &app, [&] {
        print(QStringLiteral("vault: opened"));
        done();
    });
    QObject::connect(&vault, &Vault::unavailable, &app, [&](const QString& message) {
        print(QStringLiteral("vault: unavailable"));
        print(QStringLiteral("vault-message: ") + message);
        done();
    });
    vault.open({ QStringLiteral("child-store"), {}, false });
    keychain.write(QStringLiteral("marker"), SecureBytes(QByteArrayView(plaintextMarker)), [&](Keychain::Result r) {
        print(QStringLiteral("write: ") + errorName(r.error));
        print(QStringLiteral("write-message: ") + r.message);
        done();
    });
    QTimer::singleShot(60000, &app, [&] {
        print(QStringLiteral("timeout"));
        app.exit(3);
    });
    return app.exec();
}

QString lineAfter(const QString& output, const QString& prefix)
{
    const auto lines = output.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}
} // namespace

class TstVaultSecretService : public QObject
{
    Q_OBJECT
private:
    QString newStoreId()
    {
        const QString id = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_createdEntries << Vault::entryName(id);
        return id;
    }

    // Opens a vault and waits; the signal's argument for unavailable, empty for opened.
    static std::optional<QString> openAndWait(Vault& vault, const Vault::Binding& binding)
    {
        QSignalSpy opened(&vault, &Vault::opened);
        QSignalSpy unavailable(&vault, &Vault::unavailable);
        vault.open(binding);
        QDeadlineTimer deadline(keychainTimeoutMs);
        while (opened.isEmpty() && unavailable.isEmpty() && !deadline.hasExpired())
            QTest::qWait(10);
        if (!opened.isEmpty())
            return QString();
        if (!unavailable.isEmpty())
            return unavailable.first().first().toString();
        return std::nullopt;
    }

    QStringList m_createdEntries;

private Q_SLOTS:
    void initTestCase()
    {
        SystemKeychain keychain(testService);
        const auto probe
            = await([&](Keychain::Callback cb) { keychain.read(QStringLiteral("does-not-exist"), std::move(cb)); });
        QVERIFY2(probe.has_value(), "the Secret Service did not answer");
        QVERIFY2(probe->error == Keychain::Error::NotFound,
                 qPrintable(QStringLiteral("no usable Secret Service (%1: %2); run this test through "
                                           "tests/with-keyring.sh, as ctest does")
                                .arg(errorName(probe->error), probe->message)));
    }

    void cleanupTestCase()
    {
        SystemKeychain keychain(testService);
        for (const QString& name : std::as_const(m_createdEntries))
            await([&](Keychain::Callback cb) { keychain.remove(name, std::move(cb)); });
    }

    void names()
    {
        SystemKeychain keychain;
        QCOMPARE(keychain.service(), QStringLiteral("QuotaDeck"));
        QCOMPARE(keychain.backendName(), QStringLiteral("Secret Service"));
        Vault vault(&keychain);
        QCOMPARE(vault.keychainBackend(), QStringLiteral("Secret Service"));
    }

    void createReopenUnseal()
    {
        const QString storeId = newStoreId();
        QByteArray check;
        QByteArray fingerprint;
        QByteArray sealed;
        {
            SystemKeychain keychain(testService);
            Vault vault(&keychain);
            const auto outcome = openAndWait(vault, { storeId, {}, false });
            QVERIFY2(outcome.has_value(), "no answer from the vault");
            QVERIFY2(outcome->isEmpty(), qPrintable(*outcome));
            QVERIFY(vault.isOpen());
            check = vault.check();
            QCOMPARE(check.size(), 32);
            fingerprint = vault.fingerprint(apiKey);
            sealed = vault.seal(SecureBytes(QByteArrayView(apiKey)), fingerprint);
            QVERIFY(!sealed.isEmpty());
        }

        // The entry really is in the Secret Service: a second, independent keychain object finds it.
        SystemKeychain second(testService);
        const auto entry = await([&](Keychain::Callback cb) { second.read(Vault::entryName(storeId), std::move(cb)); });
        QVERIFY(entry.has_value());
        QVERIFY2(entry->error == Keychain::Error::None, qPrintable(entry->message));
        QCOMPARE(entry->secret.size(), std::size_t(Vault::dataKeySize));
        QVERIFY(entry->message.isEmpty());

        // Another session: the same store reopens with its check and opens what was sealed before.
        SystemKeychain keychain(testService);
        Vault reopened(&keychain);
        const auto outcome = openAndWait(reopened, { storeId, check, true });
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->isEmpty(), qPrintable(*outcome));
        QCOMPARE(reopened.check(), check);
        QCOMPARE(reopened.fingerprint(apiKey), fingerprint);
        const auto opened = reopened.unseal(sealed, fingerprint);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->view(), QByteArrayView(apiKey));
    }

    void differentKeyInKeychainIsRefused()
    {
        const QString storeId = newStoreId();
        SystemKeychain keychain(testService);
        Vault vault(&keychain);
        const auto created = openAndWait(vault, { storeId, {}, false });
        QVERIFY(created.has_value() && created->isEmpty());
        const QByteArray check = vault.check();
        vault.close();

        const auto written = await([&](Keychain::Callback cb) {
            keychain.write(Vault::entryName(storeId), SecureBytes(QByteArray(32, '\x42')), std::move(cb));
        });
        QVERIFY(written.has_value());
        QCOMPARE(written->error, Keychain::Error::None);

        const auto outcome = openAndWait(vault, { storeId, check, true });
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->startsWith(QStringLiteral("The keychain holds a different data key for this store")),
                 qPrintable(*outcome));
        QCOMPARE(vault.state(), Vault::State::Unavailable);
    }

    void removeWorks()
    {
        const QString storeId = newStoreId();
        const QString name = Vault::entryName(storeId);
        SystemKeychain keychain(testService);
        QByteArray check;
        {
            Vault vault(&keychain);
            const auto outcome = openAndWait(vault, { storeId, {}, false });
            QVERIFY(outcome.has_value() && outcome->isEmpty());
            check = vault.check();
        }

        const auto removed = await([&](Keychain::Callback cb) { keychain.remove(name, std::move(cb)); });
        QVERIFY(removed.has_value());
        QVERIFY2(removed->error == Keychain::Error::None, qPrintable(removed->message));

        SystemKeychain other(testService);
        const auto read = await([&](Keychain::Callback cb) { other.read(name, std::move(cb)); });
        QVERIFY(read.has_value());
        QCOMPARE(errorName(read->error), errorName(Keychain::Error::NotFound));
        QVERIFY(read->secret.isEmpty());
        QCOMPARE(read->message, QStringLiteral("The Secret Service has no entry named \"%1\".").arg(name));

        // The store still has sealed keys: the vault must not quietly make a new data key.
        Vault vault(&other);
        const auto outcome = openAndWait(vault, { storeId, check, true });
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->startsWith(QStringLiteral("The keychain has no data key for this store")),
                 qPrintable(*outcome));
        const auto stillGone = await([&](Keychain::Callback cb) { other.read(name, std::move(cb)); });
        QVERIFY(stillGone.has_value());
        QCOMPARE(errorName(stillGone->error), errorName(Keychain::Error::NotFound));
    }

    void noBackendWithoutSessionBus_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("socket that does not exist") << QStringLiteral("unix:path=/nonexistent");
        QTest::newRow("no session bus address") << QString();
    }

    void noBackendWithoutSessionBus()
    {
        QFETCH(QString, busAddress);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString runtimeDir = home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtimeDir));
        QVERIFY(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childModeVariable), QStringLiteral("no-backend"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir); // holds no "bus" socket
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForFinished(90000), "the child did not finish");
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const QString errors = QString::fromUtf8(child.readAllStandardError());
        const QString report = QStringLiteral("stdout:\n%1\nstderr:\n%2").arg(output, errors);
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(report));

        QVERIFY2(output.contains(QStringLiteral("vault: unavailable\n")), qPrintable(report));
        const QString message = lineAfter(output, QStringLiteral("vault-message: "));
        QVERIFY2(message.startsWith(QStringLiteral("No system keychain is available (no Secret Service on D-Bus): "
                                                   "QuotaDeck will not store keys without one.")),
                 qPrintable(report));
        QCOMPARE(lineAfter(output, QStringLiteral("write: ")), QStringLiteral("NoBackend"));
        QCOMPARE(lineAfter(output, QStringLiteral("write-message: ")),
                 QStringLiteral("No system keychain is available (no Secret Service on D-Bus)."));

        // Nothing landed in a file instead: no QSettings fallback (QtKeychain's plaintext store) and no file
        // holding the secret anywhere under the child's HOME and XDG directories.
        QStringList files;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        for (const QString& path : std::as_const(files)) {
            QVERIFY2(!path.endsWith(QStringLiteral(".ini")) && !path.endsWith(QStringLiteral(".conf")),
                     qPrintable(QStringLiteral("settings file written: ") + path));
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(plaintextMarker) && !content.contains(plaintextMarker.toBase64()),
                         qPrintable(QStringLiteral("secret found in ") + path));
            }
        }
        if (!files.isEmpty())
            qInfo() << "Files the child left:" << files;
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariable(childModeVariable) == QLatin1String("no-backend"))
        return runNoBackendChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstVaultSecretService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_vault_secretservice.moc"
