#pragma once
// The dashboard's headline: five cards with the figures a person looks for first (keys by status, credits
// left this cycle, the cache hit rate over the range, the next predicted exhaustion, the cost this cycle). The figures
// are Figures::headline's and the range's PeriodFigures; this only words and colours them.

#include "models/analytics/Figures.h"
#include "models/money/AccountCost.h"
#include "models/store/PeriodQueries.h"

#include <QList>
#include <QWidget>

class ElidedLabel;

class HeadlineCards : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlineCards(QWidget* parent);

    // `anyForecast`: some key or account has a forecast at all (else "none before the cycle ends" would
    // claim too much). `now` in UTC.
    void showFigures(const Headline& h, const PeriodFigures& period, bool anyForecast, const QDateTime& now);
    // What the accounts cost this cycle (their lines in the tooltip); "—" when no account has a priced plan.
    void showCost(const AccountCosts::Total& total, int accounts, const QStringList& accountLines);
    void applyPalette();

private:
    ElidedLabel* m_statusesValue = nullptr;
    ElidedLabel* m_creditsValue = nullptr;
    ElidedLabel* m_hitRateValue = nullptr;
    ElidedLabel* m_exhaustionValue = nullptr;
    ElidedLabel* m_costValue = nullptr;
    QList<ElidedLabel*> m_captions;
};
