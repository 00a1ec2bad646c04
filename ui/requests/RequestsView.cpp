#include "ui/requests/RequestsView.h"

#include "models/analytics/Figures.h"
#include "models/itemmodels/RequestLogModel.h"
#include "models/session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
QComboBox* choices(const QStringList& values, const QString& all, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(all, QString());
    for (const QString& value : values) {
        box->addItem(value, value);
    }
    return box;
}

} // namespace

RequestsView::RequestsView(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RequestLogModel(this))
{
    setObjectName(QStringLiteral("requestsView"));
    m_endpoint = choices({ QStringLiteral("search"),
                           QStringLiteral("extract"),
                           QStringLiteral("crawl"),
                           QStringLiteral("map"),
                           QStringLiteral("research") },
                         tr("All endpoints"),
                         this);
    m_endpoint->setObjectName(QStringLiteral("requestsEndpoint"));
    m_depth = choices(
        { QStringLiteral("basic"), QStringLiteral("advanced"), QStringLiteral("fast"), QStringLiteral("ultra-fast") },
        tr("Any search depth"),
        this);
    m_depth->setObjectName(QStringLiteral("requestsDepth"));
    m_unattributed = new QCheckBox(tr("Unattributed o&nly"), this);
    m_unattributed->setObjectName(QStringLiteral("requestsUnattributed"));
    m_unattributed->setToolTip(tr("Requests whose key could not be told: Tavily names a key by its last four "
                                  "characters, and none or several of the account's keys end with them."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("requestsCount"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requestsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("requestsSync"));
    m_sync->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: the view then never measures 100,000 rows, only the ones it paints.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(RequestLogModel::Time, Qt::DescendingOrder);
    fitTimeColumn();
    fitKeyColumn();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_endpoint);
    filters->addWidget(m_depth);
    filters->addWidget(m_unattributed);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_sync);
    layout->addWidget(m_table, 1);

    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &RequestsView::reload);
    connect(m_depth, &QComboBox::currentIndexChanged, this, &RequestsView::reload);
    connect(m_unattributed, &QCheckBox::toggled, this, &RequestsView::reload);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &RequestsView::reload);
    connect(m_session, &Session::requestLogSynced, this, [this](const LogSyncSummary& sync) {
        showSync(sync);
        reload();
    });
    connect(m_session, &Session::keysChanged, this, [this]() {
        m_model->setKeyLabels(m_session->keyLabels());
        fitKeyColumn();
    });
    m_sync->setText(tr("Request logs are read after each refresh, for accounts whose plan offers them."));
    reload();
}

// Wide enough for any date and time, measured on sample texts rather than the rows: there may be 100,000 of
// them, and a column sized to the rows shown would change width as the log scrolls or is filtered.
void RequestsView::fitTimeColumn()
{
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Time,
                                               widthFor(RequestLogModel::Time, RequestLogModel::widestTimeTexts()));
}

// Wide enough for every key's label and an unattributed entry, measured on those texts for the same reason;
// only when the labels call for another width, so a refresh does not undo the user's own width.
void RequestsView::fitKeyColumn()
{
    StoredLogEntry unattributed;
    unattributed.entry.keyLastFour = QStringLiteral("WWWW"); // the widest last four characters
    QStringList samples = m_session->keyLabels().values();
    samples << RequestLogModel::keyText(unattributed, {});
    const int width = widthFor(RequestLogModel::Key, samples);
    if (width != m_keyColumnWidth) {
        m_keyColumnWidth = width;
        m_table->horizontalHeader()->resizeSection(RequestLogModel::Key, width);
    }
}

int RequestsView::widthFor(int column, const QStringList& samples) const
{
    // Fractional advances, rounded up: the delegate elides by those, and whole pixels may fall short.
    const QFontMetricsF metrics(m_table->font());
    int text = 0;
    for (const QString& sample : samples) {
        text = std::max(text, int(std::ceil(metrics.horizontalAdvance(sample))));
    }
    // The item delegate's margin on each side, and a pixel for the grid line.
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return std::max(text + 2 * margin + 2, m_table->horizontalHeader()->sectionSizeHint(column));
}

void RequestsView::reload()
{
    LogFilter filter;
    filter.endpoint = m_endpoint->currentData().toString();
    filter.depth = m_depth->currentData().toString();
    filter.unattributedOnly = m_unattributed->isChecked();
    const QHeaderView* header = m_table->horizontalHeader();
    filter.sort = RequestLogModel::sortFor(header->sortIndicatorSection());
    filter.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    const quint64 serial = ++m_serial;
    QPointer<RequestsView> self(this);
    m_session->queryRequestLog(
        filter, [self, serial](const QList<StoredLogEntry>& rows, const LogSummary& summary, const QString& error) {
            if (!self || serial != self->m_serial) {
                return;
            }
            if (!error.isEmpty()) {
                self->m_summary->setText(tr("The request log cannot be read: %1").arg(error));
                return;
            }
            self->m_model->setKeyLabels(self->m_session->keyLabels());
            self->m_model->setRows(rows);
            self->showSummary(summary, rows.size());
            Q_EMIT self->loaded();
        });
}

void RequestsView::showSummary(const LogSummary& summary, qsizetype shown)
{
    m_count->setText(shown < summary.requests
                         ? tr("showing %1 of %2 requests").arg(Figures::count(shown), Figures::count(summary.requests))
                         : tr("%n request(s)", nullptr, int(std::min<qint64>(summary.requests, INT_MAX))));
    if (summary.requests == 0) {
        m_summary->setText(tr("No requests in the log yet."));
        return;
    }
    QStringList lines;
    lines << tr("%1 credits: %2").arg(Figures::count(summary.credits), Figures::parts(summary.creditsByEndpoint));
    if (!summary.creditsByDepth.isEmpty()) {
        lines << tr("Search credits by depth: %1").arg(Figures::parts(summary.creditsByDepth));
    }
    qint64 busiest = 0;
    for (const qint64 requests : summary.requestsPerHour) {
        busiest = std::max(busiest, requests);
    }
    const qint64 hours = std::max<qint64>(1, summary.requestsPerHour.size());
    lines << tr("Requests per hour: %1 on average over %2 hour(s) with requests, %3 in the busiest")
                 .arg(Figures::count(summary.requests / hours), Figures::count(hours), Figures::count(busiest));
    if (!summary.slowest.isEmpty()) {
        const StoredLogEntry& slowest = summary.slowest.first();
        lines << tr("Slowest: %1 s (%2, %3)")
                     .arg(QLocale().toString(double(slowest.entry.responseMs) / 1000.0, 'f', 1),
                          slowest.entry.endpoint,
                          RequestLogModel::keyText(slowest, m_session->keyLabels()));
    }
    if (summary.unattributed > 0) {
        lines << tr("%1 request(s) could not be matched to one key.").arg(Figures::count(summary.unattributed));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void RequestsView::showSync(const LogSyncSummary& sync)
{
    if (!sync.ok()) {
        m_sync->setText(tr("The last read of the request logs failed: %1").arg(sync.error));
        return;
    }
    QString text = tr("Last read: %1 new request(s) from %2 account(s).")
                       .arg(Figures::count(sync.stored), Figures::count(sync.asked));
    // The notes below name the free plan's accounts and those refused in this read; the rest only counted.
    if (sync.refusedEarlier > 0) {
        text += QLatin1Char(' ')
            + tr("%1 account(s) whose plan refused request logs earlier are not asked until the plan changes.")
                  .arg(Figures::count(sync.refusedEarlier));
    }
    for (const QString& note : sync.notes) {
        text += QLatin1Char('\n') + note;
    }
    m_sync->setText(text);
}
