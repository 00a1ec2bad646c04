// Prints how long importing 1000 keys takes with the envelope design (one data key in the keychain, keys
// sealed in the store), against the naive design of one keychain entry per key.
//   bench_import [N]                      memory keychain only
//   tests/with-keyring.sh bench_import    also the real Secret Service (gnome-keyring)

#include "models/session/Session.h"
#include "models/vault/MemoryKeychain.h"
#include "models/vault/SystemKeychain.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestKeys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

namespace {

QByteArray keyList(int n)
{
    QByteArray text;
    for (int i = 0; i < n; ++i) {
        text += "agent-" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), i) + "\n";
    }
    return text;
}

// Opens a fresh store with the given keychain and imports n keys; returns ms from "open the vault" to
// "all keys committed", or -1.
qint64 envelopeImport(Keychain* keychain, int n, QString* error)
{
    TempDataDir dir;
    SessionConfig config;
    config.dataDir = dir.path();
    auto session = Session::create(config, error, keychain);
    if (!session) {
        return -1;
    }
    const QByteArray text = keyList(n);
    QElapsedTimer timer;
    timer.start();
    QSignalSpy ready(session.get(), &Session::vaultReady);
    QSignalSpy unavailable(session.get(), &Session::vaultUnavailable);
    session->openVault();
    while (ready.isEmpty() && unavailable.isEmpty() && timer.elapsed() < 20000) {
        QTest::qWait(1);
    }
    if (ready.isEmpty()) {
        *error = unavailable.isEmpty() ? QStringLiteral("vault timeout") : unavailable.first().first().toString();
        return -1;
    }
    // Through the store thread, as the window and the command line import.
    std::optional<ImportReport> answer;
    session->importKeys(text, [&answer](const ImportReport& report) { answer = report; });
    while (!answer && timer.elapsed() < 600000) {
        QTest::qWait(1);
    }
    const ImportReport report = answer.value_or(ImportReport {});
    const qint64 ms = timer.elapsed();
    if (report.imported.size() != n) {
        *error = QStringLiteral("imported %1 of %2: %3").arg(report.imported.size()).arg(n).arg(report.error);
        return -1;
    }
    // Clean up the real keychain entry this run created.
    keychain->remove(Vault::entryName(ownConnection(*session)->storeId()), [](Keychain::Result) {});
    QTest::qWait(50);
    return ms;
}

// The naive design: one keychain write per API key. Returns ms per write.
double perKeyWrites(Keychain* keychain, int n)
{
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    for (int i = 0; i < n; ++i) {
        keychain->write(QStringLiteral("bench-naive-%1").arg(i),
                        SecureBytes(TestKeys::make(QStringLiteral("ok"), i)),
                        [&done](Keychain::Result) { ++done; });
        while (done <= i) {
            QTest::qWait(0);
        }
    }
    const double perWrite = double(timer.elapsed()) / n;
    for (int i = 0; i < n; ++i) {
        keychain->remove(QStringLiteral("bench-naive-%1").arg(i), [](Keychain::Result) {});
    }
    QTest::qWait(200);
    return perWrite;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("quotadeck.*.info=false"));
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QString error;
    std::printf("bench_import: %d keys\n", n);

    MemoryKeychain memory;
    const qint64 memoryMs = envelopeImport(&memory, n, &error);
    std::printf("  envelope, memory keychain:        %6lld ms%s\n",
                memoryMs,
                memoryMs < 0 ? qPrintable(QStringLiteral("  (") + error + QLatin1Char(')')) : "");

    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::printf("  (no D-Bus session: run under tests/with-keyring.sh for the Secret Service figures)\n");
        return memoryMs < 0 ? 1 : 0;
    }
    SystemKeychain system(QStringLiteral("QuotaDeckBench"));
    const qint64 systemMs = envelopeImport(&system, n, &error);
    std::printf("  envelope, Secret Service:         %6lld ms  (target <= 3000 ms)%s\n",
                systemMs,
                systemMs < 0 ? qPrintable(QStringLiteral("  (") + error + QLatin1Char(')')) : "");
    // The naive design is measured on all n writes, not a sample scaled up (writes slow down as the
    // collection grows).
    const double perWrite = perKeyWrites(&system, n);
    std::printf("  naive, one Secret Service entry per key: %.1f ms per write -> %.1f s for %d keys (measured)\n",
                perWrite,
                perWrite * n / 1000.0,
                n);
    if (systemMs > 0) {
        std::printf("  envelope is %.0fx faster than one entry per key\n", perWrite * n / double(systemMs));
    }
    return (memoryMs < 0 || systemMs < 0) ? 1 : 0;
}
