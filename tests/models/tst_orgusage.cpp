// Organisation usage end to end: a real Session, the local usage server answering POST /org-usage, a real
// store (SQLite, or PostgreSQL under QUOTADECK_TEST_DB) and the owner key sealed by the real vault. A run
// asks the organisation once for the keys it can answer (those with an earlier /usage answer) and each
// other key on its own; entries are matched by kind and last four characters, ambiguous ones stay unmatched,
// and keys the organisation names that this store does not hold are kept as "not managed here". A refusal
// (not the owner, not enterprise) is remembered and not asked again; a server error falls back per key and is
// asked again next run. A key's own status never comes from the organisation's failure.

#include "models/refresh/OrgUsagePath.h"
#include "models/reports/CsvWriter.h"
#include "models/reports/JsonWriter.h"
#include "models/reports/ReportData.h"
#include "models/store/OrgStore.h"
#include "models/tavily/OrgUsageParser.h"
#include "tests/testsupport/TestSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

namespace {
const QByteArray kOwner = "tvly-sim-ok-owner-0000ownr";

TestSession::Options orgServer(const QString& name = QStringLiteral("Acme"))
{
    TestSession::Options options;
    options.server.timeScale = 0; // figures stand still: one run's answers agree
    options.server.rateLimitCalls = 0;
    options.server.organization = name;
    options.server.organizationOwnerKey = kOwner;
    options.server.organizationAccounts = { QStringLiteral("acme") };
    return options;
}

// Adds a key here and to the server (with its own usage, so figures given to the wrong key would show).
qint64 addKey(TestSession& test, const QByteArray& key, const QString& label, qint64 usage = 100)
{
    Scenario scenario = *Scenario::fromConventionalKey(key);
    scenario.baseUsage = usage;
    test.server()->setKey(key, scenario);
    return test.addKey(key, label);
}

std::optional<OrgRecord> org(TestSession& test)
{
    QString error;
    return OrgStore(*test.store()).load(&error);
}

bool setOrg(TestSession& test, const QString& name, const QByteArray& key)
{
    bool ok = false;
    bool answered = false;
    test.session()->setOrganization(name, SecureBytes(key), [&](const OrgSetOutcome& outcome) {
        ok = outcome.ok;
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 10000) && ok;
}

int eventsFrom(TestSession& test, LookupSource source)
{
    QSqlQuery query(QSqlDatabase::database(test.store()->connectionName()));
    query.exec(QStringLiteral("SELECT count(*) FROM lookup_events WHERE source = %1").arg(int(source)));
    return query.next() ? query.value(0).toInt() : -1;
}

RunSummary forced(TestSession& test)
{
    RefreshOptions force;
    force.force = true;
    return test.refresh(force);
}
} // namespace

class TestOrgUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneCallAnswersTheOrganisationsKeys();
    void aRefusalIsRememberedAndEveryKeyAskedOnItsOwn();
    void aServerErrorFallsBackAndIsAskedAgain();
    void ambiguousEntriesStayUnmatched();
    void aKeyScopedToAProjectIsAskedOnItsOwn();
    void theParserKeepsOnlyMaskedKeys();
};

void TestOrgUsage::oneCallAnswersTheOrganisationsKeys()
{
    TestSession test(orgServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 a = addKey(test, "tvly-sim-ok-acme-0000aaaa", QStringLiteral("a"), 111);
    const qint64 b = addKey(test, "tvly-sim-ok-acme-0000bbbb", QStringLiteral("b"), 222);
    const qint64 c = addKey(test, "tvly-sim-nolimit-acme-0000cccc", QStringLiteral("c"), 333);
    const qint64 solo = addKey(test, "tvly-sim-ok-solo-0000dddd", QStringLiteral("solo"));
    QVERIFY(a > 0 && b > 0 && c > 0 && solo > 0);
    // A key of the organisation that this store does not hold, and the owner's own.
    test.server()->setKey("tvly-sim-ok-acme-0000eeee", *Scenario::fromConventionalKey("tvly-sim-ok-acme-0000eeee"));
    test.server()->setKey(kOwner, *Scenario::fromConventionalKey(kOwner));
    QVERIFY(setOrg(test, QStringLiteral("Acme"), kOwner));

    // The first run has no earlier answers to complete the organisation's with: every key on its own.
    RunSummary first = forced(test);
    QVERIFY(first.committed());
    QCOMPARE(first.organizationCalls, 0);
    QCOMPARE(first.network, 4);

    test.server()->resetStats();
    RunSummary second = forced(test);
    QVERIFY(second.committed());
    QCOMPARE(second.organizationCalls, 1);
    QCOMPARE(second.organization, 3);
    QCOMPARE(second.network, 1); // solo is not the organisation's: asked on its own once the answer is in
    QVERIFY2(second.organizationNote.contains(QStringLiteral("1 key")), qPrintable(second.organizationNote));
    QCOMPARE(test.server()->stats().orgRequests, 1);
    QCOMPARE(test.server()->stats().requests, 1); // one /usage call instead of four
    QCOMPARE(second.run.succeeded, 4);
    // Known now not to be the organisation's, solo no longer waits for its answer.
    RunSummary third = forced(test);
    QCOMPARE(third.organization, 3);
    QCOMPARE(third.network, 1);
    QVERIFY2(third.organizationNote.isEmpty(), qPrintable(third.organizationNote));

    // The figures are the server's, with the limits of the earlier /usage answers.
    QCOMPARE(test.session()->key(a)->status, KeyStatus::Ok);
    QCOMPARE(test.session()->key(a)->keyUsage, 111);
    QCOMPARE(test.session()->key(b)->keyUsage, 222);
    QCOMPARE(test.session()->key(c)->keyUsage, 333);
    QVERIFY(test.session()->key(a)->keyLimit.has_value());
    QVERIFY(!test.session()->key(c)->keyLimit.has_value());
    // The organisation's credits are the account's: the sum of its keys, the one it does not manage here too.
    QCOMPARE(test.session()->key(a)->planUsage, 111 + 222 + 333 + 100);
    QCOMPARE(eventsFrom(test, LookupSource::Organization), 6); // three keys, two runs

    const std::optional<OrgRecord> stored = org(test);
    QVERIFY(stored);
    QCOMPARE(stored->answeredKeys, 3);
    QCOMPARE(stored->refusedStatus, 0);
    QVERIFY(stored->unmatched.isEmpty());
    QCOMPARE(stored->unmanaged.size(), 1);
    QCOMPARE(stored->unmanaged.first().masked, QStringLiteral("tvly-****eeee"));
    const QString text = OrgUsagePath::statusLines(*stored).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("tvly-****eeee")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("0000eeee")), qPrintable(text)); // never more than the masked form

    // The reports say which path each run took and which keys are not managed here.
    const ReportData report
        = ReportData::gather(test.store(),
                             test.session()->settings(),
                             ReportPeriod::preset(ReportPeriod::Preset::Day, QDateTime::currentDateTimeUtc(), 1),
                             QDateTime::currentDateTimeUtc());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const ReportTable runs = report.table(ReportTableKind::Runs);
    QCOMPARE(runs.columns.last().name, QStringLiteral("by_organization"));
    QCOMPARE(runs.rows.size(), 3);
    QList<qint64> byOrg;
    for (const QVariantList& row : runs.rows) {
        byOrg << row.last().toLongLong();
    }
    QCOMPARE(byOrg, (QList<qint64> { 0, 3, 3 }));
    const QJsonObject json = JsonWriter::toJson(report);
    const QJsonObject orgJson = json.value(QStringLiteral("organization")).toObject();
    QCOMPARE(orgJson.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(orgJson.value(QStringLiteral("answered_keys")).toInt(), 3);
    const QJsonArray notHere = orgJson.value(QStringLiteral("not_managed_here")).toArray();
    QCOMPARE(notHere.size(), 1);
    QCOMPARE(notHere.first().toObject().value(QStringLiteral("masked")).toString(), QStringLiteral("tvly-****eeee"));
    QCOMPARE(notHere.first().toObject().value(QStringLiteral("credits")).toInt(), 100);
    QVERIFY(!orgJson.contains(QStringLiteral("sealed")) && !orgJson.contains(QStringLiteral("fingerprint")));
    QHash<QString, QString> summary;
    for (const QVariantList& row : report.csvTable(ReportTableKind::Summary).rows) {
        summary.insert(row.value(0).toString(), row.value(1).toString());
    }
    QCOMPARE(summary.value(QStringLiteral("organization")), QStringLiteral("Acme"));
    QCOMPARE(summary.value(QStringLiteral("organization_not_managed_here")), QStringLiteral("1"));
    QCOMPARE(summary.value(QStringLiteral("organization_not_managed_keys")),
             QStringLiteral("tvly-****eeee (100 credits)"));
    const QByteArray everything = JsonWriter::toBytes(report) + CsvWriter::toBytes(runs);
    QVERIFY(!everything.contains("0000eeee") && !everything.contains(kOwner));
}

void TestOrgUsage::aRefusalIsRememberedAndEveryKeyAskedOnItsOwn()
{
    TestSession test(orgServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 a = addKey(test, "tvly-sim-ok-acme-0000aaaa", QStringLiteral("a"));
    QVERIFY(a > 0);
    // A member's key, not the owner's personal one: 403.
    QVERIFY(setOrg(test, QStringLiteral("Acme"), "tvly-sim-ok-acme-0000aaaa"));
    QVERIFY(forced(test).committed());

    test.server()->resetStats();
    RunSummary refused = forced(test);
    QVERIFY(refused.committed());
    QCOMPARE(refused.organizationCalls, 1);
    QCOMPARE(refused.organization, 0);
    QCOMPARE(refused.network, 1);
    QVERIFY2(refused.organizationNote.contains(QStringLiteral("owner")), qPrintable(refused.organizationNote));
    QCOMPARE(test.session()->key(a)->status, KeyStatus::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(org(test)->refusedStatus, 403, 5000);

    test.server()->resetStats();
    RunSummary after = forced(test);
    QCOMPARE(after.organizationCalls, 0);
    QCOMPARE(test.server()->stats().orgRequests, 0);
    QVERIFY2(after.organizationNote.contains(QStringLiteral("403")), qPrintable(after.organizationNote));

    // Setting it up again (the owner's key this time) asks again.
    test.server()->setKey(kOwner, *Scenario::fromConventionalKey(kOwner));
    QVERIFY(setOrg(test, QStringLiteral("Acme"), kOwner));
    RunSummary again = forced(test);
    QCOMPARE(again.organizationCalls, 1);
    QCOMPARE(again.organization, 1);
}

void TestOrgUsage::aServerErrorFallsBackAndIsAskedAgain()
{
    const QByteArray failingOwner = "tvly-sim-error-owner-0000ownr";
    TestSession::Options options = orgServer();
    options.server.organizationOwnerKey = failingOwner;
    TestSession test(options);
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 a = addKey(test, "tvly-sim-ok-acme-0000aaaa", QStringLiteral("a"));
    QVERIFY(a > 0);
    test.server()->setKey(failingOwner, *Scenario::fromConventionalKey(failingOwner));
    QVERIFY(setOrg(test, QStringLiteral("Acme"), failingOwner));
    QVERIFY(forced(test).committed());
    for (int run = 0; run < 2; ++run) {
        RunSummary summary = forced(test);
        QVERIFY(summary.committed());
        QCOMPARE(summary.organizationCalls, 1); // asked again: a server error may pass
        QCOMPARE(summary.organization, 0);
        QCOMPARE(summary.network, 1);
        QCOMPARE(test.session()->key(a)->status, KeyStatus::Ok);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!org(test)->lastError.isEmpty(), 5000);
    QCOMPARE(org(test)->refusedStatus, 0);
}

// /org-usage reports a key's whole usage; a key with a project reports the project's share through /usage.
void TestOrgUsage::aKeyScopedToAProjectIsAskedOnItsOwn()
{
    TestSession test(orgServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    const qint64 a = addKey(test, "tvly-sim-ok-acme-0000aaaa", QStringLiteral("a"), 400);
    const qint64 b = addKey(test, "tvly-sim-ok-acme-0000bbbb", QStringLiteral("b"), 400);
    QVERIFY(a > 0 && b > 0);
    bool scoped = false;
    test.session()->setKeyProject(
        b, QStringLiteral("research"), [&scoped](const auto& key, const QString&) { scoped = key.has_value(); });
    QTRY_VERIFY(scoped);
    test.server()->setKey(kOwner, *Scenario::fromConventionalKey(kOwner));
    QVERIFY(setOrg(test, QStringLiteral("Acme"), kOwner));
    QVERIFY(forced(test).committed()); // first answers, each key on its own

    const RunSummary second = forced(test);
    QVERIFY(second.committed());
    QCOMPARE(second.organizationCalls, 1);
    QCOMPARE(second.organization, 1); // a only
    QCOMPARE(second.network, 1); // b, with its X-Project-ID
    const qint64 share = qint64(std::floor(400 * UsageServer::projectShare("research")));
    QCOMPARE(test.session()->key(b)->keyUsage, share);
    QCOMPARE(test.session()->key(a)->keyUsage, 400);
}

void TestOrgUsage::ambiguousEntriesStayUnmatched()
{
    TestSession test(orgServer());
    QVERIFY2(test.open(), qPrintable(test.error()));
    // Two keys of one kind ending alike: the organisation's masked forms cannot tell them apart.
    const qint64 a = addKey(test, "tvly-sim-ok-acme-1111abcd", QStringLiteral("a"));
    const qint64 b = addKey(test, "tvly-sim-ok-acme-2222abcd", QStringLiteral("b"));
    const qint64 c = addKey(test, "tvly-sim-ok-acme-0000cccc", QStringLiteral("c"));
    QVERIFY(a > 0 && b > 0 && c > 0);
    test.server()->setKey(kOwner, *Scenario::fromConventionalKey(kOwner));
    QVERIFY(setOrg(test, QStringLiteral("Acme"), kOwner));
    QVERIFY(forced(test).committed());
    RunSummary summary = forced(test);
    QCOMPARE(summary.organization, 1);
    QCOMPARE(summary.network, 2);
    QVERIFY2(summary.organizationNote.contains(QStringLiteral("2")), qPrintable(summary.organizationNote));
    QTRY_COMPARE_WITH_TIMEOUT(org(test)->unmatched.size(), 2, 5000);
    QCOMPARE(org(test)->unmatched, (QStringList { QStringLiteral("tvly-****abcd"), QStringLiteral("tvly-****abcd") }));
}

void TestOrgUsage::theParserKeepsOnlyMaskedKeys()
{
    QString why;
    QVERIFY(!OrgUsageParser::parse("not json", &why));
    QVERIFY(why.contains(QStringLiteral("JSON")));
    QVERIFY(!OrgUsageParser::parse(R"({"organization_name": "x"})", &why));
    QVERIFY(why.contains(QStringLiteral("keys")));
    // A server that sent a whole key has it cut down to the masked form; an entry without one is skipped.
    const std::optional<OrgUsageAnswer> answer = OrgUsageParser::parse(
        R"({"keys": [{"api_key": "tvly-dev-madeupmadeup1234", "credits": 12, "limit": 2147483647},
                     {"credits": 3}, {"masked_key": "tvly-prod-****Zz9x", "credits_used": 5.0}]})",
        &why);
    QVERIFY2(answer, qPrintable(why));
    QCOMPARE(answer->entries.size(), 2);
    QCOMPARE(answer->skipped, 1);
    QCOMPARE(answer->entries.at(0).masked, QStringLiteral("tvly-dev-****1234"));
    QVERIFY(!answer->entries.at(0).limit); // 2147483647: no limit
    QCOMPARE(answer->entries.at(1).lastFour, QStringLiteral("Zz9x"));
    QCOMPARE(answer->totalCredits, 17);
}

QTEST_GUILESS_MAIN(TestOrgUsage)
#include "tst_orgusage.moc"
