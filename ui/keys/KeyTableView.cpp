#include "ui/keys/KeyTableView.h"

#include "models/itemmodels/KeyTableModel.h"
#include "ui/keys/KeyFilterProxyModel.h"
#include "ui/keys/KeyTableDelegates.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QToolTip>

KeyTableView::KeyTableView(KeyTableModel* model, KeyFilterProxyModel* proxy, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("keyTable"));
    setModel(m_proxy);
    setItemDelegate(new KeyRowDelegate(this));
    setItemDelegateForColumn(KeyTableModel::Status, new StatusPillDelegate(this));
    setItemDelegateForColumn(KeyTableModel::Masked, new MaskedKeyDelegate(this));
    setItemDelegateForColumn(KeyTableModel::KeyUsageColumn, new UsageBarDelegate(this));
    setItemDelegateForColumn(KeyTableModel::PlanUsage, new UsageBarDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);

    QHeaderView* header = horizontalHeader();
    header->setObjectName(QStringLiteral("keyTableHeader"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setResizeContentsPrecision(500); // bounded cost of fitting columns to thousands of keys
    header->setMinimumSectionSize(48);
    const int usageWidth = fontMetrics().horizontalAdvance(QStringLiteral("10,000 / 100,000")) + 36;
    header->resizeSection(KeyTableModel::KeyUsageColumn, usageWidth);
    header->resizeSection(KeyTableModel::PlanUsage, usageWidth);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns) {
            m_userSizedColumns.insert(column); // the user's width wins over fitting from now on
        }
    });
    setSortingEnabled(true);
    sortByColumn(KeyTableModel::Label, Qt::AscendingOrder);

    // The empty-state hint lies over the viewport and lets clicks through to it.
    m_emptyHint = new QLabel(viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_emptyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.25);
    m_emptyHint->setFont(hintFont);
    viewport()->installEventFilter(this);
}

KeyTableView::~KeyTableView()
{
    // ~QWidget hides and lays out the children after this class's members are gone; cut the paths back
    // into them (a resized header section would otherwise write to a destroyed QSet).
    viewport()->removeEventFilter(this);
    disconnect(horizontalHeader(), nullptr, this, nullptr);
}

QList<KeyRecord> KeyTableView::selectedKeys() const
{
    QList<KeyRecord> keys;
    const QModelIndexList rows = selectionModel()->selectedRows(KeyTableModel::Label);
    for (const QModelIndex& row : rows) {
        if (const KeyRecord* key = m_model->keyAt(m_proxy->mapToSource(row).row())) {
            keys << *key;
        }
    }
    std::sort(keys.begin(), keys.end(), [this](const KeyRecord& a, const KeyRecord& b) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(a.id), 0)).row()
            < m_proxy->mapFromSource(m_model->index(m_model->rowOf(b.id), 0)).row();
    });
    return keys;
}

QList<qint64> KeyTableView::selectedEnabledIds() const
{
    QList<qint64> ids;
    const QList<KeyRecord> keys = selectedKeys();
    for (const KeyRecord& key : keys) {
        if (key.enabled) {
            ids << key.id;
        }
    }
    return ids;
}

void KeyTableView::selectKey(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, KeyTableModel::Label));
    if (!index.isValid()) {
        return; // filtered out
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void KeyTableView::editCurrentLabel()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QModelIndex label = current.siblingAtColumn(KeyTableModel::Label);
    setCurrentIndex(label);
    edit(label);
}

void KeyTableView::showRenameError(qint64 id, const QString& error)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex cell = m_proxy->mapFromSource(m_model->index(row, KeyTableModel::Label));
        const QRect rect = visualRect(cell);
        QToolTip::showText(viewport()->mapToGlobal(rect.bottomLeft()), error, viewport(), rect);
    }
}

void KeyTableView::setRenamable(bool renamable)
{
    setEditTriggers(renamable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              : QAbstractItemView::NoEditTriggers);
}

void KeyTableView::fitColumnsToKeys()
{
    // Keys added, imported or removed (here or by another process) bring labels and masked keys of other
    // widths: fit again, both ways. A reload of the same keys (after a run, a rename) leaves the widths be.
    QSet<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (const KeyRecord& key : m_model->keys()) {
        ids.insert(key.id);
    }
    if (ids.isEmpty() || ids == m_fittedKeys) {
        return;
    }
    m_fittedKeys = ids;
    fitColumns(false);
}

void KeyTableView::fitColumns(bool growOnly)
{
    // Fit the short columns to what they hold now, within bounds; the last error takes the rest. After the
    // first fit columns only grow, so the table does not jump about from one refresh to the next.
    m_fittingColumns = true;
    const struct
    {
        int column;
        int maxWidth;
    } fits[] = {
        { KeyTableModel::Label, 280 },  { KeyTableModel::Masked, 240 }, { KeyTableModel::Project, 200 },
        { KeyTableModel::Status, 220 }, { KeyTableModel::Plan, 200 },   { KeyTableModel::LastRefreshed, 160 },
    };
    for (const auto& fit : fits) {
        if (m_userSizedColumns.contains(fit.column)) {
            continue;
        }
        const int before = columnWidth(fit.column);
        resizeColumnToContents(fit.column);
        const int width = qMin(columnWidth(fit.column), fit.maxWidth);
        setColumnWidth(fit.column, growOnly ? qMax(before, width) : width);
    }
    m_fittingColumns = false;
}

void KeyTableView::updateEmptyHint(const QString& filterText)
{
    if (m_model->rowCount() == 0) {
        m_emptyHint->setText(tr("No keys yet \u2014 Add key or Import a list"));
        m_emptyHint->show();
    } else if (m_proxy->rowCount() == 0) {
        m_emptyHint->setText(tr("No key matches \u201c%1\u201d").arg(filterText));
        m_emptyHint->show();
    } else {
        m_emptyHint->hide();
        return;
    }
    m_emptyHint->setGeometry(viewport()->rect());
    m_emptyHint->raise();
}

bool KeyTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(viewport()->rect());
    }
    return QTableView::eventFilter(watched, event);
}
