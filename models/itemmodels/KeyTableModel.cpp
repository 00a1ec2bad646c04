#include "models/itemmodels/KeyTableModel.h"

#include "models/analytics/Figures.h"
#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/itemmodels/KeyErrorText.h"
#include "models/tavily/ApiKey.h"

#include <QTimer>

#include <cmath>
#include <limits>

namespace {
constexpr QChar kEmDash(0x2014);

std::optional<qint64> usedOf(const KeyRecord& key, int column)
{
    return column == KeyTableModel::KeyUsageColumn ? key.keyUsage : key.planUsage;
}

std::optional<qint64> limitOf(const KeyRecord& key, int column)
{
    return column == KeyTableModel::KeyUsageColumn ? key.keyLimit : key.planLimit;
}

std::optional<double> fractionOf(const std::optional<qint64>& used, const std::optional<qint64>& limit)
{
    if (!used || !limit) {
        return std::nullopt;
    }
    if (*limit <= 0) {
        return *used > 0 ? 1.0 : 0.0; // a zero limit allows nothing: anything used is all of it
    }
    return qBound(0.0, double(*used) / double(*limit), 1.0);
}

// Sorting by status puts healthy keys first and the ones that need attention last (descending: first).
int statusSeverity(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Disabled:
        return 0;
    case KeyStatus::Unknown:
        return 1;
    case KeyStatus::Ok:
        return 2;
    case KeyStatus::Low:
        return 3;
    case KeyStatus::RateLimited:
        return 4;
    case KeyStatus::Error:
        return 5;
    case KeyStatus::Exhausted:
        return 6;
    case KeyStatus::Invalid:
        return 7;
    }
    return 1;
}

// What the view shows of a key; a reload that changes none of it needs no repaint.
bool sameShown(const KeyRecord& a, const KeyRecord& b)
{
    return a.id == b.id && a.label == b.label && a.masked == b.masked && a.enabled == b.enabled && a.status == b.status
        && a.keyUsage == b.keyUsage && a.keyLimit == b.keyLimit && a.plan == b.plan && a.planUsage == b.planUsage
        && a.planLimit == b.planLimit && a.paygoUsage == b.paygoUsage && a.paygoLimit == b.paygoLimit
        && a.lastRefreshed == b.lastRefreshed && a.lastError == b.lastError && a.lastErrorCode == b.lastErrorCode
        && a.lastHttpStatus == b.lastHttpStatus && a.retryAt == b.retryAt && a.project == b.project
        && a.createdAt == b.createdAt && a.replaces == b.replaces && a.replacedBy == b.replacedBy;
}

QVariant optionalValue(const std::optional<qint64>& value)
{
    return value ? QVariant::fromValue<qint64>(*value) : QVariant();
}

// The key's kind with the request rate Tavily allows it on its search endpoints.
QString kindToolTip(ApiKey::Kind kind)
{
    const std::optional<int> rpm = ApiKey::requestsPerMinute(kind);
    return rpm ? KeyTableModel::tr("%1 key: Tavily allows it %2 requests per minute")
                     .arg(ApiKey::kindText(kind), KeyTableModel::formatCount(*rpm))
               : KeyTableModel::tr("%1 key: neither a development (tvly-dev-) nor a production (tvly-prod-) key")
                     .arg(ApiKey::kindText(kind));
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', fraction < 0.1 ? 1 : 0) + QLatin1Char('%');
}
} // namespace

KeyTableModel::KeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_expiry(new QTimer(this))
{
    // A "rate limited until ..." pill turns into "rate limited" the moment its time has come.
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, [this]() {
        if (!m_keys.isEmpty()) {
            Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status), { Qt::DisplayRole, Qt::ToolTipRole });
        }
        scheduleExpiry();
    });
}

QDateTime KeyTableModel::now() const
{
    return m_clock ? m_clock->now() : SystemClock::instance()->now();
}

void KeyTableModel::scheduleExpiry()
{
    const QDateTime current = now();
    std::optional<qint64> next;
    for (const KeyRecord& key : std::as_const(m_keys)) {
        if (key.retryAt.isValid() && key.retryAt > current) {
            const qint64 ms = current.msecsTo(key.retryAt);
            next = std::min(next.value_or(ms), ms);
        }
    }
    if (next) {
        m_expiry->start(int(std::min<qint64>(*next + 20, 3'600'000)));
    } else {
        m_expiry->stop();
    }
}

void KeyTableModel::setKeys(const QList<KeyRecord>& keys)
{
    if (m_keys.isEmpty() || !applyDifference(keys)) {
        // The first load, or another order (never the session's, which is by id): no rows to keep.
        beginResetModel();
        m_keys = keys;
        rebuildIndex();
        endResetModel();
    }
    scheduleExpiry();
}

bool KeyTableModel::applyDifference(const QList<KeyRecord>& keys)
{
    // Rows are removed, inserted and repainted as the keys came and went (another process's import, a key
    // removed elsewhere), so the selection and the scroll position stay where they were. Possible when the
    // rows kept are in the same order in both lists.
    QHash<qint64, int> wanted;
    wanted.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        wanted.insert(keys.at(i).id, i);
    }
    int last = -1;
    for (const KeyRecord& key : std::as_const(m_keys)) {
        const int at = wanted.value(key.id, -1);
        if (at >= 0) {
            if (at < last) {
                return false;
            }
            last = at;
        }
    }
    // Gone: bottom up, in contiguous blocks.
    for (int row = int(m_keys.size()) - 1; row >= 0;) {
        if (wanted.contains(m_keys.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_keys.at(first - 1).id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_keys.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // New: where the list has them, in contiguous blocks; then the rows kept whose shown values changed.
    for (int row = 0; row < keys.size();) {
        if (row < m_keys.size() && m_keys.at(row).id == keys.at(row).id) {
            ++row;
            continue;
        }
        // Up to the next row kept (or the end).
        const bool tail = row >= m_keys.size();
        const qint64 nextKept = tail ? 0 : m_keys.at(row).id;
        int end = row;
        while (end < keys.size() && (tail || keys.at(end).id != nextKept)) {
            ++end;
        }
        beginInsertRows({}, row, end - 1);
        m_keys.insert(row, end - row, KeyRecord {});
        for (int i = row; i < end; ++i) {
            m_keys[i] = keys.at(i);
        }
        endInsertRows();
        row = end;
    }
    rebuildIndex();
    const int count = int(keys.size());
    int first = -1;
    for (int row = 0; row <= count; ++row) {
        const bool changed = row < count && !sameShown(m_keys.at(row), keys.at(row));
        if (row < count) {
            m_keys[row] = keys.at(row);
        }
        if (changed && first < 0) {
            first = row;
        } else if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
    return true;
}

void KeyTableModel::updateKey(const KeyRecord& key)
{
    const int row = rowOf(key.id);
    if (row < 0) {
        const int newRow = int(m_keys.size());
        beginInsertRows({}, newRow, newRow);
        m_keys.append(key);
        m_rows.insert(key.id, newRow);
        endInsertRows();
        scheduleExpiry();
        return;
    }
    m_keys[row] = key;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    scheduleExpiry();
}

void KeyTableModel::removeKey(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

const KeyRecord* KeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int KeyTableModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

void KeyTableModel::setClock(const Clock* clock)
{
    m_clock = clock;
    refreshRelativeTimes();
}

void KeyTableModel::refreshRelativeTimes()
{
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0, LastRefreshed), index(rowCount() - 1, LastRefreshed), { Qt::DisplayRole });
        if (m_rotationDays > 0) {
            // "Rotate by" turns into "overdue since" as time passes too.
            Q_EMIT dataChanged(index(0, RotateBy), index(rowCount() - 1, RotateBy), { Qt::DisplayRole });
        }
    }
    scheduleExpiry(); // the clock may have moved
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KeyRecord& key = m_keys.at(index.row());
    const int column = index.column();
    const bool usageColumn = column == KeyUsageColumn || column == PlanUsage;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(key, column);
    case Qt::EditRole:
        return column == Label ? QVariant(key.label) : displayData(key, column);
    case Qt::ToolTipRole:
        return toolTipData(key, column);
    case Qt::AccessibleTextRole:
        return accessibleText(key, column);
    case Qt::AccessibleDescriptionRole:
        return toolTipData(key, column);
    case Qt::TextAlignmentRole:
        if (usageColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case KeyIdRole:
        return key.id;
    case StatusRole:
        return int(key.effectiveStatus());
    case EnabledRole:
        return key.enabled;
    case RetryAtRole:
        return key.retryAt.isValid() ? QVariant(key.retryAt) : QVariant();
    case UsedRole:
        return usageColumn ? optionalValue(usedOf(key, column)) : QVariant();
    case LimitRole:
        return usageColumn ? optionalValue(limitOf(key, column)) : QVariant();
    case FractionRole:
        if (usageColumn) {
            const auto fraction = fractionOf(usedOf(key, column), limitOf(key, column));
            return fraction ? QVariant(*fraction) : QVariant();
        }
        return {};
    case SortRole:
        return sortData(key, column);
    case SearchTextRole:
        return searchText(key);
    default:
        return {};
    }
}

QVariant KeyTableModel::displayData(const KeyRecord& key, int column) const
{
    switch (column) {
    case Label:
        return key.label;
    case Masked:
        return key.masked;
    case Project:
        return key.project;
    case Status:
        return formatStatus(key, now());
    case KeyUsageColumn:
        return formatUsage(key.keyUsage, key.keyLimit);
    case Plan:
        return key.plan.isEmpty() ? QString(kEmDash) : key.plan;
    case PlanUsage:
        return formatUsage(key.planUsage, key.planLimit);
    case LastRefreshed:
        return formatRelative(key.lastRefreshed, now());
    case RotateBy:
        return rotateByText(key);
    case LastError: {
        // One line in the cell, in the window's language; the tooltip has all of it.
        return KeyErrorText::line(key, now());
    }
    }
    return {};
}

QString KeyTableModel::searchText(const KeyRecord& key) const
{
    // One call per row instead of one per column: filtering 10,000 keys per keystroke stays cheap.
    const QChar sep = QLatin1Char('\n');
    return key.label + sep + key.masked + sep + key.project + sep + formatStatus(key, now()) + sep
        + formatUsage(key.keyUsage, key.keyLimit) + sep + key.plan + sep + formatUsage(key.planUsage, key.planLimit)
        + sep + KeyErrorText::line(key, now());
}

QVariant KeyTableModel::accessibleText(const KeyRecord& key, int column) const
{
    switch (column) {
    case KeyUsageColumn:
    case PlanUsage: {
        // The bar's figures in words, with the share the bar's length shows.
        const std::optional<qint64> used = usedOf(key, column);
        const std::optional<qint64> limit = limitOf(key, column);
        if (!used) {
            return tr("not known yet");
        }
        if (!limit) {
            return tr("%1 credits used, no limit").arg(formatCount(*used));
        }
        const double fraction = fractionOf(used, limit).value_or(0.0);
        return tr("%1 of %2 credits used (%3%)")
            .arg(formatCount(*used), formatCount(*limit))
            .arg(std::lround(fraction * 100));
    }
    case Plan:
        return key.plan.isEmpty() ? QVariant(tr("not known yet")) : QVariant();
    default:
        return {};
    }
}

QVariant KeyTableModel::toolTipData(const KeyRecord& key, int column) const
{
    switch (column) {
    case Label:
        return labelToolTip(key);
    case Masked:
        return kindToolTip(ApiKey::kindOf(key.masked));
    case Project:
        return key.project.isEmpty() ? tr("No project: look-ups report the whole key's usage")
                                     : tr("Look-ups ask for project \"%1\" only (X-Project-ID)").arg(key.project);
    case Status: {
        const KeyStatus status = key.effectiveStatus();
        if (status == KeyStatus::Disabled) {
            return tr("Disabled: Refresh skips this key");
        }
        if (status == KeyStatus::Unknown) {
            return tr("Not refreshed yet");
        }
        QStringList lines;
        if (status == KeyStatus::RateLimited && key.retryAt.isValid()) {
            lines << (key.retryAt > now() ? tr("May be asked again at %1 (%2)")
                                                .arg(TimeText::local(key.retryAt, now()), formatUtc(key.retryAt))
                                          : tr("May be asked again (since %1)").arg(formatUtc(key.retryAt)));
        }
        if (!key.lastError.isEmpty()) {
            lines << KeyErrorText::line(key, now(), false); // the retry time is the line above
        }
        if (key.lastHttpStatus != 0 && key.lastHttpStatus != 200) {
            lines << tr("HTTP status %1").arg(key.lastHttpStatus);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case KeyUsageColumn:
    case PlanUsage: {
        const auto used = usedOf(key, column);
        const auto limit = limitOf(key, column);
        if (!used) {
            return tr("Not refreshed yet");
        }
        QString text = column == KeyUsageColumn ? tr("This key used %1 credits this billing cycle")
                                                : tr("The account used %1 credits of its plan this billing cycle");
        text = text.arg(formatCount(*used));
        if (limit) {
            const qint64 left = qMax<qint64>(0, *limit - *used);
            text += QLatin1Char('\n')
                + tr("%1 of %2 (%3); %4 left")
                      .arg(formatCount(*used),
                           formatCount(*limit),
                           percent(*fractionOf(used, limit)),
                           formatCount(left));
        } else {
            text += QLatin1Char('\n')
                + (column == KeyUsageColumn ? tr("No limit of its own: the plan's limit applies")
                                            : tr("No plan limit reported"));
        }
        if (column == PlanUsage && key.paygoUsage && (key.paygoLimit || *key.paygoUsage > 0)) {
            text += QLatin1Char('\n') + tr("Pay-as-you-go: %1").arg(formatUsage(key.paygoUsage, key.paygoLimit));
        }
        return text;
    }
    case LastRefreshed:
        return key.lastRefreshed.isValid() ? formatUtc(key.lastRefreshed) : tr("Never refreshed");
    case RotateBy:
        return ageToolTip(key);
    case LastError:
        return key.lastError.isEmpty() ? QVariant() : QVariant(KeyErrorText::details(key, now()));
    }
    return {};
}

QVariant KeyTableModel::sortData(const KeyRecord& key, int column) const
{
    switch (column) {
    case Label:
        return key.label;
    case Masked:
        return key.masked;
    case Project:
        return key.project;
    case Status:
        return statusSeverity(key.effectiveStatus());
    case KeyUsageColumn:
    case PlanUsage: {
        // Keys never refreshed sort below every figure, including zero.
        const auto used = usedOf(key, column);
        return QVariant::fromValue<qint64>(used ? *used : -1);
    }
    case Plan:
        return key.plan;
    case LastRefreshed:
        return QVariant::fromValue<qint64>(key.lastRefreshed.isValid() ? key.lastRefreshed.toMSecsSinceEpoch() : -1);
    case RotateBy: {
        // Keys without a date (disabled, or the reminder off) after every date, by when they were added.
        const QDateTime due = rotateBy(key);
        return QVariant::fromValue<qint64>(due.isValid() ? due.toMSecsSinceEpoch()
                                                         : std::numeric_limits<qint64>::max() / 2
                                                   + (key.createdAt.isValid() ? key.createdAt.toMSecsSinceEpoch() : 0));
    }
    case LastError:
        return KeyErrorText::line(key, now());
    }
    return {};
}

void KeyTableModel::rebuildIndex()
{
    m_rows.clear();
    m_rows.reserve(m_keys.size());
    for (int row = 0; row < m_keys.size(); ++row) {
        m_rows.insert(m_keys.at(row).id, row);
    }
}
