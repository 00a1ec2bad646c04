#pragma once
// The Prices page of the settings dialog: Tavily's plans (name, monthly price, credits) and the pay-as-you-go
// price per credit that costs and advice are computed with (models/money). Cells are plain text so a bad
// figure can be named in one line and kept on screen to correct; the page holds no prices of its own, it
// shows a table and reads back what was typed.

#include "models/money/PriceTable.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class PricesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PricesPage(QWidget* parent = nullptr);

    void setPrices(const PriceTable& prices);
    // `inForce` with the figures typed (PriceTable::edited), or nothing with *error naming the first bad one.
    std::optional<PriceTable> prices(const PriceTable& inForce, const QDate& today, QString* error) const;

private:
    void addPlan();
    void removeSelected();

    QTableWidget* m_plans;
    QLineEdit* m_paygo;
    QPushButton* m_remove;
};
