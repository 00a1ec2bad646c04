#pragma once
// The key table as a Qt item model: one row per key, columns in the order the window shows them. Values
// come raw through roles so the views choose colours and bars (the models library draws nothing).

#include "models/store/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Clock;
class QTimer;

class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Label,
        Masked,
        Project,
        Status,
        KeyUsageColumn,
        Plan,
        PlanUsage,
        LastRefreshed,
        RotateBy, // when the key reaches the rotation age (alerts/rotation_days); its age in the tooltip
        LastError,
        ColumnCount
    };
    enum Role {
        KeyIdRole = Qt::UserRole + 1,
        StatusRole, // int(KeyStatus), effective status
        UsedRole, // qint64 or invalid
        LimitRole, // qint64 or invalid (no limit)
        FractionRole, // double 0..1 of used/limit, invalid without a limit
        SortRole, // a value that sorts naturally
        EnabledRole,
        RetryAtRole,
        SearchTextRole, // the text of every shown column but the relative time, one string, for filtering
    };

    explicit KeyTableModel(QObject* parent = nullptr);

    // Rows come and go as keys do (rowsInserted, rowsRemoved, dataChanged for changed rows; a reset only
    // when the order of the rows kept changed), so the view keeps its selection and scroll position.
    void setKeys(const QList<KeyRecord>& keys);
    // Replaces the row of key.id (adds it if unknown); emits dataChanged for that row only.
    void updateKey(const KeyRecord& key);
    void removeKey(qint64 id);
    const KeyRecord* keyAt(int row) const;
    int rowOf(qint64 id) const;
    const QList<KeyRecord>& keys() const { return m_keys; }

    // The clock "2 min ago" is measured against (the system clock when none is set; not owned).
    void setClock(const Clock* clock);
    // The rotation age in days (Settings::rotationDays; 0: no reminder, the Rotate by column stays empty).
    void setRotationDays(int days);
    int rotationDays() const { return m_rotationDays; }
    // When `key` should be rotated; invalid when it is disabled or the rotation age is off.
    QDateTime rotateBy(const KeyRecord& key) const;
    // Relative times go stale by themselves; the view calls this now and then (dataChanged, one column).
    void refreshRelativeTimes();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Editing a label only asks for a rename (renameRequested); the owner of the store renames the key and
    // calls updateKey(), so the model never shows a label the store refused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Human forms shared by the table and the command line.
    static QString formatUsage(const std::optional<qint64>& used, const std::optional<qint64>& limit);
    // "rate limited until 3:05 PM" (local time) while the hold lasts, then "rate limited".
    static QString formatStatus(const KeyRecord& key, const QDateTime& now);
    // "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago", then the local date; "never" when invalid.
    static QString formatRelative(const QDateTime& when, const QDateTime& now);
    // "2026-11-01 14:02:33 UTC"
    static QString formatUtc(const QDateTime& when);
    // "1,234": digits grouped by commas whatever the locale, so tables and reports read the same everywhere.
    static QString formatCount(qint64 value);

Q_SIGNALS:
    void renameRequested(qint64 id, const QString& label);

private:
    QVariant displayData(const KeyRecord& key, int column) const;
    QVariant toolTipData(const KeyRecord& key, int column) const;
    // The Label column's tooltip: disabled, and which key it replaced or was replaced by.
    QVariant labelToolTip(const KeyRecord& key) const;
    QString rotateByText(const KeyRecord& key) const;
    QString ageToolTip(const KeyRecord& key) const;
    QString searchText(const KeyRecord& key) const;
    // What a screen reader says for a cell the view paints (pills, bars); invalid: the display text.
    QVariant accessibleText(const KeyRecord& key, int column) const;
    QVariant sortData(const KeyRecord& key, int column) const;
    void rebuildIndex();
    // setKeys() by rows inserted, removed and changed; false (nothing done) when the kept rows' order differs.
    bool applyDifference(const QList<KeyRecord>& keys);
    QDateTime now() const;
    // Wakes up when the earliest retry time passes, so its pill changes then (not at the next refresh).
    void scheduleExpiry();

    QList<KeyRecord> m_keys;
    QHash<qint64, int> m_rows;
    const Clock* m_clock = nullptr;
    int m_rotationDays = 0;
    QTimer* m_expiry;
};
