// Key operations through the real vault (memory keychain) and a real SQLite store.

#include "TestKeys.h"
#include "TestSession.h"

#include <QTest>

class TestKeyManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addTrimsValidatesAndSeals();
    void addRefusesDuplicatesAndLabelClashes();
    void importReportsEachBadLine();
    void importTwiceImportsNothingNew();
    void importResolvesLabelClashes();
    void resolveRemoveEnable();
    void addNeedsAnOpenVault();
    void noKeyMaterialInTheDataDir();

private:
    std::unique_ptr<TestSession> m_t;
};

void TestKeyManager::init()
{
    TestSession::Options options;
    options.withServer = false;
    m_t = std::make_unique<TestSession>(options);
    QVERIFY2(m_t->open(), qPrintable(m_t->error()));
}

void TestKeyManager::cleanup()
{
    m_t.reset();
}

void TestKeyManager::addTrimsValidatesAndSeals()
{
    const QByteArray key = "tvly-dev-AbCdEf0123456789wxyz";
    const AddKeyOutcome ok = m_t->keys()->add(QStringLiteral("  search agent  "), SecureBytes(QByteArray("  " + key + "\n")));
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(ok.key.label, QStringLiteral("search agent"));
    QCOMPARE(ok.key.masked, QStringLiteral("tvly-dev-****wxyz"));
    QVERIFY(!ok.key.sealed.contains(key));
    // The sealed bytes open back to the trimmed key under this vault.
    const auto opened = m_t->session()->vault()->unseal(ok.key.sealed, ok.key.fingerprint);
    QVERIFY(opened);
    QCOMPARE(opened->view(), QByteArrayView(key));

    const AddKeyOutcome bad = m_t->keys()->add(QStringLiteral("x"), SecureBytes(QByteArray("sk-not-a-tavily-key-123")));
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QLatin1String("tvly-")), qPrintable(bad.error));
    QVERIFY(!bad.error.contains(QLatin1String("sk-not")));

    const AddKeyOutcome unlabelled = m_t->keys()->add({}, SecureBytes(QByteArray("tvly-prod-ZZZZyyyyXXXX1234")));
    QVERIFY2(unlabelled.ok, qPrintable(unlabelled.error));
    QCOMPARE(unlabelled.key.label, QStringLiteral("key 1234"));
}

void TestKeyManager::addRefusesDuplicatesAndLabelClashes()
{
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 1);
    QVERIFY(m_t->addKey(key, QStringLiteral("first")));
    const AddKeyOutcome again = m_t->keys()->add(QStringLiteral("second"), SecureBytes(key));
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QLatin1String("already stored as \"first\"")), qPrintable(again.error));
    const AddKeyOutcome clash = m_t->keys()->add(QStringLiteral("first"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 2)));
    QVERIFY(!clash.ok);
    QVERIFY2(clash.error.contains(QLatin1String("already used")), qPrintable(clash.error));
    QCOMPARE(m_t->store()->keys().size(), 1);
}

void TestKeyManager::importReportsEachBadLine()
{
    QByteArray text;
    QList<int> badLines;
    int line = 0;
    for (int i = 0; i < 25; ++i) {
        ++line;
        if (i % 5 == 4) {
            text += "label-" + QByteArray::number(i) + ",not-a-key-" + QByteArray::number(i) + "\n";
            badLines << line;
        } else {
            text += "label-" + QByteArray::number(i) + "," + TestKeys::make(QStringLiteral("ok"), 100 + i) + "\n";
        }
    }
    const ImportReport report = m_t->keys()->import(text);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.imported.size(), 20);
    QCOMPARE(report.rejected.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(report.rejected.at(i).line, badLines.at(i));
        QVERIFY(!report.rejected.at(i).reason.isEmpty());
    }
    QCOMPARE(m_t->store()->keys().size(), 20);
    QVERIFY(m_t->store()->keyByLabel(QStringLiteral("label-0")));
    QVERIFY(!m_t->store()->keyByLabel(QStringLiteral("label-4")));
}

void TestKeyManager::importTwiceImportsNothingNew()
{
    const QByteArray text = QByteArray("a,") + TestKeys::make(QStringLiteral("ok"), 1) + "\nb," + TestKeys::make(QStringLiteral("ok"), 2) + "\n";
    QCOMPARE(m_t->keys()->import(text).imported.size(), 2);
    const ImportReport again = m_t->keys()->import(text);
    QCOMPARE(again.imported.size(), 0);
    QCOMPARE(again.rejected.size(), 2);
    QCOMPARE(again.rejected.first().line, 1);
    QVERIFY2(again.rejected.first().reason.contains(QLatin1String("already stored")), qPrintable(again.rejected.first().reason));
    QCOMPARE(m_t->store()->keys().size(), 2);
}

void TestKeyManager::importResolvesLabelClashes()
{
    QVERIFY(m_t->addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("agent")));
    const QByteArray text = QByteArray("agent,") + TestKeys::make(QStringLiteral("ok"), 2) + "\nagent," + TestKeys::make(QStringLiteral("ok"), 3) + "\n";
    const ImportReport report = m_t->keys()->import(text);
    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(report.imported.at(0).label, QStringLiteral("agent (2)"));
    QCOMPARE(report.imported.at(1).label, QStringLiteral("agent (3)"));
}

void TestKeyManager::resolveRemoveEnable()
{
    const qint64 id = m_t->addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("alpha"));
    QVERIFY(id);
    QCOMPARE(m_t->keys()->resolve(QStringLiteral("alpha"))->id, id);
    QCOMPARE(m_t->keys()->resolve(QString::number(id))->id, id);
    QString error;
    QVERIFY(!m_t->keys()->resolve(QStringLiteral("nobody"), &error));
    QVERIFY(error.contains(QLatin1String("nobody")));
    QVERIFY(m_t->keys()->setEnabled(id, false));
    QCOMPARE(m_t->store()->key(id)->effectiveStatus(), KeyStatus::Disabled);
    QVERIFY(m_t->keys()->rename(id, QStringLiteral("beta")));
    QVERIFY(!m_t->keys()->rename(id, QString(300, QLatin1Char('x')), &error));
    QVERIFY(m_t->keys()->remove(id));
    QVERIFY(!m_t->store()->key(id));
    QVERIFY(!m_t->keys()->remove(id, &error));
}

void TestKeyManager::addNeedsAnOpenVault()
{
    m_t->session()->vault()->close();
    const AddKeyOutcome outcome = m_t->keys()->add(QStringLiteral("x"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 1)));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QLatin1String("keychain")), qPrintable(outcome.error));
    const ImportReport report = m_t->keys()->import(QByteArray("y," + TestKeys::make(QStringLiteral("ok"), 2)));
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(m_t->store()->keys().size(), 0);
}

void TestKeyManager::noKeyMaterialInTheDataDir()
{
    QList<QByteArray> keys;
    QByteArray text;
    for (int i = 0; i < 30; ++i) {
        keys << TestKeys::make(QStringLiteral("ok"), 500 + i);
        text += keys.last() + "\n";
    }
    QCOMPARE(m_t->keys()->import(text).imported.size(), 30);
    QVERIFY(m_t->addKey(TestKeys::make(QStringLiteral("ok"), 999), QStringLiteral("single")));
    keys << TestKeys::make(QStringLiteral("ok"), 999);
    for (const QByteArray& key : std::as_const(keys)) {
        QCOMPARE(m_t->dataDir().filesContaining(key), QStringList());
        // Not even the distinctive tail of a key beyond what the mask shows.
        QCOMPARE(m_t->dataDir().filesContaining(key.right(12)), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
