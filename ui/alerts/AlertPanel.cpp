#include "ui/alerts/AlertPanel.h"

#include "models/itemmodels/AlertTableModel.h"
#include "models/notify/AlertService.h"
#include "models/session/Session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace {
// Alerts not yet seen stand out: time, key and reason in bold.
class UnseenBoldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() <= AlertTableModel::Reason && !index.data(AlertTableModel::AcknowledgedRole).toBool()) {
            option->font.setBold(true);
        }
    }
};
} // namespace

AlertPanel::AlertPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session->alerts())
    , m_retryTimer(new QTimer(this))
    , m_model(new AlertTableModel(this))
    , m_list(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Mark all as seen"), this))
    , m_markSeen(new QAction(tr("Mark as &seen"), this))
{
    setObjectName(QStringLiteral("alertPanel"));
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new UnseenBoldDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertsButton"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertPanel::acknowledgeAll);

    // One alert at a time, from the keyboard too: Delete already removes keys in this window.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_markSeen->setObjectName(QStringLiteral("markAlertSeenAction"));
    m_markSeen->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_markSeen->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markSeen->setEnabled(false);
    addAction(m_markSeen);
    connect(m_markSeen, &QAction::triggered, this, &AlertPanel::acknowledgeSelected);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AlertPanel::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertPanel::updateMarkSeen);

    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_acknowledge);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);

    connect(m_service, &AlertService::checked, this, &AlertPanel::onChecked);
    connect(m_service, &AlertService::acknowledged, this, [this]() { reload(); });
    connect(m_service, &AlertService::passFinished, this, [this](const DeliveryPass& pass) {
        if (!pass.outcomes.isEmpty()) {
            reload();
        }
    });
    m_retryTimer->setInterval(std::chrono::minutes(1));
    connect(m_retryTimer, &QTimer::timeout, m_service, &AlertService::deliverDue);
    m_retryTimer->start();
    reload();
    checkNow(); // on start: conditions that arose while the window was closed (a cron refresh)
}

AlertPanel::~AlertPanel() = default;

void AlertPanel::checkNow()
{
    m_service->checkNow();
}

bool AlertPanel::isChecking() const
{
    return m_service->isBusy();
}

void AlertPanel::onChecked(const QList<AlertRecord>& raised, const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Alerts could not be checked: %1").arg(error));
    }
    reload([this, raised]() {
        if (!raised.isEmpty()) {
            Q_EMIT this->raised(raised);
        }
        Q_EMIT checked();
    });
}

void AlertPanel::acknowledgeAll()
{
    m_service->acknowledge(m_model->unacknowledgedIds()); // reloads when done (acknowledged)
}

void AlertPanel::acknowledgeSelected()
{
    const QList<qint64> ids = selectedUnseenIds();
    if (!ids.isEmpty()) {
        m_service->acknowledge(ids); // reloads when done (acknowledged)
    }
}

QList<qint64> AlertPanel::unseenIds() const
{
    return m_unseen;
}

QList<qint64> AlertPanel::selectedUnseenIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        if (!row.data(AlertTableModel::AcknowledgedRole).toBool()) {
            ids << row.data(AlertTableModel::AlertIdRole).toLongLong();
        }
    }
    return ids;
}

void AlertPanel::updateMarkSeen()
{
    m_markSeen->setEnabled(!selectedUnseenIds().isEmpty());
}

void AlertPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex at = m_list->indexAt(position);
    if (at.isValid() && !m_list->selectionModel()->isRowSelected(at.row(), at.parent())) {
        m_list->selectionModel()->select(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
    }
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("alertContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_markSeen);
    QAction* all = menu->addAction(m_acknowledge->text(), this, &AlertPanel::acknowledgeAll);
    all->setEnabled(m_acknowledge->isEnabled());
    menu->popup(m_list->viewport()->mapToGlobal(position)); // popup(), not exec(): no nested event loop
}

void AlertPanel::reload(const std::function<void()>& then)
{
    m_service->latest(MaxListed, this, [this, then](const QList<ListedAlert>& alerts, const QString& error) {
        // The list is read anew: the keyboard stays on the alert it was on, to mark the next one.
        const qint64 current = m_list->currentIndex().data(AlertTableModel::AlertIdRole).toLongLong();
        m_model->setAlerts(alerts);
        for (int row = 0; current != 0 && row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(AlertTableModel::AlertIdRole).toLongLong() == current) {
                m_list->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
        updateMarkSeen();
        showListed(error);
        if (then) {
            then();
        }
    });
}

void AlertPanel::showListed(const QString& error)
{
    const int open = int(m_model->unacknowledgedIds().size());
    if (!error.isEmpty()) {
        m_status->setText(tr("Alerts could not be read: %1").arg(error));
    } else if (m_model->rowCount() == 0) {
        m_status->setText(tr("No alerts yet. Alerts are raised after each refresh: usage over %1%, exhaustion "
                             "predicted before the cycle ends, a key turned invalid or exhausted.")
                              .arg(std::lround((1.0 - m_session->settings().lowThreshold) * 100)));
    } else {
        m_status->setText(tr("%n alert(s) not yet seen", nullptr, open));
    }
    m_acknowledge->setEnabled(open > 0);
    const QList<qint64> unseen = m_model->unacknowledgedIds();
    if (unseen != m_unseen) {
        m_unseen = unseen;
        Q_EMIT unseenChanged(m_unseen);
    }
    const QHash<qint64, QString> highlighted = m_model->unacknowledgedByKey();
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        Q_EMIT highlightChanged(m_highlighted);
    }
}
