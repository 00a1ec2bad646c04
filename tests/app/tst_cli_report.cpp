// `quotadeck report` through the real executable on a store refreshed against the local usage server:
// each format and table, the period options, DESIGN.md's exit codes, one-line errors, no half-written file,
// and a PDF written without any display (as under cron).

#include "models/core/TextWidth.h"
#include "models/reports/CsvReader.h"
#include "models/store/KeyRepository.h"
#include "tests/models/ReportTestData.h"
#include "tests/testsupport/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
using Result = CliResult;
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvOfEachTable_data();
    void csvOfEachTable();
    void jsonToStandardOutput();
    void pdfWithoutADisplay();
    void periodOptions();
    void badUsage_data();
    void badUsage();
    void unwritableDestinationLeavesNothing();
    void forecastSaysWhatItDoesNotKnow();
    void forecastKeepsEveryLabelAligned_data();
    void forecastKeepsEveryLabelAligned();
    void langTakesOnlyKnownLanguages();
    void usageFollowsTheLocale();
    void noKeyMaterial();

private:
    Result run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QString m_bin;
    std::unique_ptr<ReportTestData> m_data;
    TempDataDir m_out;
    QByteArray m_everything; // all that was printed and written, to look for key material
};

void TestCliReport::initTestCase()
{
    m_bin = qEnvironmentVariable("QUOTADECK_BIN");
    QVERIFY2(QFile::exists(m_bin), "QUOTADECK_BIN must name the built executable");
    m_data = std::make_unique<ReportTestData>();
}

Result TestCliReport::run(const QStringList& args, const QProcessEnvironment& env)
{
    // The report only reads the store: no keychain, no network.
    const Result result = CliProcess::run(m_bin,
                                          QStringList { QStringLiteral("--data-dir"),
                                                        m_data->session().dataDir().path(),
                                                        QStringLiteral("--db"),
                                                        m_data->session().dataDir().databasePath(),
                                                        QStringLiteral("report") }
                                              + args,
                                          {},
                                          env,
                                          120000);
    m_everything += result.out + result.err;
    return result;
}

void TestCliReport::csvOfEachTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("firstColumns");
    QTest::addColumn<int>("rows");
    QTest::newRow("default: keys") << QString() << QStringLiteral("id,label,masked_key") << 10;
    QTest::newRow("accounts") << QStringLiteral("accounts") << QStringLiteral("id,plan,keys") << -1;
    QTest::newRow("runs") << QStringLiteral("runs") << QStringLiteral("id,started_at,finished_at") << 2;
    QTest::newRow("alerts") << QStringLiteral("alerts") << QStringLiteral("id,raised_at,key_id") << 1;
    QTest::newRow("summary") << QStringLiteral("summary") << QStringLiteral("figure,value") << -1;
}

void TestCliReport::csvOfEachTable()
{
    QFETCH(QString, table);
    QFETCH(QString, firstColumns);
    QFETCH(int, rows);
    const QString path = m_out.filePath(QStringLiteral("t-%1.csv").arg(table));
    QStringList args { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), path,
                       QStringLiteral("--since"),  QStringLiteral("1h") };
    if (!table.isEmpty()) {
        args << QStringLiteral("--table") << table;
    }
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith("wrote the csv report of "));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    m_everything += bytes;
    const CsvDocument doc = CsvReader::parse(bytes);
    QVERIFY2(doc.isValid(), qPrintable(doc.error));
    QCOMPARE(doc.header.mid(0, 3).join(QLatin1Char(',')), firstColumns);
    if (rows >= 0) {
        QCOMPARE(doc.rows.size(), rows);
    } else {
        QVERIFY(doc.rows.size() >= 2);
    }
    // The money JSON nests, flat: per account as columns, the totals as summary rows.
    if (table == QLatin1String("accounts")) {
        for (const char* column : { "cost_so_far", "cost_projected_expected", "paygo_risk", "advice_plan" }) {
            QVERIFY2(doc.header.contains(QLatin1String(column)), column);
        }
        const qsizetype risk = doc.header.indexOf(QStringLiteral("paygo_risk"));
        for (const QStringList& row : doc.rows) {
            QVERIFY2(!row.at(risk).isEmpty(), qPrintable(row.join(u',')));
        }
    } else if (table == QLatin1String("summary")) {
        QStringList figures;
        for (const QStringList& row : doc.rows) {
            figures << row.first();
        }
        for (const char* figure :
             { "cost_so_far", "cost_projected_expected", "unpriced_accounts", "prices_taken_on" }) {
            QVERIFY2(figures.contains(QLatin1String(figure)), figure);
        }
    }
}

void TestCliReport::jsonToStandardOutput()
{
    const Result r = run({ QStringLiteral("--format"),
                           QStringLiteral("json"),
                           QStringLiteral("--output"),
                           QStringLiteral("-"),
                           QStringLiteral("--since"),
                           m_data->period().since.toString(Qt::ISODate),
                           QStringLiteral("--until"),
                           m_data->period().until.toString(Qt::ISODate) });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString(),
             m_data->period().since.toString(Qt::ISODate));
    QCOMPARE(root.value(QStringLiteral("keys")).toArray().size(), KeyRepository(*m_data->store()).all().size());
    QCOMPARE(root.value(QStringLiteral("alerts")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("refresh")).toObject().value(QStringLiteral("runs")).toInt(), 2);
    // Each account row carries its money as `forecast --json` does, and the root the total and the prices.
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!accounts.isEmpty());
    for (const QJsonValue& v : accounts) {
        const QJsonObject account = v.toObject();
        QVERIFY2(account.value(QStringLiteral("plan")).toString() == QStringLiteral("Researcher"), r.out.constData());
        QCOMPARE(account.value(QStringLiteral("cost_so_far")).toDouble(-1), 0.0);
        QVERIFY(account.contains(QStringLiteral("cost_projected")) && account.contains(QStringLiteral("advice")));
        QCOMPARE(account.value(QStringLiteral("paygo")).toObject().value(QStringLiteral("risk")).toString(),
                 QStringLiteral("none"));
    }
    QCOMPARE(root.value(QStringLiteral("cost_total")).toObject().value(QStringLiteral("unpriced_accounts")).toInt(-1),
             0);
    QCOMPARE(root.value(QStringLiteral("prices")).toObject().value(QStringLiteral("currency")).toString(),
             QStringLiteral("USD"));
}

void TestCliReport::pdfWithoutADisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString path = m_out.filePath(QStringLiteral("cron.pdf"));
    const Result r = run({ QStringLiteral("--output"), path }, env); // the format from the suffix
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // nothing on stderr: cron mails stderr
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 20000); // charts and tables, not an empty page
}

void TestCliReport::periodOptions()
{
    // A period before anything happened: no runs, no alerts, still every key.
    const Result r = run({ QStringLiteral("--format"),
                           QStringLiteral("json"),
                           QStringLiteral("--output"),
                           QStringLiteral("-"),
                           QStringLiteral("--since"),
                           QStringLiteral("2020-01-01"),
                           QStringLiteral("--until"),
                           QStringLiteral("2020-02-01T00:00Z") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("until")).toString(),
             QStringLiteral("2020-02-01T00:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("runs")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("keys")).toArray().size(), KeyRepository(*m_data->store()).all().size());
    // No --since: the current billing cycle (reset day 1 by default) up to now.
    const Result cycle
        = run({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), QStringLiteral("-") });
    QCOMPARE(cycle.exitCode, 0);
    const QJsonObject period = QJsonDocument::fromJson(cycle.out).object().value(QStringLiteral("period")).toObject();
    QVERIFY(period.value(QStringLiteral("billing_cycle")).toBool());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(period.value(QStringLiteral("since")).toString(),
             QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
}

void TestCliReport::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no output") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") }
                               << QByteArray("report needs --output FILE");
    QTest::newRow("no format, no suffix") << QStringList { QStringLiteral("--output"), QStringLiteral("r.txt") }
                                          << QByteArray("report needs --format csv, json or pdf");
    QTest::newRow("unknown format") << QStringList {
        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), QStringLiteral("r")
    } << QByteArray("unknown report format \"xlsx\"");
    QTest::newRow("unknown table") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                                    QStringLiteral("--output"), QStringLiteral("r"),
                                                    QStringLiteral("--table"),  QStringLiteral("users") }
                                   << QByteArray("unknown table \"users\"");
    QTest::newRow("table with json") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
                                                      QStringLiteral("--output"), QStringLiteral("r"),
                                                      QStringLiteral("--table"),  QStringLiteral("runs") }
                                     << QByteArray("--table goes with --format csv");
    QTest::newRow("bad since") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                                QStringLiteral("--output"), QStringLiteral("r"),
                                                QStringLiteral("--since"),  QStringLiteral("last week") }
                               << QByteArray("--since: cannot read the time \"last week\"");
    QTest::newRow("empty period") << QStringList {
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), QStringLiteral("r"),
        QStringLiteral("--since"),  QStringLiteral("now"), QStringLiteral("--until"),  QStringLiteral("1d")
    } << QByteArray("the period is empty");
    QTest::newRow("pdf to stdout") << QStringList {
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), QStringLiteral("-")
    } << QByteArray("a PDF report needs a file name");
}

void TestCliReport::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(QByteArray("quotadeck: ") + message)), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCliReport::unwritableDestinationLeavesNothing()
{
    for (const QString& format : { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf") }) {
        const QString path = m_out.filePath(QStringLiteral("missing/report.") + format);
        const Result r = run({ QStringLiteral("--format"), format, QStringLiteral("--output"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(QByteArray(QByteArray("quotadeck: cannot write the report to ") + path.toUtf8() + ": ")),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(path));
    }
    // Onto a folder: refused, and the folder is untouched.
    const Result r
        = run({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), m_out.path() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.endsWith(": it is a folder\n"));
}

// The store was refreshed twice within seconds: no key has history enough for a level, the revoked key cannot
// be looked up at all, and neither is "ok" in `quotadeck forecast`, plain or JSON.
void TestCliReport::forecastSaysWhatItDoesNotKnow()
{
    const QStringList where { QStringLiteral("--data-dir"),
                              m_data->session().dataDir().path(),
                              QStringLiteral("--db"),
                              m_data->session().dataDir().databasePath() };
    const Result json
        = CliProcess::run(m_bin, where + QStringList { QStringLiteral("forecast"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    m_everything += json.out + json.err;
    const QJsonArray keys = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    for (const QJsonValue& v : keys) {
        const QJsonObject key = v.toObject();
        const QString label = key.value(QStringLiteral("label")).toString();
        QVERIFY2(key.value(QStringLiteral("level")).toString() == QStringLiteral("unknown"), qPrintable(label));
        QVERIFY2(key.value(QStringLiteral("exhaustion_at")).isNull(), qPrintable(label));
        if (label == QStringLiteral("revoked")) {
            QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        }
    }
    // Money: what the plan costs so far is known; a projection and plan advice need the history it lacks.
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!accounts.isEmpty());
    for (const QJsonValue& v : accounts) {
        const QJsonObject account = v.toObject();
        QVERIFY2(account.value(QStringLiteral("cost_so_far")).isDouble(), json.out.constData());
        QVERIFY(account.value(QStringLiteral("cost_projected")).isNull());
        QVERIFY(account.value(QStringLiteral("advice")).isNull());
        QCOMPARE(account.value(QStringLiteral("paygo")).toObject().value(QStringLiteral("risk")).toString(),
                 QStringLiteral("none"));
    }
    QCOMPARE(root.value(QStringLiteral("prices")).toObject().value(QStringLiteral("currency")).toString(),
             QStringLiteral("USD"));
    QVERIFY(root.value(QStringLiteral("cost_total")).toObject().value(QStringLiteral("cost_projected")).isNull());
    const Result plain = CliProcess::run(m_bin, where + QStringList { QStringLiteral("forecast") });
    QCOMPARE(plain.exitCode, 0);
    m_everything += plain.out + plain.err;
    const QString text = QString::fromUtf8(plain.out);
    const QString revoked = text.section(QStringLiteral("\nrevoked"), 1, 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(revoked.contains(QStringLiteral("unknown (invalid)")), qPrintable(text));
    QVERIFY2(!revoked.contains(QStringLiteral(" ok ")) && !revoked.contains(QStringLiteral("no limit")),
             qPrintable(text));
}

// Every label whole (the long, the Cyrillic and Japanese with an emoji, the one with a line break), and every
// line of the table as wide as the header in terminal columns: with English headers, and with Chinese ones
// from the locale or from --lang. The band is three columns of grouped figures, not "73278 (105-232539)".
void TestCliReport::forecastKeepsEveryLabelAligned_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("lang");
    QTest::addColumn<QString>("keyHeader");
    QTest::newRow("English") << QStringLiteral("C.UTF-8") << QStringList() << QStringLiteral("KEY");
    QTest::newRow("zh_CN from the locale") << QStringLiteral("zh_CN.UTF-8") << QStringList() << QStringLiteral("密钥");
    QTest::newRow("zh_TW from --lang") << QStringLiteral("C.UTF-8")
                                       << QStringList { QStringLiteral("--lang"), QStringLiteral("zh_TW") }
                                       << QStringLiteral("金鑰");
}

void TestCliReport::forecastKeepsEveryLabelAligned()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, lang);
    QFETCH(QString, keyHeader);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    const QStringList where { QStringLiteral("--data-dir"),
                              m_data->session().dataDir().path(),
                              QStringLiteral("--db"),
                              m_data->session().dataDir().databasePath() };
    const Result result = CliProcess::run(m_bin, where + QStringList { QStringLiteral("forecast") } + lang, {}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    m_everything += result.out + result.err;
    const QString output = QString::fromUtf8(result.out);
    // The forecast table; the money table follows it after a second blank line.
    const qsizetype accountsAt = output.indexOf(QStringLiteral("\n\n"));
    const qsizetype moneyAt = output.indexOf(QStringLiteral("\n\n"), accountsAt + 2);
    QVERIFY2(accountsAt > 0 && moneyAt > accountsAt, qPrintable(output));
    QVERIFY2(output.indexOf(QStringLiteral("$"), moneyAt) > moneyAt, qPrintable(output));
    const QString text = output.left(moneyAt + 1);
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QVERIFY2(lines.first().startsWith(keyHeader), qPrintable(text));
    for (const QString& label : ReportTestData::trickyLabels()) {
        QVERIFY2(text.contains(QLatin1Char('\n') + label + QLatin1Char(' ')),
                 qPrintable(label + QLatin1Char('\n') + text));
    }
    QVERIFY2(text.contains(QStringLiteral("\nline one line two ")), qPrintable(text));
    // The last column (the confidence) is right-aligned: every row ends at the same terminal column.
    const int width = TextWidth::of(lines.first());
    for (const QString& line : std::as_const(lines)) {
        QVERIFY2(TextWidth::of(line) == width,
                 qPrintable(QStringLiteral("%1 vs %2:\n").arg(width).arg(TextWidth::of(line)) + text));
    }
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d{4,} \\(\\d+-\\d+\\)"))), qPrintable(text));
}

void TestCliReport::langTakesOnlyKnownLanguages()
{
    const Result bad = run({ QStringLiteral("--lang"),
                             QStringLiteral("klingon"),
                             QStringLiteral("--format"),
                             QStringLiteral("csv"),
                             QStringLiteral("--output"),
                             QStringLiteral("-") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith("quotadeck: --lang takes a language"), bad.err.constData());
    // JSON and CSV stay what scripts read, whatever the language.
    const Result english
        = run({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), QStringLiteral("-") });
    const Result chinese = run({ QStringLiteral("--lang"),
                                 QStringLiteral("zh_CN"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("csv"),
                                 QStringLiteral("--output"),
                                 QStringLiteral("-") });
    QCOMPARE(chinese.exitCode, 0);
    QCOMPARE(chinese.out, english.out);
}

// The help and a usage error in the locale's language: Simplified from LANG, Traditional from LC_ALL.
void TestCliReport::usageFollowsTheLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const Result unknown = CliProcess::run(m_bin, { QStringLiteral("frob") }, {}, env);
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(QString::fromUtf8(unknown.err), QStringLiteral("quotadeck: 未知命令“frob”（参见 quotadeck --help）\n"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_TW.UTF-8"));
    const Result help = CliProcess::run(m_bin, { QStringLiteral("--help") }, {}, env);
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.startsWith(QStringLiteral("用法：quotadeck")) && text.contains(QStringLiteral("結束代碼")),
             qPrintable(text));
    // Each entry translated on its own, in the column the commands line up at; the data dir filled in.
    QVERIFY2(text.contains(QStringLiteral("\n  keys list [--json]           列出金鑰（已遮蔽）、狀態和用量\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\n  notify remove NAME           移除通知管道\n")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("%1")), qPrintable(text));
}

void TestCliReport::noKeyMaterial()
{
    QVERIFY(!m_everything.isEmpty());
    for (const QByteArray& key : m_data->keys()) {
        QVERIFY(!m_everything.contains(key));
        QVERIFY(!m_everything.contains(key.mid(9, 12)));
    }
    for (const QByteArray& key : m_data->keys()) {
        QVERIFY(m_data->session().dataDir().filesContaining(key).isEmpty());
        QVERIFY(m_out.filesContaining(key).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
