// KeyTableModel: rows, roles, sort values and the human forms the table and the command line share.

#include "models/core/TimeText.h"
#include "models/itemmodels/KeyTableModel.h"
#include "tests/testsupport/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

namespace {
const QDateTime kNow(QDate(2026, 11, 1), QTime(14, 2, 33), QTimeZone::utc());

KeyRecord makeKey(qint64 id, const QString& label, KeyStatus status = KeyStatus::Unknown)
{
    KeyRecord key;
    key.id = id;
    key.label = label;
    key.masked = QStringLiteral("tvly-dev-****%1").arg(id, 4, 10, QLatin1Char('0'));
    key.status = status;
    key.createdAt = kNow.addDays(-3);
    return key;
}

KeyRecord refreshedKey(qint64 id, const QString& label, KeyStatus status, qint64 used, std::optional<qint64> limit)
{
    KeyRecord key = makeKey(id, label, status);
    key.keyUsage = used;
    key.keyLimit = limit;
    key.plan = QStringLiteral("Researcher");
    key.planUsage = used * 3;
    key.planLimit = 100000;
    key.lastRefreshed = kNow.addSecs(-120);
    key.lastHttpStatus = 200;
    return key;
}

QList<KeyRecord> sampleKeys()
{
    KeyRecord invalid = makeKey(3, QStringLiteral("old"), KeyStatus::Invalid);
    invalid.lastError = QStringLiteral("The key was revoked.\nAsk for a new one.");
    invalid.lastHttpStatus = 401;
    invalid.lastRefreshed = kNow.addSecs(-3 * 3600);
    return { refreshedKey(1, QStringLiteral("prod-2"), KeyStatus::Ok, 1234, 5000),
             refreshedKey(2, QStringLiteral("prod-10"), KeyStatus::Low, 4600, 5000),
             invalid,
             makeKey(4, QStringLiteral("new")) };
}

QVariant cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

// The rows a dataChanged spy saw, as "first-last" strings, with the columns checked to span the row.
QStringList changedRows(const QSignalSpy& spy)
{
    QStringList rows;
    for (const QList<QVariant>& args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        rows << QStringLiteral("%1-%2").arg(topLeft.row()).arg(bottomRight.row());
    }
    return rows;
}
} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void setKeysResetsAndIndexes();
    void updateKeyChangesOneRowOnly();
    void updateKeyAddsUnknownKey();
    void reloadWithSameKeysRepaintsOnlyChangedRows();
    void reloadAppliesTheDifference();
    void removeKey();
    void displayRoles();
    void usageRoles();
    void statusRoleIsEffective();
    void toolTips();
    void sortValues();
    void proxySortsBySortRole();
    void labelEditAsksForRename();
    void formatUsage_data();
    void formatUsage();
    void formatStatus_data();
    void formatStatus();
    void formatRelative_data();
    void formatRelative();
    void headers();
    void projectAndKind();
    void refreshRelativeTimesTouchesOneColumn();
    void retryPillChangesWhenItsTimeComes();
};

void TestKeyTableModel::modelTester()
{
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(sampleKeys());
    model.updateKey(refreshedKey(4, QStringLiteral("new"), KeyStatus::Ok, 10, std::nullopt));
    model.updateKey(makeKey(9, QStringLiteral("late")));
    model.removeKey(2);
    model.setKeys(model.keys()); // same rows: dataChanged path
    model.setKeys({});
    model.setKeys(sampleKeys());

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(KeyTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(KeyTableModel::Status, Qt::DescendingOrder);
    model.updateKey(refreshedKey(4, QStringLiteral("new"), KeyStatus::Exhausted, 10, 10));
    model.removeKey(1);
}

void TestKeyTableModel::setKeysResetsAndIndexes()
{
    KeyTableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setKeys(sampleKeys());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(KeyTableModel::ColumnCount));
    QCOMPARE(model.rowOf(3), 2);
    QCOMPARE(model.rowOf(42), -1);
    QVERIFY(model.keyAt(0));
    QCOMPARE(model.keyAt(0)->label, QStringLiteral("prod-2"));
    QVERIFY(!model.keyAt(4));
    QVERIFY(!model.keyAt(-1));
    QCOMPARE(cell(model, 1, 0, KeyTableModel::KeyIdRole).toLongLong(), 2);
}

void TestKeyTableModel::updateKeyChangesOneRowOnly()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.updateKey(refreshedKey(4, QStringLiteral("new"), KeyStatus::Ok, 77, 1000));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 3);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), KeyTableModel::ColumnCount - 1);
    QCOMPARE(cell(model, 3, KeyTableModel::Status).toString(), QStringLiteral("ok"));
    QCOMPARE(cell(model, 3, KeyTableModel::KeyUsageColumn).toString(), QStringLiteral("77 / 1,000"));
}

void TestKeyTableModel::updateKeyAddsUnknownKey()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateKey(makeKey(12, QStringLiteral("added")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowOf(12), 4);
    QCOMPARE(cell(model, 4, KeyTableModel::Label).toString(), QStringLiteral("added"));
}

void TestKeyTableModel::reloadWithSameKeysRepaintsOnlyChangedRows()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QList<KeyRecord> reloaded = sampleKeys();
    reloaded[1].keyUsage = 4700;
    reloaded[3].status = KeyStatus::Error;
    reloaded[3].lastError = QStringLiteral("timeout");
    model.setKeys(reloaded);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changedRows(changed), QStringList({ QStringLiteral("1-1"), QStringLiteral("3-3") }));
    QCOMPARE(cell(model, 3, KeyTableModel::LastError).toString(), QStringLiteral("timeout"));

    changed.clear();
    model.setKeys(reloaded); // nothing changed: nothing to repaint
    QCOMPARE(changed.count(), 0);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    reloaded.removeLast(); // a key gone: its row only (reloadAppliesTheDifference)
    model.setKeys(reloaded);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestKeyTableModel::reloadAppliesTheDifference()
{
    // Keys removed and added elsewhere: rows go and come, the rest stay (a selection, a scroll position).
    KeyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(sampleKeys()); // ids 1 2 3 4
    const QPersistentModelIndex kept(model.index(2, KeyTableModel::Label)); // id 3
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<KeyRecord> reloaded = sampleKeys();
    reloaded.removeAt(3); // 4 gone
    reloaded.removeAt(0); // 1 gone
    reloaded[1].label = QStringLiteral("renamed"); // 3
    reloaded.insert(1, makeKey(5, QStringLiteral("between"))); // not by id, but the kept rows keep their order
    reloaded << makeKey(6, QStringLiteral("six")) << makeKey(7, QStringLiteral("seven"));
    model.setKeys(reloaded); // 2 5 3 6 7
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(changedRows(changed), QStringList { QStringLiteral("2-2") });
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(kept.data().toString(), QStringLiteral("renamed"));
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.keyAt(row)->id;
        QCOMPARE(model.rowOf(model.keyAt(row)->id), row);
    }
    QCOMPARE(ids, (QList<qint64> { 2, 5, 3, 6, 7 }));

    // The kept rows in another order: nothing to keep, a reset.
    std::reverse(reloaded.begin(), reloaded.end());
    model.setKeys(reloaded);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.keyAt(0)->id, 7);
}

void TestKeyTableModel::removeKey()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeKey(2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(2), -1);
    QCOMPARE(model.rowOf(3), 1); // rows after the removed one moved up
    QCOMPARE(model.rowOf(4), 2);
    QCOMPARE(cell(model, 2, KeyTableModel::Label).toString(), QStringLiteral("new"));

    model.removeKey(99); // unknown: nothing happens
    QCOMPARE(removed.count(), 1);
}

void TestKeyTableModel::displayRoles()
{
    ManualClock clock(kNow);
    KeyTableModel model;
    model.setClock(&clock);
    model.setKeys(sampleKeys());

    QCOMPARE(cell(model, 0, KeyTableModel::Label).toString(), QStringLiteral("prod-2"));
    QCOMPARE(cell(model, 0, KeyTableModel::Masked).toString(), QStringLiteral("tvly-dev-****0001"));
    QCOMPARE(cell(model, 0, KeyTableModel::Status).toString(), QStringLiteral("ok"));
    QCOMPARE(cell(model, 0, KeyTableModel::KeyUsageColumn).toString(), QStringLiteral("1,234 / 5,000"));
    QCOMPARE(cell(model, 0, KeyTableModel::Plan).toString(), QStringLiteral("Researcher"));
    QCOMPARE(cell(model, 0, KeyTableModel::PlanUsage).toString(), QStringLiteral("3,702 / 100,000"));
    QCOMPARE(cell(model, 0, KeyTableModel::LastRefreshed).toString(), QStringLiteral("2 min ago"));
    QCOMPARE(cell(model, 0, KeyTableModel::LastError).toString(), QString());

    QCOMPARE(cell(model, 2, KeyTableModel::Status).toString(), QStringLiteral("invalid"));
    QCOMPARE(cell(model, 2, KeyTableModel::LastError).toString(),
             QStringLiteral("The key was revoked. Ask for a new one."));
    QCOMPARE(cell(model, 2, KeyTableModel::LastRefreshed).toString(), QStringLiteral("3 h ago"));

    // Never refreshed.
    QCOMPARE(cell(model, 3, KeyTableModel::Status).toString(), QStringLiteral("unknown"));
    QCOMPARE(cell(model, 3, KeyTableModel::KeyUsageColumn).toString(), QStringLiteral("\u2014"));
    QCOMPARE(cell(model, 3, KeyTableModel::Plan).toString(), QStringLiteral("\u2014"));
    QCOMPARE(cell(model, 3, KeyTableModel::LastRefreshed).toString(), QStringLiteral("never"));

    QCOMPARE(cell(model, 0, KeyTableModel::Label, Qt::EditRole).toString(), QStringLiteral("prod-2"));
    QVERIFY(model.flags(model.index(0, KeyTableModel::Label)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, KeyTableModel::Masked)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!cell(model, 0, KeyTableModel::Label, KeyTableModel::UsedRole).isValid());
}

void TestKeyTableModel::usageRoles()
{
    KeyTableModel model;
    QList<KeyRecord> keys = sampleKeys();
    keys << refreshedKey(5, QStringLiteral("unlimited"), KeyStatus::Ok, 250, std::nullopt);
    keys << refreshedKey(6, QStringLiteral("over"), KeyStatus::Exhausted, 1200, 1000);
    model.setKeys(keys);

    QCOMPARE(cell(model, 0, KeyTableModel::KeyUsageColumn, KeyTableModel::UsedRole).toLongLong(), 1234);
    QCOMPARE(cell(model, 0, KeyTableModel::KeyUsageColumn, KeyTableModel::LimitRole).toLongLong(), 5000);
    QCOMPARE(cell(model, 0, KeyTableModel::KeyUsageColumn, KeyTableModel::FractionRole).toDouble(), 1234.0 / 5000.0);
    QCOMPARE(cell(model, 0, KeyTableModel::PlanUsage, KeyTableModel::UsedRole).toLongLong(), 3702);
    QCOMPARE(cell(model, 0, KeyTableModel::PlanUsage, KeyTableModel::LimitRole).toLongLong(), 100000);
    QCOMPARE(cell(model, 0, KeyTableModel::PlanUsage, KeyTableModel::FractionRole).toDouble(), 3702.0 / 100000.0);

    // No limit: used is there, limit and fraction are not.
    QCOMPARE(cell(model, 4, KeyTableModel::KeyUsageColumn).toString(), QStringLiteral("250 / no limit"));
    QCOMPARE(cell(model, 4, KeyTableModel::KeyUsageColumn, KeyTableModel::UsedRole).toLongLong(), 250);
    QVERIFY(!cell(model, 4, KeyTableModel::KeyUsageColumn, KeyTableModel::LimitRole).isValid());
    QVERIFY(!cell(model, 4, KeyTableModel::KeyUsageColumn, KeyTableModel::FractionRole).isValid());

    // Over the limit: the bar is full, not more than full.
    QCOMPARE(cell(model, 5, KeyTableModel::KeyUsageColumn, KeyTableModel::FractionRole).toDouble(), 1.0);

    // Never refreshed: nothing at all.
    QVERIFY(!cell(model, 3, KeyTableModel::KeyUsageColumn, KeyTableModel::UsedRole).isValid());
    QVERIFY(!cell(model, 3, KeyTableModel::KeyUsageColumn, KeyTableModel::FractionRole).isValid());
}

void TestKeyTableModel::statusRoleIsEffective()
{
    KeyTableModel model;
    QList<KeyRecord> keys = sampleKeys();
    keys[0].enabled = false;
    model.setKeys(keys);
    QCOMPARE(cell(model, 0, KeyTableModel::Status, KeyTableModel::StatusRole).toInt(), int(KeyStatus::Disabled));
    QCOMPARE(cell(model, 0, KeyTableModel::Status).toString(), QStringLiteral("disabled"));
    QCOMPARE(cell(model, 0, KeyTableModel::Label, KeyTableModel::EnabledRole).toBool(), false);
    QCOMPARE(cell(model, 1, KeyTableModel::Label, KeyTableModel::StatusRole).toInt(), int(KeyStatus::Low));
    QCOMPARE(cell(model, 1, KeyTableModel::Label, KeyTableModel::EnabledRole).toBool(), true);
    QVERIFY(!cell(model, 1, KeyTableModel::Status, KeyTableModel::RetryAtRole).isValid());
}

void TestKeyTableModel::toolTips()
{
    KeyTableModel model;
    ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(14, 1), QTimeZone::utc()));
    model.setClock(&clock);
    QList<KeyRecord> keys = sampleKeys();
    KeyRecord limited = refreshedKey(7, QStringLiteral("busy"), KeyStatus::RateLimited, 5, 100);
    limited.retryAt = QDateTime(QDate(2026, 11, 1), QTime(14, 5, 0), QTimeZone::utc());
    limited.lastError = QStringLiteral("Too many requests");
    limited.lastHttpStatus = 429;
    keys << limited;
    model.setKeys(keys);

    QCOMPARE(cell(model, 0, KeyTableModel::LastRefreshed, Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-01 14:00:33 UTC"));
    QCOMPARE(cell(model, 3, KeyTableModel::LastRefreshed, Qt::ToolTipRole).toString(),
             QStringLiteral("Never refreshed"));
    const QString error = cell(model, 2, KeyTableModel::LastError, Qt::ToolTipRole).toString();
    QVERIFY2(error.contains(QStringLiteral("The key was revoked.\nAsk for a new one.")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("401")));
    QVERIFY(!cell(model, 0, KeyTableModel::LastError, Qt::ToolTipRole).isValid());

    // The pill in local time (the locale's format), the exact UTC time on hover.
    QCOMPARE(cell(model, 4, KeyTableModel::Status).toString(),
             QStringLiteral("rate limited until %1")
                 .arg(QLocale().toString(limited.retryAt.toLocalTime().time(), TimeText::clockFormat())));
    const QString retry = cell(model, 4, KeyTableModel::Status, Qt::ToolTipRole).toString();
    QVERIFY2(retry.contains(QStringLiteral("2026-11-01 14:05:00 UTC")), qPrintable(retry));
    QCOMPARE(cell(model, 4, KeyTableModel::Status, KeyTableModel::RetryAtRole).toDateTime(), limited.retryAt);

    const QString usage = cell(model, 0, KeyTableModel::KeyUsageColumn, Qt::ToolTipRole).toString();
    QVERIFY2(usage.contains(QStringLiteral("3,766 left")), qPrintable(usage));
}

void TestKeyTableModel::sortValues()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    const auto sortValue = [&](int row, int column) { return cell(model, row, column, KeyTableModel::SortRole); };

    QCOMPARE(sortValue(0, KeyTableModel::Label).toString(), QStringLiteral("prod-2"));
    QCOMPARE(sortValue(0, KeyTableModel::KeyUsageColumn).toLongLong(), 1234);
    QCOMPARE(sortValue(3, KeyTableModel::KeyUsageColumn).toLongLong(), -1); // never refreshed sorts first
    QCOMPARE(sortValue(0, KeyTableModel::PlanUsage).toLongLong(), 3702);
    QCOMPARE(sortValue(0, KeyTableModel::LastRefreshed).toLongLong(), kNow.addSecs(-120).toMSecsSinceEpoch());
    QCOMPARE(sortValue(3, KeyTableModel::LastRefreshed).toLongLong(), -1);

    // Status sorts by how much attention a key needs: unknown < ok < low < invalid.
    const int unknown = sortValue(3, KeyTableModel::Status).toInt();
    const int ok = sortValue(0, KeyTableModel::Status).toInt();
    const int low = sortValue(1, KeyTableModel::Status).toInt();
    const int invalid = sortValue(2, KeyTableModel::Status).toInt();
    QVERIFY(unknown < ok);
    QVERIFY(ok < low);
    QVERIFY(low < invalid);
}

void TestKeyTableModel::proxySortsBySortRole()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(KeyTableModel::SortRole);

    proxy.sort(KeyTableModel::KeyUsageColumn, Qt::DescendingOrder);
    QStringList labels;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        labels << cell(proxy, row, KeyTableModel::Label).toString();
    }
    // 4600, 1234, then the two without figures (-1), in their original order.
    QCOMPARE(labels.mid(0, 2), QStringList({ QStringLiteral("prod-10"), QStringLiteral("prod-2") }));

    proxy.sort(KeyTableModel::Status, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, KeyTableModel::Label).toString(), QStringLiteral("old")); // invalid first
    QCOMPARE(cell(proxy, 3, KeyTableModel::Label).toString(), QStringLiteral("new")); // unknown last

    // A live update re-sorts without a reset.
    model.updateKey(refreshedKey(4, QStringLiteral("new"), KeyStatus::Exhausted, 10, 10));
    QCOMPARE(cell(proxy, 1, KeyTableModel::Label).toString(), QStringLiteral("new"));
}

void TestKeyTableModel::labelEditAsksForRename()
{
    KeyTableModel model;
    model.setKeys(sampleKeys());
    QSignalSpy rename(&model, &KeyTableModel::renameRequested);

    QVERIFY(model.setData(model.index(1, KeyTableModel::Label), QStringLiteral("  staging  ")));
    QCOMPARE(rename.count(), 1);
    QCOMPARE(rename.at(0).at(0).toLongLong(), 2);
    QCOMPARE(rename.at(0).at(1).toString(), QStringLiteral("staging"));
    // The model waits for the owner of the store to confirm with updateKey().
    QCOMPARE(cell(model, 1, KeyTableModel::Label).toString(), QStringLiteral("prod-10"));

    QVERIFY(!model.setData(model.index(1, KeyTableModel::Label), QStringLiteral("prod-10"))); // unchanged
    QVERIFY(!model.setData(model.index(1, KeyTableModel::Label), QStringLiteral("   "))); // empty
    QVERIFY(!model.setData(model.index(1, KeyTableModel::Masked), QStringLiteral("x"))); // not editable
    QCOMPARE(rename.count(), 1);
}

void TestKeyTableModel::formatUsage_data()
{
    QTest::addColumn<std::optional<qint64>>("used");
    QTest::addColumn<std::optional<qint64>>("limit");
    QTest::addColumn<QString>("expected");

    using O = std::optional<qint64>;
    QTest::newRow("grouped") << O(1234) << O(5000) << QStringLiteral("1,234 / 5,000");
    QTest::newRow("small") << O(0) << O(1000) << QStringLiteral("0 / 1,000");
    QTest::newRow("no limit") << O(1234) << O() << QStringLiteral("1,234 / no limit");
    QTest::newRow("never refreshed") << O() << O(5000) << QStringLiteral("\u2014");
    QTest::newRow("nothing") << O() << O() << QStringLiteral("\u2014");
    QTest::newRow("millions") << O(1234567) << O(10000000) << QStringLiteral("1,234,567 / 10,000,000");
    QTest::newRow("three digits") << O(999) << O(100) << QStringLiteral("999 / 100");
    QTest::newRow("six digits") << O(100000) << O(999999) << QStringLiteral("100,000 / 999,999");
}

void TestKeyTableModel::formatUsage()
{
    QFETCH(std::optional<qint64>, used);
    QFETCH(std::optional<qint64>, limit);
    QFETCH(QString, expected);
    QCOMPARE(KeyTableModel::formatUsage(used, limit), expected);
}

void TestKeyTableModel::formatStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QDateTime>("retryAt");
    QTest::addColumn<QString>("expected");

    const QDateTime noTime;
    QTest::newRow("unknown") << int(KeyStatus::Unknown) << true << noTime << QStringLiteral("unknown");
    QTest::newRow("ok") << int(KeyStatus::Ok) << true << noTime << QStringLiteral("ok");
    QTest::newRow("low") << int(KeyStatus::Low) << true << noTime << QStringLiteral("low");
    QTest::newRow("exhausted") << int(KeyStatus::Exhausted) << true << noTime << QStringLiteral("exhausted");
    QTest::newRow("invalid") << int(KeyStatus::Invalid) << true << noTime << QStringLiteral("invalid");
    QTest::newRow("error") << int(KeyStatus::Error) << true << noTime << QStringLiteral("error");
    QTest::newRow("rate limited") << int(KeyStatus::RateLimited) << true << noTime << QStringLiteral("rate limited");
    // Until when, in local time while the hold lasts (kNow is 14:02:33 UTC); once it is over, no time.
    const QDateTime retry(QDate(2026, 11, 1), QTime(14, 5, 59), QTimeZone::utc());
    const QString until = QLocale().toString(retry.toLocalTime().time(), TimeText::clockFormat());
    QTest::newRow("rate limited until") << int(KeyStatus::RateLimited) << true << retry
                                        << QStringLiteral("rate limited until %1").arg(until);
    QTest::newRow("retry time in another zone")
        << int(KeyStatus::RateLimited) << true << retry.toTimeZone(QTimeZone(7200))
        << QStringLiteral("rate limited until %1").arg(until);
    QTest::newRow("hold over") << int(KeyStatus::RateLimited) << true << kNow.addSecs(-1)
                               << QStringLiteral("rate limited");
    QTest::newRow("disabled wins") << int(KeyStatus::Invalid) << false << noTime << QStringLiteral("disabled");
}

void TestKeyTableModel::formatStatus()
{
    QFETCH(int, status);
    QFETCH(bool, enabled);
    QFETCH(QDateTime, retryAt);
    QFETCH(QString, expected);
    KeyRecord key = makeKey(1, QStringLiteral("k"), KeyStatus(status));
    key.enabled = enabled;
    key.retryAt = retryAt;
    QCOMPARE(KeyTableModel::formatStatus(key, kNow), expected);
}

void TestKeyTableModel::formatRelative_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("ahead of us") << qint64(-30) << QStringLiteral("just now");
    QTest::newRow("44 s") << qint64(44) << QStringLiteral("just now");
    QTest::newRow("50 s") << qint64(50) << QStringLiteral("1 min ago");
    QTest::newRow("2 min") << qint64(120) << QStringLiteral("2 min ago");
    QTest::newRow("59 min") << qint64(59 * 60) << QStringLiteral("59 min ago");
    QTest::newRow("59.9 min") << qint64(3599) << QStringLiteral("1 h ago");
    QTest::newRow("5 h") << qint64(5 * 3600 + 100) << QStringLiteral("5 h ago");
    QTest::newRow("yesterday") << qint64(30 * 3600) << QStringLiteral("yesterday");
    QTest::newRow("3 days") << qint64(3 * 86400 + 5) << QStringLiteral("3 days ago");
    // Past a week: the date, in the locale's format.
    QTest::newRow("long ago") << qint64(30 * 86400)
                              << QLocale().toString(kNow.addDays(-30).toLocalTime().date(), QLocale::ShortFormat);
}

void TestKeyTableModel::formatRelative()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    QCOMPARE(KeyTableModel::formatRelative(kNow.addSecs(-secondsAgo), kNow), expected);
    QCOMPARE(KeyTableModel::formatRelative({}, kNow), QStringLiteral("never"));
}

void TestKeyTableModel::headers()
{
    KeyTableModel model;
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column) {
        names << model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(names,
             QStringList({ QStringLiteral("Label"),
                           QStringLiteral("Key"),
                           QStringLiteral("Project"),
                           QStringLiteral("Status"),
                           QStringLiteral("Key usage"),
                           QStringLiteral("Plan"),
                           QStringLiteral("Plan usage"),
                           QStringLiteral("Last refreshed"),
                           QStringLiteral("Rotate by"),
                           QStringLiteral("Last error") }));
}

void TestKeyTableModel::projectAndKind()
{
    KeyTableModel model;
    QList<KeyRecord> keys = sampleKeys();
    keys[0].project = QStringLiteral("research");
    keys[1].masked = QStringLiteral("tvly-prod-****0002");
    keys[2].masked = QStringLiteral("tvly-****0003");
    model.setKeys(keys);
    QCOMPARE(cell(model, 0, KeyTableModel::Project).toString(), QStringLiteral("research"));
    QCOMPARE(cell(model, 0, KeyTableModel::Project, KeyTableModel::SortRole).toString(), QStringLiteral("research"));
    QVERIFY(cell(model, 1, KeyTableModel::Project).toString().isEmpty());
    QVERIFY(cell(model, 0, KeyTableModel::Project, Qt::ToolTipRole).toString().contains(QLatin1String("research")));
    QVERIFY(cell(model, 0, KeyTableModel::Label, KeyTableModel::SearchTextRole)
                .toString()
                .contains(QLatin1String("research")));
    // The kind and its request rate, in the masked key's tooltip.
    QCOMPARE(cell(model, 0, KeyTableModel::Masked, Qt::ToolTipRole).toString(),
             QStringLiteral("Development key: Tavily allows it 100 requests per minute"));
    QCOMPARE(cell(model, 1, KeyTableModel::Masked, Qt::ToolTipRole).toString(),
             QStringLiteral("Production key: Tavily allows it 1,000 requests per minute"));
    QVERIFY(cell(model, 2, KeyTableModel::Masked, Qt::ToolTipRole).toString().startsWith(QLatin1String("Other key")));

    // A new project is a change of what the row shows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    keys[1].project = QStringLiteral("ops");
    model.setKeys(keys);
    QCOMPARE(changedRows(changed), QStringList { QStringLiteral("1-1") });
    QCOMPARE(cell(model, 1, KeyTableModel::Project).toString(), QStringLiteral("ops"));
}

void TestKeyTableModel::refreshRelativeTimesTouchesOneColumn()
{
    ManualClock clock(kNow);
    KeyTableModel model;
    model.setClock(&clock);
    model.setKeys(sampleKeys());
    QCOMPARE(cell(model, 0, KeyTableModel::LastRefreshed).toString(), QStringLiteral("2 min ago"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advanceSeconds(600);
    model.refreshRelativeTimes();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(KeyTableModel::LastRefreshed));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(KeyTableModel::LastRefreshed));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(cell(model, 0, KeyTableModel::LastRefreshed).toString(), QStringLiteral("12 min ago"));
}

// "rate limited until ..." turns into "rate limited" when that time comes, by itself: no refresh, no timer of
// the window's.
void TestKeyTableModel::retryPillChangesWhenItsTimeComes()
{
    KeyTableModel model;
    KeyRecord limited = refreshedKey(7, QStringLiteral("busy"), KeyStatus::RateLimited, 5, 100);
    limited.retryAt = QDateTime::currentDateTimeUtc().addMSecs(1200);
    model.setKeys({ limited });
    QVERIFY2(cell(model, 0, KeyTableModel::Status).toString().startsWith(QStringLiteral("rate limited until")),
             qPrintable(cell(model, 0, KeyTableModel::Status).toString()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, 0, KeyTableModel::Status).toString(), QStringLiteral("rate limited"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(KeyTableModel::Status));
}

QTEST_GUILESS_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
