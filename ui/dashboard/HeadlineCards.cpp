#include "ui/dashboard/HeadlineCards.h"

#include "models/core/TimeText.h"
#include "models/money/CostTable.h"
#include "ui/style/StatusPalette.h"
#include "ui/window/ElidedLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {
QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}
} // namespace

HeadlineCards::HeadlineCards(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("headlineCards"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto card = [this, row](const QString& objectName, const QString& caption, int stretch) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(2);
        auto* title = new ElidedLabel(caption, frame);
        title->setForegroundRole(QPalette::PlaceholderText);
        m_captions.append(title);
        auto* value = new ElidedLabel(frame);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::RichText);
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        value->setFont(font);
        // Five cards share the width: a figure wraps onto a second line when its card is narrow (a narrow
        // window, a longer language) rather than being cut to "20.0% of 456 look-ups, 19.0 an h…".
        value->setWordWrap(true);
        // Long key names are cut with an ellipsis, not allowed to widen the window; the tooltip has the
        // whole line.
        for (QLabel* label : std::initializer_list<QLabel*> { title, value }) {
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            label->setMinimumWidth(0);
        }
        box->addWidget(title);
        box->addWidget(value);
        row->addWidget(frame, stretch);
        return value;
    };
    m_statusesValue = card(QStringLiteral("headlineStatuses"), tr("Keys by status"), 5);
    m_creditsValue = card(QStringLiteral("headlineCreditsLeft"), tr("Credits left this cycle"), 3);
    m_hitRateValue = card(QStringLiteral("headlineHitRate"), tr("Cache hit rate over the range"), 3);
    m_exhaustionValue = card(QStringLiteral("headlineExhaustion"), tr("Next predicted exhaustion"), 3);
    m_costValue = card(QStringLiteral("headlineCost"), tr("Cost this cycle (US dollars)"), 3);
}

void HeadlineCards::showCost(const AccountCosts::Total& total, int accounts, const QStringList& accountLines)
{
    if (accounts == 0 || total.unpriced == accounts) {
        m_costValue->setText(tr("—"));
        m_costValue->setDetailToolTip(accountLines.join(QLatin1Char('\n')));
    } else {
        const QString later = total.projected
            ? tr("%1 at the cycle end").arg(CostTable::money(total.projected->expected))
            : tr("no projection yet");
        m_costValue->setText(tr("%1 <span style=\"font-weight:normal\">so far, %2</span>")
                                 .arg(CostTable::money(total.costSoFar), later.toHtmlEscaped()));
        QStringList lines = accountLines;
        if (total.saving > 0) {
            lines << tr("The advised plans would save %1 a month.").arg(CostTable::money(total.saving));
        }
        m_costValue->setDetailToolTip(lines.join(QLatin1Char('\n')));
    }
    m_costValue->setAccessibleName(m_captions.constLast()->text());
    m_costValue->setAccessibleDescription(QTextDocumentFragment::fromHtml(m_costValue->text()).toPlainText());
}

void HeadlineCards::applyPalette()
{
    for (QLabel* caption : std::as_const(m_captions)) {
        caption->setForegroundRole(QPalette::PlaceholderText);
    }
}

void HeadlineCards::showFigures(const Headline& h, const PeriodFigures& period, bool anyForecast, const QDateTime& now)
{
    const QPalette pal = palette();
    QStringList parts;
    for (const auto& [status, n] : h.byStatus) {
        const QColor color = status == KeyStatus::Unknown || status == KeyStatus::Disabled
            ? pal.color(QPalette::PlaceholderText)
            : StatusPalette::foreground(status, pal);
        parts << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                     .arg(color.name(), Figures::count(n), Figures::statusWord(status).toHtmlEscaped());
    }
    m_statusesValue->setText(parts.isEmpty() ? tr("—") : parts.join(QStringLiteral(" · ")));

    m_creditsValue->setText(!h.creditsRemaining ? tr("—")
                                                : tr("%1 <span style=\"font-weight:normal\">of %2 (%3)</span>")
                                                      .arg(Figures::count(*h.creditsRemaining),
                                                           Figures::count(h.creditsLimit),
                                                           tr("%Ln account(s)", nullptr, int(h.accountsCounted))));
    m_creditsValue->setDetailToolTip(tr("Over the accounts with a plan limit and a figure this billing cycle: %1 of %2")
                                         .arg(h.accountsCounted)
                                         .arg(h.accounts));

    const LookupPoint& total = period.lookups;
    const std::optional<double> perHour = period.callsPerHour();
    m_hitRateValue->setText(total.lookups() == 0
                                ? tr("—")
                                : tr("%1 <span style=\"font-weight:normal\">of %2 look-ups, %3 an hour</span>")
                                      .arg(percent(total.hitRate()),
                                           Figures::count(total.lookups()),
                                           QLocale().toString(perHour.value_or(0), 'f', 1)));
    QString counted = tr("Counted %1 – %2")
                          .arg(TimeText::local(QDateTime::fromMSecsSinceEpoch(period.countedSinceMs, Qt::UTC), now),
                               TimeText::local(QDateTime::fromMSecsSinceEpoch(period.countedUntilMs, Qt::UTC), now));
    if (!period.exact()) {
        counted += QLatin1Char('\n') + tr("in whole hours: look-ups older than the raw history are kept per hour");
    }
    m_hitRateValue->setDetailToolTip(counted);

    if (!h.nextExhaustion) {
        m_exhaustionValue->setText(!anyForecast ? tr("—") : tr("none before the cycle ends"));
        m_exhaustionValue->setDetailToolTip({});
    } else {
        const NextExhaustion& next = *h.nextExhaustion;
        const QString color = StatusPalette::foreground(KeyStatus::Exhausted, pal).name();
        m_exhaustionValue->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span> <span style=\"font-weight:normal\">%3</span>")
                .arg(color, TimeText::relative(next.at, now).toHtmlEscaped(), next.name.toHtmlEscaped()));
        m_exhaustionValue->setDetailToolTip(next.name + QLatin1Char('\n') + TimeText::local(next.at, now)
                                            + QStringLiteral(" (") + TimeText::utc(next.at) + QLatin1Char(')'));
    }
    // Read aloud as "caption: figure": the colours and markup say nothing to a screen reader.
    QLabel* const values[] = { m_statusesValue, m_creditsValue, m_hitRateValue, m_exhaustionValue };
    for (qsizetype i = 0; i < m_captions.size() && i < qsizetype(std::size(values)); ++i) {
        QLabel* value = values[i];
        value->setAccessibleName(m_captions.at(i)->text());
        value->setAccessibleDescription(QTextDocumentFragment::fromHtml(value->text()).toPlainText());
    }
}
