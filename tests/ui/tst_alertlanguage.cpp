// The window in Chinese: after Translations::install("zh_CN"), a refresh against the local usage server
// raises alerts whose text the Alerts tab, the banner and the keys' highlight tooltips say in Chinese, and a
// failing key's last error in the key table is Chinese too; the stored messages stay English.

#include "models/core/Translations.h"
#include "models/itemmodels/AlertTableModel.h"
#include "models/itemmodels/KeyTableModel.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/keys/KeyFilterProxyModel.h"
#include "ui/window/MainWindow.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestAlertLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void chineseAlertsAndErrors();
};

namespace {
bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

// English words left once the key labels and what stays as it is are taken out.
QStringList englishWords(QString text)
{
    for (const char* kept : { "bravo", "charlie", "HTTP", "Tavily" }) {
        text.remove(QLatin1String(kept));
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList left;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        left << it.next().captured();
    }
    return left;
}

int rowOf(const KeyFilterProxyModel* proxy, qint64 id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(KeyTableModel::KeyIdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}
} // namespace

void TestAlertLanguage::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestAlertLanguage::chineseAlertsAndErrors()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestSession::Options options;
    options.clock = &clock;
    options.server.rateLimitCalls = 0;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const qint64 low
        = session.addKey(TestKeys::make(QStringLiteral("low"), 2, QStringLiteral("acct2")), QStringLiteral("bravo"));
    const qint64 invalid = session.addKey(TestKeys::make(QStringLiteral("invalid"), 3), QStringLiteral("charlie"));
    QVERIFY(low && invalid);

    MainWindow window(session.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlertPanel* panel = window.alertPanel();
    auto* list = panel->findChild<QTreeView*>(QStringLiteral("alertList"));
    QVERIFY(list);
    QTRY_VERIFY(!panel->isChecking());
    QSignalSpy raised(panel, &AlertPanel::raised);
    window.forceRefresh();
    QVERIFY(raised.wait(15000));
    const QList<AlertRecord> alerts = raised.first().first().value<QList<AlertRecord>>();
    QCOMPARE(alerts.size(), 2);
    for (const AlertRecord& alert : alerts) {
        QVERIFY2(!hasChinese(alert.message), qPrintable(alert.message)); // what channels get
    }

    // The Alerts tab: reason and details in Chinese, with the figures.
    QCOMPARE(list->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString reason = list->model()->index(row, AlertTableModel::Reason).data().toString();
        const QString details = list->model()->index(row, AlertTableModel::Details).data().toString();
        QVERIFY2(hasChinese(reason) && englishWords(reason).isEmpty(), qPrintable(reason));
        QVERIFY2(hasChinese(details) && englishWords(details).isEmpty(), qPrintable(details));
        if (details.contains(QStringLiteral("charlie"))) {
            QVERIFY2(details.contains(QStringLiteral("HTTP 401")), qPrintable(details));
        }
    }

    // The banner: the same sentences.
    QTRY_VERIFY(window.alertBanner()->isVisible());
    const QString banner = window.alertBanner()->text();
    QVERIFY2(hasChinese(banner) && englishWords(banner).isEmpty(), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("bravo")) && banner.contains(QStringLiteral("charlie")));

    // The key table: the highlight's reason and the invalid key's last error.
    const KeyFilterProxyModel* proxy = window.proxyModel();
    const QString reason = proxy->index(rowOf(proxy, low), KeyTableModel::Label).data(Qt::ToolTipRole).toString();
    QVERIFY2(hasChinese(reason) && englishWords(reason).isEmpty(), qPrintable(reason));
    const QString error = proxy->index(rowOf(proxy, invalid), KeyTableModel::LastError).data().toString();
    QCOMPARE(error, QStringLiteral("密钥无效或已被吊销（HTTP 401）"));
}

QTEST_MAIN(TestAlertLanguage)
#include "tst_alertlanguage.moc"
