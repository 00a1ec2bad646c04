// What assistive technology hears from the painted parts of the window, asked through Qt's accessibility
// interface as a screen reader's bridge asks: the key table's status pills and usage bars (cells of the
// table's QAccessibleTable), the headline cards, the charts and the refresh progress bar.

#include "models/itemmodels/KeyTableModel.h"
#include "tests/testsupport/ManualClock.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/charts/ChartAccessible.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/window/MainWindow.h"

#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QAccessibleInterface* cell(QTableView* table, const QString& label, int column)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(table);
    if (!iface || !iface->tableInterface()) {
        return nullptr;
    }
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, KeyTableModel::Label).data().toString() == label) {
            return iface->tableInterface()->cellAt(row, column);
        }
    }
    return nullptr;
}
} // namespace

class TestAccessible : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyTablePillsAndBars();
    void headlineCardsAndCharts();
    void progressBar();

private:
    void openWindow();
    ManualClock m_clock { QDateTime::currentDateTimeUtc().addSecs(-3600) };
    std::unique_ptr<TestSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessible::initTestCase()
{
    // As when a screen reader is running: interfaces are made and kept up to date.
    QAccessible::setActive(true);
    TestSession::Options options;
    options.clock = &m_clock;
    options.server.rateLimitCalls = 0;
    m_session = std::make_unique<TestSession>(options);
    QVERIFY2(m_session->open(), qPrintable(m_session->error()));
    QVERIFY(m_session->addKey(TestKeys::make(text("ok"), 1), text("alpha")) > 0);
    QVERIFY(m_session->addKey(TestKeys::make(text("nolimit"), 2, text("acct2")), text("bravo")) > 0);
    QVERIFY(m_session->addKey(TestKeys::make(text("ok"), 3), text("charlie")) > 0);
    m_window = std::make_unique<MainWindow>(m_session->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_session->engine(), &RefreshEngine::finished);
    m_window->forceRefresh();
    QVERIFY(finished.count() > 0 || finished.wait(15000));
}

void TestAccessible::keyTablePillsAndBars()
{
    auto* table = m_window->findChild<QTableView*>(text("keyTable"));
    QVERIFY(table);
    QModelIndex alpha;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, KeyTableModel::Label).data().toString() == text("alpha")) {
            alpha = table->model()->index(row, KeyTableModel::Label);
        }
    }
    QVERIFY(alpha.isValid());
    QTRY_COMPARE(alpha.siblingAtColumn(KeyTableModel::Status).data().toString(), text("ok"));

    // The status pill: its words, and why in the description.
    QAccessibleInterface* status = cell(table, text("alpha"), KeyTableModel::Status);
    QVERIFY(status);
    QCOMPARE(status->role(), QAccessible::Cell);
    QCOMPARE(status->text(QAccessible::Name), text("ok"));
    QCOMPARE(status->text(QAccessible::Description),
             alpha.siblingAtColumn(KeyTableModel::Status).data(Qt::ToolTipRole).toString());

    // The usage bar: the figures in words with the share its length shows.
    const QModelIndex usage = alpha.siblingAtColumn(KeyTableModel::KeyUsageColumn);
    QVERIFY(usage.data(KeyTableModel::LimitRole).isValid());
    QAccessibleInterface* bar = cell(table, text("alpha"), KeyTableModel::KeyUsageColumn);
    QVERIFY(bar);
    const QString used = KeyTableModel::formatCount(usage.data(KeyTableModel::UsedRole).toLongLong());
    const QString limit = KeyTableModel::formatCount(usage.data(KeyTableModel::LimitRole).toLongLong());
    const QString name = bar->text(QAccessible::Name);
    QVERIFY2(name.startsWith(used + text(" of ") + limit + text(" credits used (")) && name.endsWith(text("%)")),
             qPrintable(name));
    QCOMPARE(bar->text(QAccessible::Description), usage.data(Qt::ToolTipRole).toString());

    // No limit: said so, no share.
    QAccessibleInterface* unlimited = cell(table, text("bravo"), KeyTableModel::KeyUsageColumn);
    QVERIFY(unlimited);
    QVERIFY2(unlimited->text(QAccessible::Name).endsWith(text("credits used, no limit")),
             qPrintable(unlimited->text(QAccessible::Name)));
    // Plain text cells keep their display text.
    QCOMPARE(cell(table, text("alpha"), KeyTableModel::Label)->text(QAccessible::Name), text("alpha"));
}

void TestAccessible::headlineCardsAndCharts()
{
    Dashboard* dashboard = m_window->dashboard();
    m_window->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 15000);
    auto* credits = dashboard->findChild<QLabel*>(text("headlineCreditsLeft"));
    QVERIFY(credits);
    QTRY_VERIFY_WITH_TIMEOUT(credits->text() != QStringLiteral("\u2014"), 15000);
    QAccessibleInterface* card = QAccessible::queryAccessibleInterface(credits);
    QVERIFY(card);
    QCOMPARE(card->text(QAccessible::Name), text("Credits left this cycle"));
    const QString figure = card->text(QAccessible::Description);
    QVERIFY2(!figure.isEmpty() && !figure.contains(u'<') && figure.contains(text(" of ")), qPrintable(figure));
    auto* statuses = dashboard->findChild<QLabel*>(text("headlineStatuses"));
    const QString said = QAccessible::queryAccessibleInterface(statuses)->text(QAccessible::Description);
    QVERIFY2(said.contains(text("ok")) && !said.contains(text("span")), qPrintable(said));

    // Each chart: its title as the name, each series in words as the value.
    for (const char* name : { "hitRateChartView", "creditsChartView", "callsChartView" }) {
        auto* view = dashboard->findChild<QChartView*>(text(name));
        QVERIFY2(view, name);
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(view);
        QVERIFY(chart);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), view->chart()->title());
        QVERIFY(!chart->text(QAccessible::Name).isEmpty());
        const QString value = chart->text(QAccessible::Value);
        QCOMPARE(value, ChartAccessible::summary(view->chart()));
        QVERIFY2(!value.isEmpty(), name);
    }
    auto* hits = dashboard->findChild<QChartView*>(text("hitRateChartView"));
    const QString value = QAccessible::queryAccessibleInterface(hits)->text(QAccessible::Value);
    QVERIFY2(value.contains(text("Hit rate: latest ")), qPrintable(value));
}

void TestAccessible::progressBar()
{
    auto* progress = m_window->findChild<QProgressBar*>(text("progressBar"));
    QVERIFY(progress);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(progress);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), text("Refresh progress"));
    QVERIFY(iface->valueInterface());
    QCOMPARE(iface->valueInterface()->currentValue().toInt(), progress->value());
    QCOMPARE(progress->value(), progress->maximum()); // every key answered
}

QTEST_MAIN(TestAccessible)
#include "tst_accessible.moc"
