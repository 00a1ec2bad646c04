// KeyTableModel's header, its editing of labels, and the human forms of its figures that the command line
// shares.

#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"
#include "models/itemmodels/KeyTableModel.h"

#include <QLocale>

namespace {
constexpr QChar kEmDash(0x2014);
} // namespace

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Label:
            return tr("Label");
        case Masked:
            return tr("Key");
        case Project:
            return tr("Project");
        case Status:
            return tr("Status");
        case KeyUsageColumn:
            return tr("Key usage");
        case Plan:
            return tr("Plan");
        case PlanUsage:
            return tr("Plan usage");
        case LastRefreshed:
            return tr("Last refreshed");
        case RotateBy:
            return tr("Rotate by");
        case LastError:
            return tr("Last error");
        }
    } else if (role == Qt::TextAlignmentRole) {
        // Over the bars, which are centred.
        if (section == KeyUsageColumn || section == PlanUsage) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Label:
            return tr("Your name for the key (double-click to rename)");
        case Masked:
            return tr("The key, masked: only its prefix and last characters are ever shown");
        case Project:
            return tr("The Tavily project the key's look-ups are scoped to, if any");
        case Status:
            return tr("The outcome of the key's last look-up");
        case KeyUsageColumn:
            return tr("Credits this key used in the current billing cycle, against its own limit");
        case Plan:
            return tr("The plan of the account the key belongs to");
        case PlanUsage:
            return tr("Credits the whole account used in the current billing cycle, against the plan's limit");
        case LastRefreshed:
            return tr("When the key was last looked up (exact UTC time in the tooltip)");
        case RotateBy:
            return tr("When the key reaches the rotation age set in Settings (when it was added in the tooltip)");
        case LastError:
            return tr("What went wrong on the last look-up, if anything");
        }
    }
    return {};
}

Qt::ItemFlags KeyTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Label) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool KeyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Label
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const KeyRecord& key = m_keys.at(index.row());
    const QString label = value.toString().trimmed();
    if (label.isEmpty() || label == key.label) {
        return false;
    }
    Q_EMIT renameRequested(key.id, label);
    return true;
}

QString KeyTableModel::formatCount(qint64 value)
{
    // Built by hand: QLocale::c() omits group separators and the user's locale would change the CLI output.
    const bool negative = value < 0;
    const QString digits = QString::number(negative ? -value : value);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += QLatin1Char(',');
        }
        grouped += digits.at(i);
    }
    return negative ? QLatin1Char('-') + grouped : grouped;
}

QString KeyTableModel::formatUsage(const std::optional<qint64>& used, const std::optional<qint64>& limit)
{
    if (!used) {
        return QString(kEmDash);
    }
    return formatCount(*used) + QStringLiteral(" / ") + (limit ? formatCount(*limit) : tr("no limit"));
}

QString KeyTableModel::formatStatus(const KeyRecord& key, const QDateTime& now)
{
    const KeyStatus status = key.effectiveStatus();
    if (status == KeyStatus::RateLimited && key.retryAt.isValid() && key.retryAt > now) {
        return tr("rate limited until %1").arg(TimeText::local(key.retryAt, now));
    }
    return Figures::statusWord(status); // the same words as the status bar, in the user's language
}

QString KeyTableModel::formatRelative(const QDateTime& when, const QDateTime& now)
{
    return TimeText::relative(when, now);
}

QString KeyTableModel::formatUtc(const QDateTime& when)
{
    return TimeText::utc(when);
}

void KeyTableModel::setRotationDays(int days)
{
    if (days == m_rotationDays) {
        return;
    }
    m_rotationDays = days;
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0, RotateBy), index(rowCount() - 1, RotateBy));
    }
}

QDateTime KeyTableModel::rotateBy(const KeyRecord& key) const
{
    if (m_rotationDays <= 0 || !key.enabled || !key.createdAt.isValid()) {
        return {};
    }
    return key.createdAt.addDays(m_rotationDays);
}

QString KeyTableModel::rotateByText(const KeyRecord& key) const
{
    const QDateTime due = rotateBy(key);
    if (!due.isValid()) {
        return QString(kEmDash);
    }
    const QString day = QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat);
    return due <= now() ? tr("overdue since %1").arg(day) : day;
}

QString KeyTableModel::ageToolTip(const KeyRecord& key) const
{
    if (!key.createdAt.isValid()) {
        return {};
    }
    const qint64 age = std::max<qint64>(0, key.createdAt.daysTo(now()));
    QStringList lines { tr("Added on %1, %n day(s) ago", nullptr, int(age))
                            .arg(QLocale().toString(key.createdAt.toLocalTime().date(), QLocale::LongFormat)) };
    if (const QDateTime due = rotateBy(key); due.isValid()) {
        lines << tr("Keys older than %n day(s) raise a reminder to replace them with a new key (Key > Rotate)",
                    nullptr,
                    m_rotationDays);
    } else if (key.replacedBy) {
        lines << tr("Retired: another key replaced it");
    } else if (m_rotationDays <= 0) {
        lines << tr("No rotation reminder: it is off in Settings");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant KeyTableModel::labelToolTip(const KeyRecord& key) const
{
    const auto labelOf = [this](qint64 id) {
        const int row = rowOf(id);
        return row >= 0 ? m_keys.at(row).label : tr("key %1").arg(id);
    };
    QStringList lines;
    if (!key.enabled) {
        lines << tr("Disabled: Refresh skips this key");
    }
    if (key.replacedBy) {
        lines << tr("Retired: replaced by \u201c%1\u201d").arg(labelOf(*key.replacedBy));
    }
    if (key.replaces) {
        lines << tr("Replaces \u201c%1\u201d, whose history stays with it").arg(labelOf(*key.replaces));
    }
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}
