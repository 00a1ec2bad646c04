// The command-line contract (DESIGN.md) through the real executable: QProcess runs `quotadeck` against the
// real `quotadeck-sim` process, with a real Secret Service (this test runs under tests/with-keyring.sh).

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
#include <QTest>

using Result = CliResult;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void versionAndHelp();
    void badUsage_data();
    void badUsage();
    void missingArgumentSaysPrefixOnce_data();
    void missingArgumentSaysPrefixOnce();
    void addListDisableEnableRemove();
    void rotateReplacesAKeyFromStandardInput();
    void importReportsEachBadLine();
    void importFromStandardInput();
    void refreshGivesEachKeyItsOwnStatus();
    void refreshOfHealthyKeysExitsZero();
    void unreachableServerIsAnErrorPerKey();
    void noKeychainMeansClearErrorButListingWorks();
    void newerDatabaseIsRefused();
    void forecastOnAMonthOfHistory();
    void interruptedRefreshKeepsWhatArrived();
    void accountsOfAStoreOnlyTheCommandLineRefreshes();
    void keyLikeLabelsAreRefused();
    void projectsScopeLookupsAndReports();
    void organizationFromTheCommandLine();
    void keyLikeLabelInAnOlderStoreIsReplacedOnce();
    void noKeyMaterialAnywhere();

private:
    Result run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {});
    QStringList withDir(const QStringList& args) const;
    void remember(const Result& result);

    SimProcess m_sim;
    QString m_apiBase;
    QString m_bin;
    std::unique_ptr<TempDataDir> m_dir;
    QList<QByteArray> m_usedKeys; // every key a test fed in, to look for afterwards
    QByteArray m_allOutput; // everything the executable printed, in all tests
};

void TestCli::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built quotadeck");
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_apiBase = m_sim.apiBase();
}

void TestCli::cleanupTestCase()
{
    m_sim.stop();
}

void TestCli::init()
{
    m_dir = std::make_unique<TempDataDir>();
}

QStringList TestCli::withDir(const QStringList& args) const
{
    return QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--api-base"), m_apiBase } + args;
}

void TestCli::remember(const Result& result)
{
    m_allOutput += result.out + result.err;
}

Result TestCli::run(const QStringList& args, const QByteArray& input, const QProcessEnvironment& env)
{
    const Result result = CliProcess::run(m_bin, args, input, env);
    remember(result);
    return result;
}

void TestCli::versionAndHelp()
{
    const Result version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("quotadeck " QUOTADECK_VERSION));
    const Result help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes"));
    // Every command that takes --project says so where a user looks first.
    for (const char* usage : { "keys add [--label LABEL] [--project PROJECT]",
                               "keys import FILE|- [--project PROJECT]",
                               "keys set ID|LABEL [--label LABEL] [--project PROJECT]",
                               "[--lang LANG] [--account ACCOUNT] [--project PROJECT]" }) {
        QVERIFY2(help.out.contains(usage), usage);
    }
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frob") } << QByteArray("frob");
    QTest::newRow("keys alone") << QStringList { QStringLiteral("keys") } << QByteArray("add");
    QTest::newRow("unknown keys verb") << QStringList { QStringLiteral("keys"), QStringLiteral("frob") }
                                       << QByteArray("frob");
    QTest::newRow("key on argv") << QStringList {
        QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("tvly-dev-NeverOnArgv0000")
    } << QByteArray("standard input");
    QTest::newRow("new key on argv") << QStringList { QStringLiteral("keys"),
                                                      QStringLiteral("rotate"),
                                                      QStringLiteral("agent"),
                                                      QStringLiteral("tvly-dev-NeverOnArgv0001") }
                                     << QByteArray("standard input");
    QTest::newRow("rotate without id") << QStringList { QStringLiteral("keys"), QStringLiteral("rotate") }
                                       << QByteArray("id or label");
    QTest::newRow("concurrency 0") << QStringList {
        QStringLiteral("refresh"), QStringLiteral("--concurrency"), QStringLiteral("0")
    } << QByteArray("--concurrency");
    QTest::newRow("option of another command")
        << QStringList { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--force") }
        << QByteArray("--force");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << QByteArray("--bogus");
    QTest::newRow("remove without id") << QStringList { QStringLiteral("keys"), QStringLiteral("remove") }
                                       << QByteArray("id or label");
    QTest::newRow("missing value") << QStringList {
        QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--data-dir")
    } << QByteArray("needs a value");
    QTest::newRow("bad api base") << QStringList {
        QStringLiteral("--api-base"), QStringLiteral("ftp://x"), QStringLiteral("keys"), QStringLiteral("list")
    } << QByteArray("http");
    QTest::newRow("unknown key") << QStringList {
        QStringLiteral("keys"), QStringLiteral("disable"), QStringLiteral("nobody")
    } << QByteArray("nobody");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    QStringList full = args;
    if (!args.contains(QStringLiteral("--api-base")) && !args.contains(QStringLiteral("--data-dir"))) {
        full = QStringList { QStringLiteral("--data-dir"), m_dir->path() } + args;
    }
    const Result result = run(full);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("quotadeck: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one plain line
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY(!result.err.contains("NeverOnArgv"));
    QVERIFY2(!result.err.startsWith("quotadeck: quotadeck"), result.err.constData());
}

void TestCli::missingArgumentSaysPrefixOnce_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("keys disable") << QStringList { QStringLiteral("keys"), QStringLiteral("disable") }
                                  << QByteArray("quotadeck: keys disable needs a key id or label\n");
    QTest::newRow("keys import") << QStringList { QStringLiteral("keys"), QStringLiteral("import") }
                                 << QByteArray("quotadeck: keys import needs a file name (or - for standard input)\n");
    QTest::newRow("notify test") << QStringList { QStringLiteral("notify"), QStringLiteral("test") }
                                 << QByteArray("quotadeck: notify test needs a channel name\n");
}

void TestCli::missingArgumentSaysPrefixOnce()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, line);
    const Result result = run(QStringList { QStringLiteral("--data-dir"), m_dir->path() } + args);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, line);
}

void TestCli::addListDisableEnableRemove()
{
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 7001);
    m_usedKeys << key;
    const Result added = run(
        withDir(
            { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("agent one") }),
        key + "\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("agent one"), added.out.constData());
    QVERIFY(added.out.contains("tvly-sim-****"));

    const Result duplicate = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), key);
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY(duplicate.err.contains("already stored as \"agent one\""));
    const Result badKey = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), "sk-something-else-entirely");
    QCOMPARE(badKey.exitCode, 2);
    QVERIFY(badKey.err.contains("tvly-"));
    const Result empty = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), "");
    QCOMPARE(empty.exitCode, 2);

    Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(list.exitCode, 0);
    QJsonArray keys = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(keys.size(), 1);
    QJsonObject entry = keys.first().toObject();
    for (const char* field : { "id",
                               "label",
                               "masked",
                               "status",
                               "key_usage",
                               "key_limit",
                               "plan",
                               "plan_usage",
                               "plan_limit",
                               "last_refreshed",
                               "last_error" }) {
        QVERIFY2(entry.contains(QLatin1String(field)), field);
    }
    QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("unknown"));
    QVERIFY(entry.value(QLatin1String("last_refreshed")).isNull());
    QCOMPARE(entry.value(QLatin1String("masked")).toString(), QString::fromLatin1("tvly-sim-****" + key.right(4)));
    const QString id = QString::number(entry.value(QLatin1String("id")).toInt());

    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("disable"), QStringLiteral("agent one") })).exitCode,
             0);
    list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("disabled"));
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("enable"), id })).exitCode, 0);
    const Result table = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("agent one"));
    QVERIFY(table.out.contains("unknown"));
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("remove"), id })).exitCode, 0);
    list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestCli::rotateReplacesAKeyFromStandardInput()
{
    const QByteArray oldKey = TestKeys::make(QStringLiteral("ok"), 7101);
    const QByteArray newKey = TestKeys::make(QStringLiteral("ok"), 7102);
    const QByteArray otherKey = TestKeys::make(QStringLiteral("ok"), 7103);
    m_usedKeys << oldKey << newKey << otherKey;
    const QStringList add { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label") };
    QCOMPARE(
        run(withDir(add
                    + QStringList { QStringLiteral("agent"), QStringLiteral("--project"), QStringLiteral("research") }),
            oldKey + "\n")
            .exitCode,
        0);
    QCOMPARE(run(withDir(add + QStringList { QStringLiteral("other") }), otherKey).exitCode, 0);
    const QStringList rotate { QStringLiteral("keys"), QStringLiteral("rotate") };

    // Refusals: one line each, exit 2, nothing changed.
    const auto refused = [&](const QStringList& args, const QByteArray& input, const QByteArray& mentions) {
        const Result result = run(withDir(rotate + args), input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith("quotadeck: "), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(mentions), result.err.constData());
        QVERIFY(result.out.isEmpty());
    };
    refused({ QStringLiteral("nobody") }, newKey, "nobody");
    refused({ QStringLiteral("agent") }, "", "no key arrived on standard input");
    refused({ QStringLiteral("agent") }, oldKey + "\n", "same as the old one");
    refused({ QStringLiteral("agent") }, otherKey, "already stored as \"other\"");
    refused({ QStringLiteral("agent") }, "sk-not-tavily", "tvly-");
    QCOMPARE(QJsonDocument::fromJson(
                 run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") })).out)
                 .array()
                 .size(),
             2);

    const Result rotated = run(withDir(rotate + QStringList { QStringLiteral("agent") }), newKey + "\n");
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    QVERIFY2(rotated.out.contains("agent (retired "), rotated.out.constData());
    QVERIFY(rotated.out.contains(QByteArray("tvly-sim-****").append(newKey.right(4))));
    QCOMPARE(rotated.out.count('\n'), 1);

    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(keys.size(), 3);
    QJsonObject old;
    QJsonObject fresh;
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        QVERIFY(key.contains(QLatin1String("added")));
        QVERIFY(key.contains(QLatin1String("replaces")));
        QVERIFY(key.contains(QLatin1String("replaced_by")));
        if (key.value(QLatin1String("masked")).toString().endsWith(QString::fromLatin1(oldKey.right(4)))) {
            old = key;
        } else if (key.value(QLatin1String("masked")).toString().endsWith(QString::fromLatin1(newKey.right(4)))) {
            fresh = key;
        }
    }
    QVERIFY(!old.isEmpty() && !fresh.isEmpty());
    const QDateTime added = QDateTime::fromString(fresh.value(QLatin1String("added")).toString(), Qt::ISODate);
    QVERIFY(added.isValid());
    QVERIFY(qAbs(added.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(fresh.value(QLatin1String("label")).toString(), QStringLiteral("agent"));
    QCOMPARE(fresh.value(QLatin1String("project")).toString(), QStringLiteral("research"));
    QCOMPARE(fresh.value(QLatin1String("replaces")).toInt(), old.value(QLatin1String("id")).toInt());
    QVERIFY(fresh.value(QLatin1String("replaced_by")).isNull());
    QVERIFY(fresh.value(QLatin1String("enabled")).toBool());
    QCOMPARE(old.value(QLatin1String("label")).toString(),
             QStringLiteral("agent (retired %1)").arg(added.toUTC().date().toString(Qt::ISODate)));
    QCOMPARE(old.value(QLatin1String("replaced_by")).toInt(), fresh.value(QLatin1String("id")).toInt());
    QCOMPARE(old.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QVERIFY(!old.value(QLatin1String("added")).isNull());

    // The retired key is not rotated twice; the new one is reachable by the label.
    const QString oldId = QString::number(old.value(QLatin1String("id")).toInt());
    refused({ oldId }, TestKeys::make(QStringLiteral("ok"), 7104), "already rotated");
    const Result table = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }));
    QVERIFY(table.out.contains("agent (retired "));
    QVERIFY(!m_allOutput.contains(newKey));
    QCOMPARE(m_dir->filesContaining(newKey), QStringList());
}

void TestCli::importReportsEachBadLine()
{
    QByteArray text = "# pool of the research team\n";
    QList<int> bad;
    int line = 1;
    for (int i = 0; i < 25; ++i) {
        ++line;
        if (i % 5 == 2) {
            text += "broken-" + QByteArray::number(i) + ",tvlx-typo-" + QByteArray::number(i) + "abcdefghijk\n";
            bad << line;
        } else {
            const QByteArray key = TestKeys::make(QStringLiteral("ok"), 8000 + i);
            m_usedKeys << key;
            text
                += (i % 2 ? "AGENT_" + QByteArray::number(i) + "=" + key : "agent " + QByteArray::number(i) + "," + key)
                + "\n";
        }
    }
    const QString file = m_dir->filePath(QStringLiteral("keys.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const Result result = run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), file }));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains("imported 20 keys; 5 lines rejected"), result.out.constData());
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(lines.at(i).startsWith(QByteArray("line " + QByteArray::number(bad.at(i)) + ": ")),
                 lines.at(i).constData());
    }
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(keys.size(), 20);
    QCOMPARE(keys.at(1).toObject().value(QLatin1String("label")).toString(), QStringLiteral("AGENT_1"));
    QVERIFY(QFile::remove(file));
}

void TestCli::projectsScopeLookupsAndReports()
{
    // A server that knows two projects and whose usage stands still, so the figures can be compared.
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({ QStringLiteral("--projects"),
                         QStringLiteral("alpha,research agents ✓"),
                         QStringLiteral("--time-scale"),
                         QStringLiteral("0") },
                       &error),
             qPrintable(error));
    const auto in = [&](const QStringList& args) {
        return QStringList { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--api-base"), sim.apiBase() }
        + args;
    };
    const auto listed = [&]() {
        QHash<QString, QJsonObject> byLabel;
        const Result list = run(in({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
        for (const QJsonValue& k : QJsonDocument::fromJson(list.out).array()) {
            byLabel.insert(k.toObject().value(QLatin1String("label")).toString(), k.toObject());
        }
        return byLabel;
    };
    const QByteArray a = TestKeys::make(QStringLiteral("ok"), 9301);
    const QByteArray b = TestKeys::make(QStringLiteral("ok"), 9302);
    const QByteArray c = TestKeys::make(QStringLiteral("ok"), 9303);
    const QByteArray d = TestKeys::make(QStringLiteral("ok"), 9304);
    const QByteArray dev = TestKeys::lookalike(93);
    const QByteArray prod = "tvly-prod-" + QByteArray("Zq7Wm2Xk9Lp4Rt6Yv8Nb3Hc5");
    m_usedKeys << a << b << c << d << dev << prod;

    // import --project: every key of the file, the line formats as ever.
    const Result imported = run(in({ QStringLiteral("keys"),
                                     QStringLiteral("import"),
                                     QStringLiteral("-"),
                                     QStringLiteral("--project"),
                                     QStringLiteral("alpha") }),
                                "first," + a + "\nSECOND=" + b + "\n");
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(run(in({ QStringLiteral("keys"),
                      QStringLiteral("add"),
                      QStringLiteral("--label"),
                      QStringLiteral("third"),
                      QStringLiteral("--project"),
                      QStringLiteral("research agents ✓") }),
                 c + "\n")
                 .exitCode,
             0);
    QCOMPARE(
        run(in({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("fourth") }),
            d + "\n")
            .exitCode,
        0);
    QCOMPARE(
        run(in({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("dev") }),
            dev)
            .exitCode,
        0);
    QCOMPARE(
        run(in({ QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("prod") }),
            prod)
            .exitCode,
        0);
    // A project gets the label's check.
    const Result keyLike = run(in({ QStringLiteral("keys"),
                                    QStringLiteral("add"),
                                    QStringLiteral("--project"),
                                    QString::fromLatin1(TestKeys::lookalike(94)) }),
                               TestKeys::make(QStringLiteral("ok"), 9305));
    QCOMPARE(keyLike.exitCode, 2);
    QVERIFY2(keyLike.err.contains("project name looks like an API key"), keyLike.err.constData());
    QVERIFY(!keyLike.err.contains(TestKeys::lookalike(94).mid(9)));

    QHash<QString, QJsonObject> keys = listed();
    QCOMPARE(keys.size(), 6);
    QCOMPARE(keys.value(QStringLiteral("first")).value(QLatin1String("project")).toString(), QStringLiteral("alpha"));
    QCOMPARE(keys.value(QStringLiteral("SECOND")).value(QLatin1String("project")).toString(), QStringLiteral("alpha"));
    QCOMPARE(keys.value(QStringLiteral("third")).value(QLatin1String("project")).toString(),
             QStringLiteral("research agents ✓"));
    QVERIFY(keys.value(QStringLiteral("fourth")).value(QLatin1String("project")).isNull());
    QCOMPARE(keys.value(QStringLiteral("first")).value(QLatin1String("kind")).toString(), QStringLiteral("other"));
    QCOMPARE(keys.value(QStringLiteral("dev")).value(QLatin1String("kind")).toString(), QStringLiteral("dev"));
    QCOMPARE(keys.value(QStringLiteral("prod")).value(QLatin1String("kind")).toString(), QStringLiteral("prod"));
    const Result table = run(in({ QStringLiteral("keys"), QStringLiteral("list") }));
    QVERIFY2(table.out.contains("PROJECT") && table.out.contains("research agents ✓"), table.out.constData());

    // keys set: a project, then none again; neither option is a usage error.
    Result set = run(in({ QStringLiteral("keys"),
                          QStringLiteral("set"),
                          QStringLiteral("fourth"),
                          QStringLiteral("--project"),
                          QStringLiteral("alpha") }));
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains("is in project \"alpha\""), set.out.constData());
    set = run(in({ QStringLiteral("keys"),
                   QStringLiteral("set"),
                   QStringLiteral("fourth"),
                   QStringLiteral("--project="),
                   QStringLiteral("--label"),
                   QStringLiteral("fourth renamed") }));
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains("\"fourth renamed\"") && set.out.contains("has no project"), set.out.constData());
    QVERIFY(listed().value(QStringLiteral("fourth renamed")).value(QLatin1String("project")).isNull());
    QCOMPARE(run(in({ QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("third") })).exitCode, 2);
    QCOMPARE(run(in({ QStringLiteral("keys"),
                      QStringLiteral("set"),
                      QStringLiteral("nobody"),
                      QStringLiteral("--project"),
                      QStringLiteral("alpha") }))
                 .exitCode,
             2);

    // Look-ups send each key's project: the server answers that project's share of the key's usage; a
    // project it does not know is its 400.
    QCOMPARE(run(in({ QStringLiteral("keys"), QStringLiteral("disable"), QStringLiteral("dev") })).exitCode, 0);
    QCOMPARE(run(in({ QStringLiteral("keys"), QStringLiteral("disable"), QStringLiteral("prod") })).exitCode, 0);
    QCOMPARE(run(in({ QStringLiteral("keys"),
                      QStringLiteral("set"),
                      QStringLiteral("SECOND"),
                      QStringLiteral("--project"),
                      QStringLiteral("gamma") }))
                 .exitCode,
             0);
    const Result refresh = run(in({ QStringLiteral("refresh"), QStringLiteral("--json") }));
    QCOMPARE(refresh.exitCode, 3);
    const QJsonArray errors = QJsonDocument::fromJson(refresh.out).object().value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("SECOND"));
    QCOMPARE(errors.first().toObject().value(QLatin1String("http_status")).toInt(), 400);
    keys = listed();
    const qint64 whole = keys.value(QStringLiteral("fourth renamed")).value(QLatin1String("key_usage")).toInteger();
    const qint64 ofAlpha = keys.value(QStringLiteral("first")).value(QLatin1String("key_usage")).toInteger();
    const qint64 ofThird = keys.value(QStringLiteral("third")).value(QLatin1String("key_usage")).toInteger();
    QCOMPARE(whole, 100); // the sim's usage of a conventional key, standing still
    QVERIFY2(ofAlpha >= 10 && ofAlpha < 60, qPrintable(QString::number(ofAlpha)));
    QVERIFY2(ofThird >= 10 && ofThird < 60, qPrintable(QString::number(ofThird)));

    // Reports: every key row has its project; --project keeps that project's keys.
    const Result all = run(in({ QStringLiteral("report"),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--output"),
                                QStringLiteral("-") }));
    QCOMPARE(all.exitCode, 0);
    const QJsonArray allKeys = QJsonDocument::fromJson(all.out).object().value(QLatin1String("keys")).toArray();
    QCOMPARE(allKeys.size(), 6);
    for (const QJsonValue& k : allKeys) {
        QVERIFY(k.toObject().contains(QLatin1String("project")));
    }
    const Result ofProject = run(in({ QStringLiteral("report"),
                                      QStringLiteral("--format"),
                                      QStringLiteral("json"),
                                      QStringLiteral("--output"),
                                      QStringLiteral("-"),
                                      QStringLiteral("--project"),
                                      QStringLiteral("alpha") }));
    QCOMPARE(ofProject.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(ofProject.out).object();
    const QJsonArray projectKeys = report.value(QLatin1String("keys")).toArray();
    QCOMPARE(projectKeys.size(), 1);
    QCOMPARE(projectKeys.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("first"));
    QCOMPARE(projectKeys.first().toObject().value(QLatin1String("project")).toString(), QStringLiteral("alpha"));
    QCOMPARE(report.value(QLatin1String("summary")).toObject().value(QLatin1String("keys")).toInt(), 1);
    const Result csv = run(in({ QStringLiteral("report"),
                                QStringLiteral("--format"),
                                QStringLiteral("csv"),
                                QStringLiteral("--output"),
                                QStringLiteral("-"),
                                QStringLiteral("--project"),
                                QStringLiteral("") }));
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> rows = csv.out.trimmed().split('\n');
    QVERIFY2(rows.first().contains("id,label,masked_key,project,"), rows.first().constData());
    QCOMPARE(rows.size(), 1 + 3); // the keys without a project: fourth renamed, dev, prod
}

void TestCli::keyLikeLabelsAreRefused()
{
    const QByteArray lookalike = TestKeys::lookalike(1);
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 8201);
    m_usedKeys << lookalike << key;
    const Result added = run(withDir({ QStringLiteral("keys"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--label"),
                                       QStringLiteral("for ") + QString::fromLatin1(lookalike) }),
                             key + "\n");
    QCOMPARE(added.exitCode, 2);
    QCOMPARE(added.err.count('\n'), 1);
    QVERIFY2(added.err.contains("looks like an API key"), added.err.constData());
    QVERIFY(!added.err.contains(lookalike.mid(9)));

    // key,key: the second key would have been imported with the first as its label.
    const QByteArray a = TestKeys::make(QStringLiteral("ok"), 8202);
    const QByteArray b = TestKeys::make(QStringLiteral("ok"), 8203);
    m_usedKeys << a << b;
    const Result imported = run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }),
                                "first," + a + "\n" + lookalike + "," + b + "\nx," + lookalike + "," + key + "\n");
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.out.contains("imported 1 key; 2 lines rejected"), imported.out.constData());
    const QList<QByteArray> lines = imported.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("line 2: ") && lines.at(0).contains("looks like an API key"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("line 3: ") && lines.at(1).contains("looks like an API key"),
             lines.at(1).constData());
    QVERIFY(!imported.err.contains(lookalike.mid(9)));
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("first"));
}

void TestCli::organizationFromTheCommandLine()
{
    // A server whose organisation "Acme" holds the research account; a third key is of another account.
    const QByteArray owner = TestKeys::make(QStringLiteral("ok"), 7301, QStringLiteral("owner"));
    const QByteArray a = TestKeys::make(QStringLiteral("ok"), 7302, QStringLiteral("research"));
    const QByteArray b = TestKeys::make(QStringLiteral("ok"), 7303, QStringLiteral("research"));
    const QByteArray c = TestKeys::make(QStringLiteral("ok"), 7304, QStringLiteral("other"));
    m_usedKeys << owner << a << b << c;
    QJsonArray keys;
    for (const auto& [key, account] : { std::pair { owner, "owner" },
                                        std::pair { a, "research" },
                                        std::pair { b, "research" },
                                        std::pair { c, "other" } }) {
        keys.append(QJsonObject { { QStringLiteral("key"), QString::fromLatin1(key) },
                                  { QStringLiteral("account"), QString::fromLatin1(account) } });
    }
    const QJsonObject config { { QStringLiteral("keys"), keys },
                               { QStringLiteral("organization"),
                                 QJsonObject {
                                     { QStringLiteral("name"), QStringLiteral("Acme") },
                                     { QStringLiteral("owner_key"), QString::fromLatin1(owner) },
                                     { QStringLiteral("accounts"), QJsonArray { QStringLiteral("research") } } } } };
    TempDataDir serverDir;
    QFile file(serverDir.filePath(QStringLiteral("keys.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    SimProcess sim;
    QString error;
    QVERIFY2(
        sim.start({ QStringLiteral("--keys"), file.fileName(), QStringLiteral("--rate-limit"), QStringLiteral("0") },
                  &error),
        qPrintable(error));
    const QStringList base { QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("--api-base"), sim.apiBase() };
    const QStringList org = base + QStringList { QStringLiteral("org") };
    QCOMPARE(run(base + QStringList { QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") },
                 "a," + a + "\nb," + b + "\nc," + c + "\n")
                 .exitCode,
             0);

    Result shown = run(org + QStringList { QStringLiteral("show") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.startsWith("no organisation is set up"), shown.out.constData());
    QCOMPARE(run(org + QStringList { QStringLiteral("show"), QStringLiteral("--json") }).out, QByteArray("null\n"));
    const Result noName = run(org + QStringList { QStringLiteral("set-key") }, owner);
    QCOMPARE(noName.exitCode, 2);
    QVERIFY2(noName.err.contains("--name"), noName.err.constData());
    const Result noKey
        = run(org + QStringList { QStringLiteral("set-key"), QStringLiteral("--name"), QStringLiteral("Acme") });
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY2(noKey.err.contains("no key arrived"), noKey.err.constData());

    const QByteArray ownerMasked = QByteArray("tvly-sim-****") + owner.right(4);
    const Result set
        = run(org + QStringList { QStringLiteral("set-key"), QStringLiteral("--name"), QStringLiteral("Acme") },
              owner + "\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(set.out,
             "organisation \"Acme\" set up with owner key " + ownerMasked + ": refreshes ask /org-usage first\n");

    // The first refresh asks each key on its own: /org-usage does not say a key's plan and limits, which its
    // first /usage answer does. It says why, rather than seem to ignore the organisation.
    const Result first = run(base + QStringList { QStringLiteral("refresh") });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("/org-usage not asked; no key could take its answer yet"), first.out.constData());
    // Then one call answers the research account's two keys; the other key is asked on its own.
    const Result refreshed = run(base + QStringList { QStringLiteral("refresh"), QStringLiteral("--force") });
    QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    QVERIFY2(refreshed.out.contains("/org-usage: 2 keys answered by one call"), refreshed.out.constData());
    const Result json = run(org + QStringList { QStringLiteral("show"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(status.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QCOMPARE(status.value(QStringLiteral("owner_masked")).toString(), QString::fromLatin1(ownerMasked));
    QCOMPARE(status.value(QStringLiteral("answered_keys")).toInt(), 2);
    shown = run(org + QStringList { QStringLiteral("show") });
    QVERIFY2(shown.out.contains("2 keys of this store answered in one call"), shown.out.constData());

    const Result cleared = run(org + QStringList { QStringLiteral("clear") });
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY(cleared.out.startsWith("the organisation is removed"));
    QCOMPARE(run(org + QStringList { QStringLiteral("show"), QStringLiteral("--json") }).out, QByteArray("null\n"));
    QCOMPARE(m_dir->filesContaining(owner), QStringList());
}

void TestCli::keyLikeLabelInAnOlderStoreIsReplacedOnce()
{
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 8301);
    const QByteArray lookalike = TestKeys::lookalike(2);
    m_usedKeys << key << lookalike;
    QCOMPARE(
        run(withDir(
                { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("alpha") }),
            key)
            .exitCode,
        0);
    QCOMPARE(
        run(withDir(
                { QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("beta") }),
            TestKeys::make(QStringLiteral("ok"), 8302))
            .exitCode,
        0);
    m_usedKeys << TestKeys::make(QStringLiteral("ok"), 8302);
    qint64 id = 0;
    {
        // As an older QuotaDeck let it in.
        RawDatabase raw(m_dir->filePath(QStringLiteral("quotadeck.sqlite")));
        id = raw.scalar(QStringLiteral("SELECT id FROM keys WHERE label = 'alpha'")).toLongLong();
        QVERIFY(id > 0);
        QVERIFY(raw.exec(QStringLiteral("UPDATE keys SET label = 'team %1' WHERE id = %2")
                             .arg(QString::fromLatin1(lookalike))
                             .arg(id)));
    }
    const Result first = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err.count('\n'), 1);
    QVERIFY2(first.err.contains("looked like an API key")
                 && first.err.contains(QByteArray(QByteArray("key ") + QByteArray::number(id))),
             first.err.constData());
    QVERIFY(!first.err.contains(lookalike.mid(9)));
    QVERIFY(!first.out.contains(lookalike.mid(9)));
    const QJsonArray keys = QJsonDocument::fromJson(first.out).array();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("key %1").arg(id));
    QCOMPARE(keys.last().toObject().value(QLatin1String("label")).toString(), QStringLiteral("beta"));
    // Said once: the next command finds nothing to replace.
    const Result second = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.err, QByteArray());
    QCOMPARE(m_dir->filesContaining(lookalike.mid(9)), QStringList());
}

void TestCli::importFromStandardInput()
{
    const QByteArray a = TestKeys::make(QStringLiteral("ok"), 8101);
    const QByteArray b = TestKeys::make(QStringLiteral("ok"), 8102);
    m_usedKeys << a << b;
    const Result result = run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }),
                              a + "\r\nsecond," + b + "\r\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("imported 2 keys; 0 lines rejected"));
    const Result missing = run(
        withDir({ QStringLiteral("keys"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.txt")) }));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.txt"));
}

void TestCli::refreshGivesEachKeyItsOwnStatus()
{
    const QList<QPair<QString, QString>> pool { { QStringLiteral("good"), QStringLiteral("ok") },
                                                { QStringLiteral("revoked"), QStringLiteral("invalid") },
                                                { QStringLiteral("spent"), QStringLiteral("exhausted") },
                                                { QStringLiteral("garbled"), QStringLiteral("malformed") },
                                                { QStringLiteral("busy"), QStringLiteral("ratelimited") } };
    QByteArray text;
    int n = 9000;
    for (const auto& [label, scenario] : pool) {
        const QByteArray key = TestKeys::make(scenario, ++n, label);
        m_usedKeys << key;
        text += label.toUtf8() + "," + key + "\n";
    }
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }), text).exitCode, 0);
    const Result refresh = run(withDir({ QStringLiteral("refresh"), QStringLiteral("--json") }));
    QCOMPARE(refresh.exitCode, 3);
    const QJsonObject summary = QJsonDocument::fromJson(refresh.out).object();
    for (const char* field :
         { "run_id", "keys", "succeeded", "failed", "from_cache", "coalesced", "rate_limited", "wall_ms", "errors" }) {
        QVERIFY2(summary.contains(QLatin1String(field)), field);
    }
    QCOMPARE(summary.value(QLatin1String("keys")).toInt(), 5);
    QCOMPARE(summary.value(QLatin1String("succeeded")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("rate_limited")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("from_cache")).toInt(), 0);
    QHash<QString, QJsonObject> errors;
    for (const QJsonValue& e : summary.value(QLatin1String("errors")).toArray()) {
        errors.insert(e.toObject().value(QLatin1String("label")).toString(), e.toObject());
    }
    QCOMPARE(errors.value(QStringLiteral("revoked")).value(QLatin1String("status")).toString(),
             QStringLiteral("invalid"));
    QCOMPARE(errors.value(QStringLiteral("revoked")).value(QLatin1String("http_status")).toInt(), 401);
    QCOMPARE(errors.value(QStringLiteral("spent")).value(QLatin1String("status")).toString(),
             QStringLiteral("exhausted"));
    QCOMPARE(errors.value(QStringLiteral("spent")).value(QLatin1String("http_status")).toInt(), 432);
    QCOMPARE(errors.value(QStringLiteral("garbled")).value(QLatin1String("status")).toString(),
             QStringLiteral("error"));
    QVERIFY(errors.value(QStringLiteral("garbled"))
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("unreadable")));
    QCOMPARE(errors.value(QStringLiteral("busy")).value(QLatin1String("status")).toString(),
             QStringLiteral("rate_limited"));
    QVERIFY(!errors.contains(QStringLiteral("good")));

    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    QHash<QString, QJsonObject> keys;
    for (const QJsonValue& k : QJsonDocument::fromJson(list.out).array()) {
        keys.insert(k.toObject().value(QLatin1String("label")).toString(), k.toObject());
    }
    QCOMPARE(keys.value(QStringLiteral("good")).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(keys.value(QStringLiteral("good")).value(QLatin1String("key_usage")).toDouble() >= 100);
    QCOMPARE(keys.value(QStringLiteral("good")).value(QLatin1String("plan")).toString(), QStringLiteral("Researcher"));
    QVERIFY(!keys.value(QStringLiteral("good")).value(QLatin1String("last_refreshed")).isNull());
    QCOMPARE(keys.value(QStringLiteral("revoked")).value(QLatin1String("status")).toString(),
             QStringLiteral("invalid"));
    QVERIFY(!keys.value(QStringLiteral("busy")).value(QLatin1String("retry_at")).isNull());

    RawDatabase raw(m_dir->databasePath());
    QCOMPARE(raw.count(QStringLiteral("refresh_runs")), 1);
    QCOMPARE(raw.count(QStringLiteral("usage_snapshots")), 1);
}

void TestCli::refreshOfHealthyKeysExitsZero()
{
    const QByteArray key = TestKeys::make(QStringLiteral("nolimit"), 9100);
    m_usedKeys << key;
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), key).exitCode, 0);
    const Result refresh = run(withDir({ QStringLiteral("refresh") }));
    QCOMPARE(refresh.exitCode, 0);
    QVERIFY2(refresh.out.contains("1 ok, 0 failed"), refresh.out.constData());
    QVERIFY2(refresh.out.contains("1 asked over the network (1 ok), 0 from the cache"), refresh.out.constData());
    // Again within the cache's lifetime: the answer is the cache's, and the summary says so.
    const Result again = run(withDir({ QStringLiteral("refresh") }));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 asked over the network (0 ok), 1 from the cache"), again.out.constData());
}

void TestCli::unreachableServerIsAnErrorPerKey()
{
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 9200);
    m_usedKeys << key;
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), key).exitCode, 0);
    const Result refresh = run({ QStringLiteral("--data-dir"),
                                 m_dir->path(),
                                 QStringLiteral("--api-base"),
                                 QStringLiteral("http://127.0.0.1:1"),
                                 QStringLiteral("refresh"),
                                 QStringLiteral("--json") });
    QCOMPARE(refresh.exitCode, 3);
    const QJsonArray errors = QJsonDocument::fromJson(refresh.out).object().value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QVERIFY(errors.first().toObject().value(QLatin1String("http_status")).isNull());
}

void TestCli::noKeychainMeansClearErrorButListingWorks()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 9300);
    m_usedKeys << key;
    const Result add = run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), key, env);
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains("keychain"), add.err.constData());
    QCOMPARE(add.err.count('\n'), 1);
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }), {}, env);
    QCOMPARE(list.exitCode, 0);
    const Result refresh = run(withDir({ QStringLiteral("refresh") }), {}, env);
    QCOMPARE(refresh.exitCode, 1);
    QVERIFY(refresh.err.contains("keychain"));
}

void TestCli::newerDatabaseIsRefused()
{
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("list") })).exitCode, 0);
    {
        RawDatabase raw(m_dir->databasePath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_info SET version = 42")));
    }
    const Result list = run(withDir({ QStringLiteral("keys"), QStringLiteral("list") }));
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains("newer QuotaDeck"), list.err.constData());
}

void TestCli::forecastOnAMonthOfHistory()
{
    // Two keys: one used at exactly 30 credits a day for 40 days across a billing reset, one never refreshed.
    const QByteArray steady = TestKeys::make(QStringLiteral("ok"), 9700);
    const QByteArray fresh = TestKeys::make(QStringLiteral("ok"), 9701);
    m_usedKeys << steady << fresh;
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }),
                 "steady," + steady + "\nfresh," + fresh + "\n")
                 .exitCode,
             0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A reset day at least 12 days back, so the current cycle has history whatever today's date is.
    const int resetDay = std::min(now.addDays(-12).date().day(), 28);
    {
        QFile ini(m_dir->filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[billing]\nreset_day=" + QByteArray::number(resetDay) + "\n");
    }
    auto cycleStart = [resetDay](const QDateTime& t) {
        QDate start(t.date().year(), t.date().month(), resetDay);
        if (t.date() < start) {
            start = start.addMonths(-1);
        }
        return QDateTime(start, QTime(0, 0), Qt::UTC);
    };
    const double perDay = 30.0;
    const qint64 limit = 850;
    qint64 used = 0;
    {
        RawDatabase raw(m_dir->databasePath());
        QStringList rows;
        for (int h = 40 * 24; h >= 1; --h) {
            const QDateTime t = now.addSecs(-3600LL * h);
            used = qint64(perDay * double(cycleStart(t).msecsTo(t)) / 86'400'000.0);
            rows << QStringLiteral(
                        "(1, %1, 5, %2, %3, %2, 0, 0, 0, 0, 'Researcher', %2, 10000, 0, 500, %2, 0, 0, 0, 0)")
                        .arg(t.toMSecsSinceEpoch())
                        .arg(used)
                        .arg(limit);
        }
        QVERIFY(
            raw.exec(QStringLiteral(
                         "INSERT INTO usage_snapshots (key_id, taken_at, latency_ms, key_usage, key_limit, key_search, "
                         "key_extract, key_crawl, key_map, key_research, plan, plan_usage, plan_limit, paygo_usage, "
                         "paygo_limit, acct_search, acct_extract, acct_crawl, acct_map, acct_research) VALUES ")
                     + rows.join(QLatin1Char(','))));
        QVERIFY(raw.exec(
            QStringLiteral(
                "UPDATE keys SET status = 'ok', key_usage = %1, key_limit = %2, last_http_status = 200 WHERE id = 1")
                .arg(used)
                .arg(limit)));
    }
    const Result result = run(withDir({ QStringLiteral("forecast"), QStringLiteral("--json") }));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QVERIFY(root.value(QLatin1String("accounts")).isArray());
    const QJsonArray keys = root.value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    const QJsonObject s = keys.at(0).toObject();
    QCOMPARE(s.value(QLatin1String("label")).toString(), QStringLiteral("steady"));
    for (const char* field : { "remaining", "credits_per_day", "exhaustion_at", "level", "confidence" }) {
        QVERIFY2(s.contains(QLatin1String(field)), field);
    }
    const double rate = s.value(QLatin1String("credits_per_day")).toDouble();
    QVERIFY2(std::abs(rate - perDay) < 1.0, qPrintable(QString::number(rate)));
    QCOMPARE(qint64(s.value(QLatin1String("remaining")).toDouble()), limit - used);
    // 850 credits at 30 a day run out before the ~30-day cycle ends: CRITICAL, and when.
    QCOMPARE(s.value(QLatin1String("level")).toString(), QStringLiteral("critical"));
    const QDateTime exhaustion = QDateTime::fromString(s.value(QLatin1String("exhaustion_at")).toString(), Qt::ISODate);
    const QDateTime expected = now.addSecs(-3600).addSecs(qint64(double(limit - used) / perDay * 86400.0));
    QVERIFY2(std::abs(exhaustion.secsTo(expected)) < 3 * 3600,
             qPrintable(exhaustion.toString(Qt::ISODate) + QStringLiteral(" vs ") + expected.toString(Qt::ISODate)));
    QVERIFY(s.value(QLatin1String("confidence")).toDouble() > 0.8);
    const QJsonObject f = keys.at(1).toObject();
    QVERIFY(f.value(QLatin1String("credits_per_day")).isNull());
    QVERIFY(f.value(QLatin1String("exhaustion_at")).isNull());
    QCOMPARE(f.value(QLatin1String("confidence")).toDouble(), 0.0);
    // A key with no history at all is no "ok": nothing is known of it.
    QCOMPARE(f.value(QLatin1String("level")).toString(), QStringLiteral("unknown"));

    const Result table = run(withDir({ QStringLiteral("forecast") }));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("critical") && table.out.contains("steady"), table.out.constData());
}

void TestCli::interruptedRefreshKeepsWhatArrived()
{
    QByteArray text;
    for (int i = 0; i < 3; ++i) {
        const QByteArray quick = TestKeys::make(QStringLiteral("ok"), 9500 + i);
        const QByteArray slow = TestKeys::make(QStringLiteral("slow"), 9600 + i); // answers after 2 s
        m_usedKeys << quick << slow;
        text += "quick-" + QByteArray::number(i) + "," + quick + "\nslow-" + QByteArray::number(i) + "," + slow + "\n";
    }
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }), text).exitCode, 0);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quotadeck.refresh=true"));
    process.setProcessEnvironment(env);
    process.start(m_bin, withDir({ QStringLiteral("refresh") }));
    QVERIFY(process.waitForStarted(5000));
    // From the run's start (however long a slow build takes to get there), the quick keys answer at once
    // and the slow ones after 2 s.
    QByteArray early;
    QElapsedTimer clock;
    clock.start();
    while (!early.contains("keys started") && process.state() == QProcess::Running && clock.elapsed() < 60000) {
        process.waitForReadyRead(100);
        early += process.readAllStandardError();
    }
    QVERIFY2(early.contains("keys started"), early.constData());
    QTest::qWait(800);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = early + process.readAllStandardError();
    m_allOutput += err + process.readAllStandardOutput();
    QVERIFY2(err.contains("interrupted") && err.contains("3 answers"), err.constData());
    RawDatabase raw(m_dir->databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT state FROM refresh_runs")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM keys WHERE status = 'ok'")).toInt(), 3);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM keys WHERE status = 'unknown'")).toInt(), 3);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestCli::accountsOfAStoreOnlyTheCommandLineRefreshes()
{
    // Three keys of one account and one of another (its figures differ), refreshed only from the command
    // line, as under cron: no window ever rolled the history up.
    QByteArray text;
    for (int i = 0; i < 3; ++i) {
        const QByteArray key = TestKeys::make(QStringLiteral("ok"), 9700 + i, QStringLiteral("team"));
        m_usedKeys << key;
        text += "team-" + QByteArray::number(i) + "," + key + "\n";
    }
    const QByteArray solo = TestKeys::make(QStringLiteral("low"), 9710, QStringLiteral("solo"));
    m_usedKeys << solo;
    text += "solo," + solo + "\n";
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("-") }), text).exitCode, 0);
    // Twice: the simulator adds a key's usage to its account when it first sees the key, so only the second
    // run's answers of one account agree.
    for (const QStringList& refresh : { QStringList { QStringLiteral("refresh") },
                                        QStringList { QStringLiteral("refresh"), QStringLiteral("--force") } }) {
        const Result refreshed = run(withDir(refresh));
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    }

    const Result report = run(withDir({ QStringLiteral("report"),
                                        QStringLiteral("--format"),
                                        QStringLiteral("json"),
                                        QStringLiteral("--output"),
                                        QStringLiteral("-") }));
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(report.out).object();
    QCOMPARE(json.value(QLatin1String("summary")).toObject().value(QLatin1String("accounts")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("accounts")).toArray().size(), 2);
    const Result forecast = run(withDir({ QStringLiteral("forecast"), QStringLiteral("--json") }));
    QVERIFY2(forecast.exitCode == 0, forecast.err.constData());
    QCOMPARE(QJsonDocument::fromJson(forecast.out).object().value(QLatin1String("accounts")).toArray().size(), 2);
}

void TestCli::noKeyMaterialAnywhere()
{
    // Runs last: every key any test used must be absent from every output and this test's data dir.
    const QByteArray key = TestKeys::make(QStringLiteral("ok"), 9400);
    m_usedKeys << key;
    QCOMPARE(run(withDir({ QStringLiteral("keys"), QStringLiteral("add") }), key).exitCode, 0);
    QCOMPARE(run(withDir({ QStringLiteral("refresh") })).exitCode, 0);
    QVERIFY(m_usedKeys.size() > 25);
    for (const QByteArray& used : std::as_const(m_usedKeys)) {
        QVERIFY2(!m_allOutput.contains(used), "a key appeared in the executable's output");
        QVERIFY2(!m_allOutput.contains(used.right(10)), "the tail of a key appeared in the executable's output");
    }
    QCOMPARE(m_dir->filesContaining(key), QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
