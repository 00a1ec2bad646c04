#include "ui/settings/PricesPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {
enum Column { Name, Monthly, Credits };

// Figures typed in the user's locale, or in the C locale (what settings.ini and most price pages use).
std::optional<double> readDouble(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok) {
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    }
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> readCount(const QString& text)
{
    bool ok = false;
    qint64 value = QLocale().toLongLong(text.trimmed(), &ok);
    if (!ok) {
        value = QLocale::c().toLongLong(text.trimmed(), &ok);
    }
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString shown(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}
} // namespace

PricesPage::PricesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pricesPage"));
    m_plans = new QTableWidget(0, 3, this);
    m_plans->setObjectName(QStringLiteral("pricePlansTable"));
    m_plans->setHorizontalHeaderLabels({ tr("Plan"), tr("Monthly price (US dollars)"), tr("Credits per month") });
    m_plans->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_plans->horizontalHeader()->setSectionResizeMode(Monthly, QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setSectionResizeMode(Credits, QHeaderView::ResizeToContents);
    m_plans->verticalHeader()->hide();
    m_plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plans->setToolTip(tr("The plan's name as Tavily reports it for the account (current_plan); accounts on a "
                           "plan not listed here have no cost"));
    auto* plansLabel = new QLabel(tr("P&lans:"), this);
    plansLabel->setBuddy(m_plans);

    auto* add = new QPushButton(tr("&Add plan"), this);
    add->setObjectName(QStringLiteral("addPlanButton"));
    connect(add, &QPushButton::clicked, this, &PricesPage::addPlan);
    m_remove = new QPushButton(tr("&Remove plan"), this);
    m_remove->setObjectName(QStringLiteral("removePlanButton"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &PricesPage::removeSelected);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, [this]() {
        m_remove->setEnabled(!m_plans->selectedItems().isEmpty());
    });
    auto* restore = new QPushButton(tr("Restore &default prices"), this);
    restore->setObjectName(QStringLiteral("restorePricesButton"));
    connect(restore, &QPushButton::clicked, this, [this]() { setPrices(PriceTable::defaults()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(restore);

    m_paygo = new QLineEdit(this);
    m_paygo->setObjectName(QStringLiteral("paygoPriceEdit"));
    m_paygo->setToolTip(tr("What Tavily charges per credit used beyond the plan's, up to the account's "
                           "pay-as-you-go limit"));
    auto* paygoForm = new QFormLayout;
    paygoForm->addRow(tr("Pa&y-as-you-go price per credit (US dollars):"), m_paygo);

    const PriceTable published = PriceTable::defaults();
    auto* takenOn = new QLabel(tr("Defaults taken on %1 from Tavily's pricing page (%2).")
                                   .arg(QLocale().toString(published.takenOn, QLocale::LongFormat), published.source),
                               this);
    takenOn->setObjectName(QStringLiteral("pricesTakenOn"));
    takenOn->setWordWrap(true);
    takenOn->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plansLabel);
    layout->addWidget(m_plans, 1);
    layout->addLayout(buttons);
    layout->addLayout(paygoForm);
    layout->addWidget(takenOn);
}

void PricesPage::setPrices(const PriceTable& prices)
{
    m_plans->setRowCount(0);
    for (const PlanPrice& plan : prices.plans) {
        const int row = m_plans->rowCount();
        m_plans->insertRow(row);
        m_plans->setItem(row, Name, new QTableWidgetItem(plan.name));
        auto* monthly = new QTableWidgetItem(shown(plan.monthlyUsd));
        monthly->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_plans->setItem(row, Monthly, monthly);
        auto* credits = new QTableWidgetItem(QLocale().toString(plan.credits));
        credits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_plans->setItem(row, Credits, credits);
    }
    m_paygo->setText(shown(prices.paygoPerCredit));
}

std::optional<PriceTable> PricesPage::prices(const PriceTable& inForce, const QDate& today, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::optional<PriceTable>();
    };
    auto cell = [this](int row, int column) {
        const QTableWidgetItem* item = m_plans->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QList<PlanPrice> plans;
    for (int row = 0; row < m_plans->rowCount(); ++row) {
        PlanPrice plan;
        plan.name = cell(row, Name);
        if (plan.name.isEmpty()) {
            return fail(tr("Plan %1 of the price table needs a name.").arg(row + 1));
        }
        const std::optional<double> monthly = readDouble(cell(row, Monthly));
        if (!monthly || *monthly < 0) {
            return fail(tr("The monthly price of %1, \"%2\", must be a number of dollars from 0 up.")
                            .arg(plan.name, cell(row, Monthly)));
        }
        plan.monthlyUsd = *monthly;
        const std::optional<qint64> credits = readCount(cell(row, Credits));
        if (!credits || *credits <= 0) {
            return fail(
                tr("The credits of %1, \"%2\", must be a whole number above 0.").arg(plan.name, cell(row, Credits)));
        }
        plan.credits = *credits;
        for (const PlanPrice& earlier : plans) {
            if (earlier.name.compare(plan.name, Qt::CaseInsensitive) == 0) {
                return fail(tr("The price table lists the plan %1 twice.").arg(plan.name));
            }
        }
        if (!PriceTable::validPlan(plan)) {
            return fail(tr("Plan %1 of the price table cannot be used.").arg(row + 1));
        }
        plans << plan;
    }
    if (plans.isEmpty()) {
        return fail(tr("The price table needs at least one plan."));
    }
    const std::optional<double> paygo = readDouble(m_paygo->text());
    if (!paygo || !PriceTable::validPaygo(*paygo)) {
        return fail(tr("The pay-as-you-go price per credit, \"%1\", must be a number of dollars from 0 to 100.")
                        .arg(m_paygo->text().trimmed()));
    }
    return inForce.edited(plans, *paygo, today);
}

void PricesPage::addPlan()
{
    const int row = m_plans->rowCount();
    m_plans->insertRow(row);
    for (int column : { Name, Monthly, Credits }) {
        auto* item = new QTableWidgetItem;
        if (column != Name) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_plans->setItem(row, column, item);
    }
    m_plans->setCurrentCell(row, Name);
    m_plans->editItem(m_plans->item(row, Name));
}

void PricesPage::removeSelected()
{
    // From the bottom up, so the rows still to remove keep their numbers.
    QList<int> rows;
    const QList<QTableWidgetItem*> selected = m_plans->selectedItems();
    for (const QTableWidgetItem* item : selected) {
        if (!rows.contains(item->row())) {
            rows << item->row();
        }
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        m_plans->removeRow(row);
    }
}
