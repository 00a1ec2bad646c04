// Settings round-trip through a real ini file; bad values fall back with a warning; sessions apply them.

#include "models/settings/Settings.h"
#include "tests/testsupport/OwnConnection.h"
#include "tests/testsupport/TempDataDir.h"
#include "tests/testsupport/TestSession.h"

#include <QFile>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileGivesDefaults();
    void roundTrip();
    void badValuesFallBackWithWarnings();
    void sessionAppliesFileAndOverrides();
    void databaseFromSettingsUnlessGiven();
};

void TestSettings::missingFileGivesDefaults()
{
    TempDataDir dir;
    QStringList warnings;
    const Settings s = Settings::load(Settings::fileIn(dir.path()), &warnings);
    QCOMPARE(s, Settings {});
    QVERIFY(warnings.isEmpty());
    QCOMPARE(s.rateLimitCalls, 10);
    QCOMPARE(s.rateLimitWindowSeconds, 600);
    QCOMPARE(s.concurrency, 64);
    QCOMPARE(s.cacheTtlSeconds, 60);
    QCOMPARE(s.lockWaitSeconds, 300);
    QCOMPARE(s.refreshPolicy().lockWaitSeconds, 300);
    QVERIFY(s.closeToTray);
}

void TestSettings::roundTrip()
{
    TempDataDir dir;
    Settings s;
    s.apiBase = QUrl(QStringLiteral("https://proxy.example.test/tavily"));
    s.concurrency = 200;
    s.http2 = false;
    s.cacheTtlSeconds = 120;
    s.lockWaitSeconds = 45;
    s.rateLimitCalls = 5;
    s.rateLimitWindowSeconds = 300;
    s.backoffBaseSeconds = 15;
    s.backoffCeilingSeconds = 900;
    s.autoRefreshMinutes = 15;
    s.lowThreshold = 0.25;
    s.forecastWarningShare = 0.7;
    s.forecastCriticalShare = 0.9;
    s.billingResetDay = 15;
    s.rawRetentionDays = 30;
    s.rollupMinutes = 30;
    s.closeToTray = false;
    QVERIFY(s.save(Settings::fileIn(dir.path())));
    QStringList warnings;
    QCOMPARE(Settings::load(Settings::fileIn(dir.path()), &warnings), s);
    QVERIFY(warnings.isEmpty());
    const RefreshPolicy policy = s.refreshPolicy();
    QCOMPARE(policy.rateLimit.calls, 5);
    QCOMPARE(policy.rateLimit.backoffCeilingSeconds, 900);
    QCOMPARE(policy.cacheTtlSeconds, 120);
    QCOMPARE(policy.lockWaitSeconds, 45);
}

void TestSettings::badValuesFallBackWithWarnings()
{
    TempDataDir dir;
    QFile file(Settings::fileIn(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[api]\nbase=ftp://nowhere\nconcurrency=9000\n[refresh]\nauto_refresh_minutes=7\ncache_ttl_seconds=abc\n"
               "rate_limit_calls=3\nlock_wait_seconds=-5\n[billing]\nreset_day=31\n[alerts]\nforecast_warning_share=0."
               "9\nforecast_critical_share=0.5\n");
    file.close();
    QStringList warnings;
    const Settings s = Settings::load(file.fileName(), &warnings);
    QCOMPARE(warnings.size(), 7);
    QVERIFY2(warnings.contains(
                 QStringLiteral("refresh/lock_wait_seconds must be a whole number from 0 to 86400; using 300")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(s.lockWaitSeconds, 300);
    QCOMPARE(s.billingResetDay, 1);
    QCOMPARE(s.forecastWarningShare, 0.80);
    QCOMPARE(s.apiBase, Settings {}.apiBase);
    QCOMPARE(s.concurrency, 64);
    QCOMPARE(s.autoRefreshMinutes, 0);
    QCOMPARE(s.cacheTtlSeconds, 60);
    QCOMPARE(s.rateLimitCalls, 3); // the good value is kept
}

void TestSettings::sessionAppliesFileAndOverrides()
{
    TestSession::Options options;
    options.concurrency = 7; // an override, like --concurrency
    TestSession t(options);
    Settings fromFile;
    fromFile.cacheTtlSeconds = 0;
    fromFile.concurrency = 100;
    QVERIFY(fromFile.save(Settings::fileIn(t.dataDir().path())));
    QVERIFY2(t.open(), qPrintable(t.error()));
    QCOMPARE(t.session()->settings().cacheTtlSeconds, 0);
    QCOMPARE(t.session()->client()->options().maxConcurrency, 7);
    QCOMPARE(t.session()->client()->options().apiBase, t.server()->baseUrl());
    QCOMPARE(t.engine()->policy().cacheTtlSeconds, 0);

    Settings changed = t.session()->settings();
    changed.rateLimitCalls = 2;
    QVERIFY(t.session()->applySettings(changed));
    QCOMPARE(t.engine()->policy().rateLimit.calls, 2);
    const Settings saved = Settings::load(Settings::fileIn(t.dataDir().path()));
    QCOMPARE(saved.rateLimitCalls, 2);
    // The overrides of this process (concurrency 7, the local server's URL) are not written to the file.
    QCOMPARE(saved.concurrency, 100);
    QCOMPARE(saved.apiBase, Settings {}.apiBase);
    QCOMPARE(t.session()->client()->options().maxConcurrency, 7);
}

void TestSettings::databaseFromSettingsUnlessGiven()
{
    // store/database names the store when --db is not given (a team's shared store for the window too).
    TempDataDir dir;
    TempDataDir elsewhere;
    Settings settings;
    settings.database = elsewhere.databasePath();
    QVERIFY(settings.save(Settings::fileIn(dir.path())));
    QCOMPARE(Settings::load(Settings::fileIn(dir.path())).database, elsewhere.databasePath());
    SessionConfig config;
    config.dataDir = dir.path();
    config.memoryKeychain = true;
    QString error;
    auto session = Session::create(config, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(ownConnection(*session)->location(), elsewhere.databasePath());
    // --db wins over the file.
    config.database = dir.filePath(QStringLiteral("given.sqlite"));
    auto given = Session::create(config, &error);
    QVERIFY2(given, qPrintable(error));
    QCOMPARE(ownConnection(*given)->location(), config.database);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
