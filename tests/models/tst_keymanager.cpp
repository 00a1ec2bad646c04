// Key operations through the real vault (memory keychain) and a real SQLite store.

#include "models/store/KeyRepository.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/RawDatabase.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestKeyManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addTrimsValidatesAndSeals();
    void addRefusesDuplicatesAndLabelClashes();
    void projectsOnAddImportAndSet();
    void importReportsEachBadLine();
    void importTwiceImportsNothingNew();
    void importResolvesLabelClashes();
    void resolveRemoveEnable();
    void addNeedsAnOpenVault();
    void noKeyMaterialInTheDataDir();
    void keyLikeLabelsAreRefused();
    void keyLikeLabelInTheStoreIsReplacedOnOpen();
    void twoFirstOpensAtOnceShareOneDataKey();

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
    const AddKeyOutcome ok
        = m_t->keys()->add(QStringLiteral("  search agent  "), SecureBytes(QByteArray("  " + key + "\n")));
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
    const AddKeyOutcome clash
        = m_t->keys()->add(QStringLiteral("first"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 2)));
    QVERIFY(!clash.ok);
    QVERIFY2(clash.error.contains(QLatin1String("already used")), qPrintable(clash.error));
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 1);
}

void TestKeyManager::projectsOnAddImportAndSet()
{
    const std::unique_ptr<KeyManager> keys = m_t->keys();
    const AddKeyOutcome added = keys->add(
        QStringLiteral("a"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 41)), QStringLiteral(" ops "));
    QVERIFY2(added.ok, qPrintable(added.error));
    QCOMPARE(KeyRepository(*m_t->store()).byId(added.key.id)->project, QStringLiteral("ops"));

    // The label's check, with the project's words: nothing stored when it fails.
    const QString tooLong(KeyImportParser::kMaxLabelLength + 1, QLatin1Char('p'));
    const QList<std::pair<QString, const char*>> refused {
        { tooLong, "longer than" },
        { QStringLiteral("ops\tteam"), "control characters" },
        { QStringLiteral("for ") + QString::fromLatin1(TestKeys::lookalike(42)), "looks like an API key" },
    };
    for (const auto& [project, why] : refused) {
        QCOMPARE(KeyManager::validateProject(project).isEmpty(), false);
        QCOMPARE(KeyManager::validateLabel(project).isEmpty(), false); // the very same check
        const AddKeyOutcome no
            = keys->add(QStringLiteral("b"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 43)), project);
        QVERIFY(!no.ok);
        QVERIFY2(no.error.contains(QLatin1String(why)) && no.error.contains(QLatin1String("project")),
                 qPrintable(no.error));
        QVERIFY(!no.error.contains(QString::fromLatin1(TestKeys::lookalike(42).mid(9))));
        const ImportReport none = keys->import(QByteArray(TestKeys::make(QStringLiteral("ok"), 44) + "\n"), project);
        QVERIFY(none.imported.isEmpty());
        QVERIFY(none.error.contains(QLatin1String(why)));
    }
    QVERIFY(KeyManager::validateProject(QString()).isEmpty()); // no project is fine
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 1);

    const ImportReport imported = keys->import(QByteArray("x," + TestKeys::make(QStringLiteral("ok"), 45) + "\n"
                                                          + TestKeys::make(QStringLiteral("ok"), 46) + "\n"),
                                               QStringLiteral("research ✓"));
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.imported.size(), 2);
    for (const KeyRecord& key : imported.imported) {
        QCOMPARE(KeyRepository(*m_t->store()).byId(key.id)->project, QStringLiteral("research ✓"));
    }

    QString error;
    QVERIFY(keys->setProject(added.key.id, QStringLiteral("  billing "), &error));
    QCOMPARE(KeyRepository(*m_t->store()).byId(added.key.id)->project, QStringLiteral("billing"));
    QVERIFY(!keys->setProject(added.key.id, QStringLiteral("a\nb"), &error));
    QVERIFY(error.contains(QLatin1String("control characters")));
    QCOMPARE(KeyRepository(*m_t->store()).byId(added.key.id)->project, QStringLiteral("billing"));
    QVERIFY(keys->setProject(added.key.id, QStringLiteral("   "), &error)); // blank clears it
    QVERIFY(KeyRepository(*m_t->store()).byId(added.key.id)->project.isEmpty());
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
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 20);
    QVERIFY(KeyRepository(*m_t->store()).byLabel(QStringLiteral("label-0")));
    QVERIFY(!KeyRepository(*m_t->store()).byLabel(QStringLiteral("label-4")));
}

void TestKeyManager::importTwiceImportsNothingNew()
{
    const QByteArray text = QByteArray("a,") + TestKeys::make(QStringLiteral("ok"), 1) + "\nb,"
        + TestKeys::make(QStringLiteral("ok"), 2) + "\n";
    QCOMPARE(m_t->keys()->import(text).imported.size(), 2);
    const ImportReport again = m_t->keys()->import(text);
    QCOMPARE(again.imported.size(), 0);
    QCOMPARE(again.rejected.size(), 2);
    QCOMPARE(again.rejected.first().line, 1);
    QVERIFY2(again.rejected.first().reason.contains(QLatin1String("already stored")),
             qPrintable(again.rejected.first().reason));
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 2);
}

void TestKeyManager::importResolvesLabelClashes()
{
    QVERIFY(m_t->addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("agent")));
    const QByteArray text = QByteArray("agent,") + TestKeys::make(QStringLiteral("ok"), 2) + "\nagent,"
        + TestKeys::make(QStringLiteral("ok"), 3) + "\n";
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
    QCOMPARE(KeyRepository(*m_t->store()).byId(id)->effectiveStatus(), KeyStatus::Disabled);
    QVERIFY(m_t->keys()->rename(id, QStringLiteral("beta")));
    QVERIFY(!m_t->keys()->rename(id, QString(300, QLatin1Char('x')), &error));
    QVERIFY(m_t->keys()->remove(id));
    QVERIFY(!KeyRepository(*m_t->store()).byId(id));
    QVERIFY(!m_t->keys()->remove(id, &error));
}

void TestKeyManager::addNeedsAnOpenVault()
{
    m_t->session()->vault()->close();
    const AddKeyOutcome outcome
        = m_t->keys()->add(QStringLiteral("x"), SecureBytes(TestKeys::make(QStringLiteral("ok"), 1)));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QLatin1String("keychain")), qPrintable(outcome.error));
    const ImportReport report = m_t->keys()->import(QByteArray("y," + TestKeys::make(QStringLiteral("ok"), 2)));
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 0);
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

void TestKeyManager::keyLikeLabelsAreRefused()
{
    const QByteArray other = TestKeys::lookalike(7);
    const QString keyLike = QString::fromLatin1(other);
    const AddKeyOutcome added
        = m_t->keys()->add(QStringLiteral("mine ") + keyLike, SecureBytes(TestKeys::make(QStringLiteral("ok"), 1)));
    QVERIFY(!added.ok);
    QVERIFY2(added.error.contains(QLatin1String("looks like an API key")), qPrintable(added.error));
    QVERIFY(!added.error.contains(QLatin1String("LkAlIkE")));
    QCOMPARE(KeyRepository(*m_t->store()).all().size(), 0);

    const qint64 id = m_t->addKey(TestKeys::make(QStringLiteral("ok"), 2), QStringLiteral("alpha"));
    QVERIFY(id);
    QString error;
    QVERIFY(!m_t->keys()->rename(id, keyLike.toLower(), &error));
    QVERIFY2(error.contains(QLatin1String("looks like an API key")), qPrintable(error));
    QCOMPARE(KeyRepository(*m_t->store()).byId(id)->label, QStringLiteral("alpha"));
    // The prefix alone, or a word after it, is a label like any other.
    QVERIFY2(m_t->keys()->rename(id, QStringLiteral("tvly-dev-pool"), &error), qPrintable(error));

    const ImportReport report
        = m_t->keys()->import(QByteArray(other + "," + TestKeys::make(QStringLiteral("ok"), 3) + "\nbeta,"
                                         + TestKeys::make(QStringLiteral("ok"), 4) + "\n"));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 1);
    QCOMPARE(m_t->dataDir().filesContaining(other.mid(9)), QStringList());
}

void TestKeyManager::keyLikeLabelInTheStoreIsReplacedOnOpen()
{
    const qint64 first = m_t->addKey(TestKeys::make(QStringLiteral("ok"), 1), QStringLiteral("first"));
    const qint64 second = m_t->addKey(TestKeys::make(QStringLiteral("ok"), 2), QStringLiteral("second"));
    QVERIFY(first && second);
    const QString path = m_t->dataDir().databasePath();
    const QByteArray lookalike = TestKeys::lookalike(9);
    {
        // As an older QuotaDeck let it in: a label that holds key text.
        RawDatabase raw(path);
        QSqlQuery update(raw.db());
        update.prepare(QStringLiteral("UPDATE keys SET label = ? WHERE id = ?"));
        update.addBindValue(QString(QStringLiteral("copied ") + QString::fromLatin1(lookalike).toUpper()));
        update.addBindValue(second);
        QVERIFY(update.exec());
    }
    SessionConfig config;
    config.dataDir = m_t->dataDir().path();
    config.database = path;
    config.memoryKeychain = true;
    QString error;
    std::unique_ptr<Session> reopened = Session::create(config, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(KeyRepository(*ownConnection(*reopened)).byId(first)->label, QStringLiteral("first"));
    QCOMPARE(KeyRepository(*ownConnection(*reopened)).byId(second)->label, QStringLiteral("key %1").arg(second));
    reopened.reset();
    QCOMPARE(m_t->dataDir().filesContaining(lookalike.mid(9).toUpper()), QStringList());
}

void TestKeyManager::twoFirstOpensAtOnceShareOneDataKey()
{
    // Two sessions (two processes' worth) open one new store through one keychain in the same moment: both
    // find no data key (the keychain answers from the event loop, so neither has written when the other
    // reads). One data key must come out of it, and every key either adds must open afterwards.
    TempDataDir dir;
    MemoryKeychain keychain;
    std::unique_ptr<Session> sessions[2];
    for (auto& session : sessions) {
        SessionConfig config;
        config.dataDir = dir.path();
        config.database = dir.databasePath();
        QString error;
        session = Session::create(config, &error, &keychain);
        QVERIFY2(session, qPrintable(error));
    }
    QSignalSpy ready0(sessions[0].get(), &Session::vaultReady);
    QSignalSpy ready1(sessions[1].get(), &Session::vaultReady);
    sessions[0]->openVault();
    sessions[1]->openVault();
    QVERIFY(QTest::qWaitFor([&] { return !ready0.isEmpty() && !ready1.isEmpty(); }, 20000));
    // Added the way the window and the command line add: on each session's store thread.
    const auto add = [](Session* session, const QString& label, const QByteArray& key) {
        std::optional<AddKeyOutcome> answer;
        session->addKey(label, SecureBytes(key), [&answer](const AddKeyOutcome& outcome) { answer = outcome; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
        return answer.value_or(AddKeyOutcome {});
    };
    QVERIFY(add(sessions[0].get(), QStringLiteral("first"), TestKeys::make(QStringLiteral("ok"), 1)).ok);
    QVERIFY(add(sessions[1].get(), QStringLiteral("second"), TestKeys::make(QStringLiteral("ok"), 2)).ok);
    QCOMPARE(sessions[0]->vault()->check(), sessions[1]->vault()->check());
    QCOMPARE(keychain.writeCount(), 1); // only the winner wrote the keychain entry

    // A later start reads the one entry; both keys open under it.
    SessionConfig config;
    config.dataDir = dir.path();
    config.database = dir.databasePath();
    QString error;
    std::unique_ptr<Session> later = Session::create(config, &error, &keychain);
    QVERIFY2(later, qPrintable(error));
    QSignalSpy ready(later.get(), &Session::vaultReady);
    later->openVault();
    QVERIFY(ready.wait(10000));
    const QList<KeyRecord> stored = KeyRepository(*ownConnection(*later)).all();
    QCOMPARE(stored.size(), 2);
    for (const KeyRecord& record : stored) {
        QVERIFY2(later->vault()->unseal(record.sealed, record.fingerprint), qPrintable(record.label));
    }
}

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
