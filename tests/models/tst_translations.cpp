// Translations: the embedded catalogues load by language tag or system locale, Chinese strings come back in
// the script asked for, Qt's own dialogs follow, English gets its plural forms from the numerus-only file,
// numbers and dates follow the chosen locale, and the ui/language setting keeps only tags that exist.

#include "models/core/TimeText.h"
#include "models/core/Translations.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/settings/Settings.h"
#include "models/vault/MemoryKeychain.h"
#include "tests/testsupport/TempDataDir.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

namespace {
QString translated(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void simplifiedChinese();
    void traditionalChinese();
    void englishPluralForms();
    void unknownLanguageFallsBackToEnglish();
    void tagForLocale_data();
    void tagForLocale();
    void languageSettingKeepsKnownTags();
};

void TestTranslations::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestTranslations::simplifiedChinese()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
    QCOMPARE(translated("MainActions", "&Refresh"), QStringLiteral("刷新(&R)"));
    QCOMPARE(translated("MainTabs", "&Dashboard"), QStringLiteral("仪表板(&D)"));
    QCOMPARE(translated("SettingsDialog", "Settings"), QStringLiteral("设置"));
    // A plural source reads naturally without a plural form: the count stays, the "(s)" goes.
    QCOMPARE(translated("AlertPanel", "%n alert(s) not yet seen", 3), QStringLiteral("3 条告警未读"));
    // Qt's own catalogue (qt6-translations-l10n): the standard buttons of a message box.
    QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    // Numbers and dates in the chosen locale.
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().toString(QDate(2026, 12, 1), QLocale::LongFormat), QStringLiteral("2026年12月1日星期二"));
    // Relative times count through plural entries (one form in Chinese).
    const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
    QCOMPARE(TimeText::relative(now.addDays(-3), now), QStringLiteral("3 天前"));
    QCOMPARE(TimeText::relative(now.addSecs(2 * 3600), now), QStringLiteral("2 小时后"));
    // The demo's keychain as the status bar names it.
    QCOMPARE(MemoryKeychain().backendName(), QStringLiteral("内存"));
    // A passphrase too long for the reader says so in Chinese too.
    QVERIFY(!translated("PassphraseReader",
                        "the team passphrase on standard input is longer than %1 bytes; QuotaDeck refuses it rather "
                        "than use only part of it")
                 .contains(QLatin1String("passphrase")));
}

void TestTranslations::traditionalChinese()
{
    QVERIFY(Translations::install(QStringLiteral("zh_TW")));
    QCOMPARE(translated("MainActions", "&Refresh"), QStringLiteral("重新整理(&R)"));
    QCOMPARE(translated("MainTabs", "&Dashboard"), QStringLiteral("儀表板(&D)"));
    QCOMPARE(translated("SettingsDialog", "Settings"), QStringLiteral("設定"));
    QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QLocale().territory(), QLocale::Taiwan);
    // Taiwan's short time format starts with CLDR's day period "B", which Qt 6.4 prints as a literal "B":
    // times are shown with 上午/下午 instead, and the key table's status says the key's state in Chinese.
    QVERIFY2(QLocale().timeFormat(QLocale::ShortFormat).contains(QLatin1Char('B')), "the workaround is obsolete");
    const QDateTime afternoon(QDate(2026, 12, 1), QTime(15, 5));
    const QString shown = TimeText::local(afternoon, afternoon.addDays(2));
    QVERIFY2(!shown.contains(QLatin1Char('B')) && shown.contains(QStringLiteral("下午")), qPrintable(shown));
    QVERIFY(!QLocale().toString(afternoon.time(), TimeText::clockFormat()).contains(QLatin1Char('B')));
    KeyRecord key;
    key.status = KeyStatus::Exhausted;
    QCOMPARE(KeyTableModel::formatStatus(key, afternoon), QStringLiteral("已耗盡"));
}

void TestTranslations::englishPluralForms()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(translated("RefreshStatusBar", "%1 key(s)", 1), QStringLiteral("%1 key"));
    QCOMPARE(translated("RefreshStatusBar", "%1 key(s)", 2), QStringLiteral("%1 keys"));
    QCOMPARE(translated("AlertPanel", "%n alert(s) not yet seen", 1), QStringLiteral("1 alert not yet seen"));
    QCOMPARE(translated("KeyEditor", "Imported %n key(s)", 12), QStringLiteral("Imported 12 keys"));
    // Relative times: "1 day", "2 days" from one plural entry.
    const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
    QCOMPARE(TimeText::relative(now.addDays(1), now), QStringLiteral("in 1 day"));
    QCOMPARE(TimeText::relative(now.addDays(2), now), QStringLiteral("in 2 days"));
    QCOMPARE(TimeText::relative(now.addSecs(-60), now), QStringLiteral("1 min ago"));
    QCOMPARE(TimeText::relative(now.addSecs(3 * 3600), now), QStringLiteral("in 3 h"));
    // Everything else stays the source text.
    QCOMPARE(translated("MainActions", "&Refresh"), QStringLiteral("&Refresh"));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QVERIFY(!Translations::install(QStringLiteral("fr")));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(translated("MainActions", "&Refresh"), QStringLiteral("&Refresh")); // the Chinese one is gone
    QCOMPARE(translated("RefreshStatusBar", "%1 key(s)", 1), QStringLiteral("%1 key"));
}

void TestTranslations::tagForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("tag");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG"
                           << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW"
                           << "zh_TW";
    QTest::newRow("zh_HK") << "zh_HK"
                           << "zh_TW";
    QTest::newRow("zh_Hant_MY") << "zh_Hant_MY"
                                << "zh_TW";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("de_DE") << "de_DE"
                           << "en";
    QTest::newRow("C") << "C"
                       << "en";
}

void TestTranslations::tagForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, tag);
    QCOMPARE(Translations::tagFor(QLocale(locale)), tag);
}

void TestTranslations::languageSettingKeepsKnownTags()
{
    TempDataDir dir;
    const QString file = Settings::fileIn(dir.path());
    Settings s;
    s.language = QStringLiteral("zh_TW");
    QVERIFY(s.save(file));
    QStringList warnings;
    QCOMPARE(Settings::load(file, &warnings).language, QStringLiteral("zh_TW"));
    QVERIFY(warnings.isEmpty());
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    }
    QCOMPARE(Settings::load(file, &warnings).language, QString());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("ui/language")), qPrintable(warnings.first()));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
