#include "ui/window/RefreshStatusBar.h"

#include "models/analytics/Figures.h"
#include "models/core/TimeText.h"
#include "models/itemmodels/KeyTableModel.h"
#include "ui/window/MainActions.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

namespace {
const QString kSeparator = QStringLiteral(" \u00b7 ");
}

RefreshStatusBar::RefreshStatusBar(const KeyTableModel* keys, const Clock* clock, QWidget* parent)
    : QStatusBar(parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_summaryLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_nextRefreshLabel(new QLabel(this))
    , m_vaultLabel(new QLabel(this))
    , m_demoLabel(new QLabel(tr("Demo: throwaway data"), this))
    , m_summaryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    // It takes what the permanent widgets leave and elides the rest (the whole line in its tooltip), rather
    // than pushing them off the edge of a narrow window.
    m_summaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summaryLabel->installEventFilter(this);
    addWidget(m_summaryLabel, 1);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("1000 / 1000 \u00b7 1000 failed")) + 24);
    m_progress->setMaximumHeight(fontMetrics().height() + 6);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide(); // until the first run

    m_nextRefreshLabel->setObjectName(QStringLiteral("nextRefreshLabel"));
    m_nextRefreshLabel->hide(); // while auto-refresh is off
    addPermanentWidget(m_nextRefreshLabel);
    addPermanentWidget(m_progress);

    m_vaultLabel->setObjectName(QStringLiteral("vaultLabel"));
    addPermanentWidget(m_vaultLabel);

    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setToolTip(tr("A local usage server answers; nothing here is a real Tavily key, and the data "
                               "folder is deleted on exit"));
    m_demoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_demoLabel->hide();
    addPermanentWidget(m_demoLabel);

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(100);
    connect(m_summaryTimer, &QTimer::timeout, this, &RefreshStatusBar::updateSummary);
}

void RefreshStatusBar::offerStoredRun(const RunRecord& run)
{
    if (!m_lastRun || run.finishedAt > m_lastRun->finishedAt) {
        m_lastRun = run;
    }
}

void RefreshStatusBar::scheduleSummary()
{
    if (!m_summaryTimer->isActive()) {
        m_summaryTimer->start();
    }
}

void RefreshStatusBar::updateSummary()
{
    m_summaryTimer->stop();
    const QList<KeyRecord>& keys = m_keys->keys();
    if (keys.isEmpty()) {
        setSummaryText(tr("No keys"));
        return;
    }
    QStringList parts { tr("%1 key(s)", nullptr, int(keys.size())).arg(Figures::count(keys.size())),
                        Figures::statusText(Figures::keysByStatus(keys), kSeparator) };
    // The last refresh's time relative, exact in the tooltip.
    QString exact;
    if (m_lastRun && m_lastRun->finishedAt.isValid()) {
        const QDateTime finished = m_lastRun->finishedAt.toUTC();
        QString details = m_lastRun->wallMs < 100
            ? tr("%1 ms").arg(m_lastRun->wallMs)
            : tr("%1 s").arg(QLocale().toString(double(m_lastRun->wallMs) / 1000.0, 'f', 1));
        if (m_lastRun->state == RunState::Cancelled) {
            details += tr(", cancelled");
        }
        parts << tr("last refresh %1 (%2)").arg(TimeText::relative(finished, m_clock->now()), details);
        exact = tr("Last refresh finished %1").arg(TimeText::utc(finished));
    } else {
        parts << tr("never refreshed");
    }
    m_summaryExact = exact;
    setSummaryText(parts.join(kSeparator));
}

void RefreshStatusBar::setSummaryText(const QString& text)
{
    m_summaryText = text;
    elideSummary();
}

void RefreshStatusBar::elideSummary()
{
    const QString shown = m_summaryLabel->fontMetrics().elidedText(
        m_summaryText, Qt::ElideRight, qMax(0, m_summaryLabel->contentsRect().width()));
    m_summaryLabel->setText(shown);
    m_summaryLabel->setToolTip((shown == m_summaryText ? QString() : m_summaryText + QLatin1Char('\n'))
                               + m_summaryExact);
}

void RefreshStatusBar::showBusy()
{
    m_progress->setRange(0, 0); // busy until the engine reports progress
    m_progress->show();
}

void RefreshStatusBar::showProgress(const RunProgress& progress)
{
    const RunProgress::Counts counts = progress.counts();
    if (counts.total == 0 && !progress.isBusy()) {
        // A refresh of no key at all has nothing to count: a "0 / 0" left behind would read as stuck.
        m_progress->hide();
        return;
    }
    m_progress->setRange(0, qMax(1, counts.total));
    m_progress->setValue(counts.done);
    QString format = tr("%1 / %2").arg(counts.done).arg(counts.total);
    if (counts.failed > 0) {
        format += kSeparator + tr("%1 failed").arg(counts.failed);
    }
    if (!progress.isBusy() && progress.wasCancelled()) {
        format += kSeparator + tr("cancelled");
    }
    m_progress->setFormat(format);
}

void RefreshStatusBar::setProgressTip(const QString& tip)
{
    m_progress->setToolTip(tip);
    m_progress->show();
}

void RefreshStatusBar::setNextRefresh(const QDateTime& next, int minutes)
{
    if (!next.isValid()) {
        m_nextRefreshLabel->hide();
        return;
    }
    // At most an hour ahead, so the time alone is clear (past midnight too).
    m_nextRefreshLabel->setText(tr("Next refresh %1 UTC").arg(next.toUTC().toString(QStringLiteral("HH:mm"))));
    const QString skip = tr("A scheduled refresh is skipped while another is still running.");
    m_nextRefreshLabel->setToolTip(
        minutes > 0
            ? tr("Auto-refresh runs %1.").arg(MainActions::autoRefreshText(minutes).toLower()) + QLatin1Char(' ') + skip
            : skip);
    m_nextRefreshLabel->show();
}

void RefreshStatusBar::showVault(
    VaultState state, Vault::TeamProblem problem, bool team, const QString& backend, const QString& message)
{
    switch (state) {
    case VaultState::Open:
        if (team) {
            m_vaultLabel->setText(backend.isEmpty() ? tr("Team key open") : tr("Team key open (%1)").arg(backend));
            m_vaultLabel->setToolTip(tr("Keys are encrypted with the team key, derived from the team passphrase "
                                        "and held by this keychain"));
            break;
        }
        m_vaultLabel->setText(backend.isEmpty() ? tr("Vault open") : tr("Vault open (%1)").arg(backend));
        m_vaultLabel->setToolTip(tr("Keys are encrypted with a data key held by the keychain"));
        break;
    case VaultState::Opening:
        m_vaultLabel->setText(tr("Opening the vault\u2026"));
        m_vaultLabel->setToolTip(tr("Waiting for the keychain; it may ask you to unlock it"));
        break;
    case VaultState::Unavailable:
        m_vaultLabel->setText(problem == Vault::TeamProblem::None ? tr("Vault unavailable") : tr("Team key needed"));
        m_vaultLabel->setToolTip(message);
        break;
    }
}

void RefreshStatusBar::setDemo(bool demo)
{
    m_demoLabel->setVisible(demo);
}

bool RefreshStatusBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_summaryLabel && event->type() == QEvent::Resize) {
        elideSummary();
    }
    return QStatusBar::eventFilter(watched, event);
}
