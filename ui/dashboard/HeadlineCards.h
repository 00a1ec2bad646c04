#pragma once
// The dashboard's headline: four cards with the figures a person looks for first (keys by status, credits
// left this cycle, the cache hit rate over the range, the next predicted exhaustion). The figures are
// Figures::headline's and the range's PeriodFigures; this only words and colours them.

#include "models/analytics/Figures.h"
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
    void applyPalette();

private:
    ElidedLabel* m_statusesValue = nullptr;
    ElidedLabel* m_creditsValue = nullptr;
    ElidedLabel* m_hitRateValue = nullptr;
    ElidedLabel* m_exhaustionValue = nullptr;
    QList<ElidedLabel*> m_captions;
};
