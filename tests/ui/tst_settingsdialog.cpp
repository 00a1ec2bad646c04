// The settings dialog: every field shows the setting in force, edited values go through the dialog to
// settings.ini and come back from the file (Settings::load) and into the running session; bad values keep
// the dialog open with one line saying why and change nothing. Turning off the immediate look-up of new keys
// there leaves keys added afterwards unknown; turning it back on looks the next one up at once. The Prices
// page edits the price table: a changed price reaches settings.ini and the session, a bad figure is named in
// one line and kept in its cell, and the published prices come back with their date.

#include "models/core/Clock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughTheFile();
    void badValuesAreRefused();
    void lookingUpNewKeysCanBeTurnedOff();
    void pricesAreEditedAndSaved();
    void openedFromTheMenu();
};

namespace {
template <typename T> T* field(QWidget* dialog, const char* name)
{
    T* widget = dialog->findChild<T*>(QString::fromLatin1(name));
    if (!widget) {
        qWarning("no field %s", name);
    }
    return widget;
}
} // namespace

void TestSettingsDialog::roundTripThroughTheFile()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    SettingsDialog dialog(session.session());
    const Settings before = session.session()->settings();
    QCOMPARE(field<QSpinBox>(&dialog, "cacheTtlSpin")->value(), before.cacheTtlSeconds);
    QCOMPARE(field<QSpinBox>(&dialog, "lockWaitSpin")->value(), before.lockWaitSeconds);
    QCOMPARE(field<QSpinBox>(&dialog, "rateCallsSpin")->value(), before.rateLimitCalls);
    QCOMPARE(field<QDoubleSpinBox>(&dialog, "lowThresholdSpin")->value(), before.lowThreshold * 100);
    // The suites run under C.UTF-8: the system entry names the language the window then speaks.
    QCOMPARE(field<QComboBox>(&dialog, "languageCombo")->itemText(0), QStringLiteral("System (English)"));

    field<QLineEdit>(&dialog, "apiBaseEdit")->setText(QStringLiteral("https://usage.example.test/v1"));
    field<QSpinBox>(&dialog, "concurrencySpin")->setValue(12);
    field<QSpinBox>(&dialog, "timeoutSpin")->setValue(45);
    field<QCheckBox>(&dialog, "http2Check")->setChecked(!before.http2);
    field<QSpinBox>(&dialog, "cacheTtlSpin")->setValue(120);
    field<QSpinBox>(&dialog, "lockWaitSpin")->setValue(90);
    field<QSpinBox>(&dialog, "rateCallsSpin")->setValue(7);
    field<QSpinBox>(&dialog, "rateWindowSpin")->setValue(300);
    field<QSpinBox>(&dialog, "backoffBaseSpin")->setValue(15);
    field<QSpinBox>(&dialog, "backoffCeilingSpin")->setValue(900);
    auto* autoRefresh = field<QComboBox>(&dialog, "autoRefreshSettingCombo");
    autoRefresh->setCurrentIndex(autoRefresh->findData(15));
    field<QDoubleSpinBox>(&dialog, "lowThresholdSpin")->setValue(20);
    field<QDoubleSpinBox>(&dialog, "warningShareSpin")->setValue(70);
    field<QDoubleSpinBox>(&dialog, "criticalShareSpin")->setValue(90);
    field<QSpinBox>(&dialog, "resetDaySpin")->setValue(15);
    field<QSpinBox>(&dialog, "retentionSpin")->setValue(30);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Settings saved = Settings::load(Settings::fileIn(session.dataDir().path()));
    QCOMPARE(saved.apiBase, QUrl(QStringLiteral("https://usage.example.test/v1")));
    // TestSession overrides concurrency and timeout for this process (as --concurrency would): in force now,
    // never written, so the file keeps its own values.
    QCOMPARE(saved.concurrency, Settings().concurrency);
    QCOMPARE(saved.timeoutSeconds, Settings().timeoutSeconds);
    QCOMPARE(session.session()->settings().concurrency, 12);
    QCOMPARE(session.session()->settings().timeoutSeconds, 45);
    QCOMPARE(saved.http2, !before.http2);
    QCOMPARE(saved.cacheTtlSeconds, 120);
    QCOMPARE(saved.lockWaitSeconds, 90);
    QCOMPARE(saved.rateLimitCalls, 7);
    QCOMPARE(saved.rateLimitWindowSeconds, 300);
    QCOMPARE(saved.backoffBaseSeconds, 15);
    QCOMPARE(saved.backoffCeilingSeconds, 900);
    QCOMPARE(saved.autoRefreshMinutes, 15);
    QVERIFY(qFuzzyCompare(saved.lowThreshold, 0.20));
    QVERIFY(qFuzzyCompare(saved.forecastWarningShare, 0.70));
    QVERIFY(qFuzzyCompare(saved.forecastCriticalShare, 0.90));
    QCOMPARE(saved.billingResetDay, 15);
    QCOMPARE(saved.rawRetentionDays, 30);
    // In force in the session, and the engine's policy follows.
    Settings inForce = session.session()->settings();
    inForce.concurrency = saved.concurrency;
    inForce.timeoutSeconds = saved.timeoutSeconds;
    QCOMPARE(inForce, saved);
    QCOMPARE(session.engine()->policy().cacheTtlSeconds, 120);
    QCOMPARE(session.engine()->policy().lockWaitSeconds, 90);
    QVERIFY(qFuzzyCompare(session.engine()->policy().lowThreshold, 0.20));

    // A new dialog shows what the file holds.
    SettingsDialog again(session.session());
    QCOMPARE(again.settings().value(), session.session()->settings());
    QCOMPARE(Settings::load(Settings::fileIn(session.dataDir().path())), saved);
}

void TestSettingsDialog::badValuesAreRefused()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const QString file = Settings::fileIn(session.dataDir().path());
    const Settings before = Settings::load(file);
    SettingsDialog dialog(session.session());
    dialog.show();
    auto* error = field<QLabel>(&dialog, "settingsError");

    field<QLineEdit>(&dialog, "apiBaseEdit")->setText(QStringLiteral("ftp://example.test"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("http")));
    QCOMPARE(field<QLineEdit>(&dialog, "apiBaseEdit")->text(), QStringLiteral("ftp://example.test")); // kept

    field<QLineEdit>(&dialog, "apiBaseEdit")->setText(QStringLiteral("https://api.tavily.com"));
    field<QSpinBox>(&dialog, "backoffBaseSpin")->setValue(600);
    field<QSpinBox>(&dialog, "backoffCeilingSpin")->setValue(60);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("ceiling")));

    field<QSpinBox>(&dialog, "backoffCeilingSpin")->setValue(3600);
    field<QDoubleSpinBox>(&dialog, "warningShareSpin")->setValue(95);
    field<QDoubleSpinBox>(&dialog, "criticalShareSpin")->setValue(80);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("critical")));
    QCOMPARE(Settings::load(file), before); // nothing written
}

namespace {
int planRow(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name) {
            return row;
        }
    }
    return -1;
}
} // namespace

void TestSettingsDialog::pricesAreEditedAndSaved()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const QString file = Settings::fileIn(session.dataDir().path());
    const Settings before = Settings::load(file);
    SettingsDialog dialog(session.session());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = field<QTabWidget>(&dialog, "settingsTabs");
    tabs->setCurrentWidget(field<QWidget>(&dialog, "pricesPage"));
    auto* table = field<QTableWidget>(&dialog, "pricePlansTable");
    auto* paygo = field<QLineEdit>(&dialog, "paygoPriceEdit");
    auto* error = field<QLabel>(&dialog, "settingsError");
    QVERIFY(table && paygo && error);
    const PriceTable published = PriceTable::defaults();
    QCOMPARE(table->rowCount(), published.plans.size());
    QVERIFY2(field<QLabel>(&dialog, "pricesTakenOn")
                 ->text()
                 .contains(QLocale().toString(published.takenOn, QLocale::LongFormat)),
             qPrintable(field<QLabel>(&dialog, "pricesTakenOn")->text()));

    // A bad figure: one line naming it, the dialog open, the typed text still there, nothing written.
    const int bootstrap = planRow(table, QStringLiteral("Bootstrap"));
    QVERIFY(bootstrap >= 0);
    table->item(bootstrap, 1)->setText(QStringLiteral("12x"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"12x\"")) && error->text().contains(QStringLiteral("Bootstrap")),
             qPrintable(error->text()));
    QVERIFY(!error->text().contains(u'\n'));
    QCOMPARE(table->item(bootstrap, 1)->text(), QStringLiteral("12x"));
    QCOMPARE(Settings::load(file), before);
    table->item(bootstrap, 1)->setText(QStringLiteral("120"));
    paygo->setText(QStringLiteral("free"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"free\"")), qPrintable(error->text()));

    // Good figures: a new price, one plan fewer, a cheaper pay-as-you-go credit.
    paygo->setText(QStringLiteral("0.0075"));
    table->selectRow(planRow(table, QStringLiteral("Growth")));
    auto* remove = field<QPushButton>(&dialog, "removePlanButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), published.plans.size() - 1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const PriceTable saved = Settings::load(file).prices;
    QCOMPARE(saved.plan(QStringLiteral("Bootstrap"))->monthlyUsd, 120.0);
    QCOMPARE(saved.plan(QStringLiteral("Bootstrap"))->credits, 15000);
    QVERIFY(!saved.plan(QStringLiteral("Growth")));
    QCOMPARE(saved.plans.size(), published.plans.size() - 1);
    QCOMPARE(saved.paygoPerCredit, 0.0075);
    QCOMPARE(saved.takenOn, session.session()->clock()->now().toUTC().date()); // vouched for today
    QCOMPARE(session.session()->settings().prices, saved);

    // Restore the published prices: back with their date.
    SettingsDialog again(session.session());
    auto* againTable = field<QTableWidget>(&again, "pricePlansTable");
    QCOMPARE(againTable->item(planRow(againTable, QStringLiteral("Bootstrap")), 1)->text(), QStringLiteral("120"));
    QTest::mouseClick(field<QPushButton>(&again, "restorePricesButton"), Qt::LeftButton);
    QCOMPARE(againTable->rowCount(), published.plans.size());
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(Settings::load(file).prices, published);
    QCOMPARE(session.session()->settings().prices, published);
}

void TestSettingsDialog::lookingUpNewKeysCanBeTurnedOff()
{
    // The local usage server answers, so a key that is looked up leaves "unknown" (tst_livestore's setup).
    TestSession test;
    QVERIFY2(test.open(), qPrintable(test.error()));
    Session* session = test.session();
    const QString file = Settings::fileIn(test.dataDir().path());
    session->followStore();
    QSignalSpy lookups(session, &Session::newKeysLookupStarted);
    QSignalSpy started(test.engine(), &RefreshEngine::runStarted);
    {
        SettingsDialog dialog(session);
        auto* check = field<QCheckBox>(&dialog, "lookupNewKeysCheck");
        QVERIFY(check);
        QVERIFY(check->isChecked()); // on by default
        check->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(!Settings::load(file).lookupNewKeys);
    QVERIFY(!session->settings().lookupNewKeys);
    const qint64 left = test.addKey(TestKeys::make(QStringLiteral("ok"), 8601), QStringLiteral("left alone"));
    QVERIFY2(left > 0, qPrintable(test.error()));
    QTest::qWait(1500); // the store is followed twice a second: time to notice the key, and not look it up
    QCOMPARE(started.count(), 0);
    QCOMPARE(lookups.count(), 0);
    QCOMPARE(session->key(left)->status, KeyStatus::Unknown);

    {
        SettingsDialog dialog(session);
        auto* check = field<QCheckBox>(&dialog, "lookupNewKeysCheck");
        QVERIFY(!check->isChecked()); // as saved
        check->setChecked(true);
        dialog.accept();
    }
    QVERIFY(Settings::load(file).lookupNewKeys);
    const qint64 looked = test.addKey(TestKeys::make(QStringLiteral("ok"), 8602), QStringLiteral("looked up"));
    QVERIFY(looked > 0);
    QTRY_COMPARE_WITH_TIMEOUT(lookups.count(), 1, 5000);
    QCOMPARE(lookups.first().at(1).value<QList<qint64>>(), QList<qint64> { looked });
    QTRY_VERIFY_WITH_TIMEOUT(session->key(looked)->status == KeyStatus::Ok, 10000);
    QCOMPARE(session->key(left)->status, KeyStatus::Unknown); // only the keys that appear
}

void TestSettingsDialog::openedFromTheMenu()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    MainWindow window(session.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()) != nullptr);
    QVERIFY(dialog->isVisible());
    auto* autoRefresh = field<QComboBox>(dialog, "autoRefreshSettingCombo");
    autoRefresh->setCurrentIndex(autoRefresh->findData(60));
    dialog->accept();
    QCOMPARE(session.session()->settings().autoRefreshMinutes, 60);
    // The toolbar's auto-refresh combo follows.
    auto* toolbarCombo = window.findChild<QComboBox*>(QStringLiteral("autoRefreshCombo"));
    if (toolbarCombo) {
        QCOMPARE(toolbarCombo->currentData().toInt(), 60);
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
