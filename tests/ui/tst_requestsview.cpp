// The Requests tab at the window's default size: the Time column shows every date and time whole (none cut to
// "…"), in the locales whose short formats differ most (a 12-hour clock with AM/PM, a four-digit year, a
// two-digit day first), before and after rows arrive, without being sized to the rows.

#include "models/itemmodels/RequestLogModel.h"
#include "tests/testsupport/TestSession.h"
#include "ui/requests/RequestsView.h"
#include "ui/window/MainWindow.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestRequestsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::system()); }
    void timeColumnShowsWholeTimes_data();
    void timeColumnShowsWholeTimes();
};

void TestRequestsView::timeColumnShowsWholeTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
    QTest::newRow("C") << QStringLiteral("C");
}

void TestRequestsView::timeColumnShowsWholeTimes()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    MainWindow window(session.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<RequestsView*>(QStringLiteral("requestsView"));
    QVERIFY(view);
    window.tabs()->setCurrentWidget(view);
    // The store's (empty) answer first, so it does not replace the rows set below.
    QSignalSpy loaded(view, &RequestsView::loaded);
    view->reload();
    QVERIFY(loaded.wait(10000));

    QList<StoredLogEntry> rows;
    for (int month = 1; month <= 12; ++month) {
        for (const QTime& time : { QTime(9, 5), QTime(12, 58, 59), QTime(23, 59, 59) }) {
            StoredLogEntry row;
            row.entry.requestId = QStringLiteral("req-%1-%2").arg(month).arg(time.hour());
            row.entry.at = QDateTime(QDate(2026, month, 28), time, Qt::LocalTime).toUTC();
            row.entry.endpoint = QStringLiteral("search");
            row.entry.credits = 1;
            row.entry.keyLastFour = QStringLiteral("Ab3x");
            rows << row;
        }
    }
    const int widthBefore = view->table()->columnWidth(RequestLogModel::Time);
    view->model()->setRows(rows);
    QCoreApplication::processEvents();

    QTableView* table = view->table();
    const int width = table->columnWidth(RequestLogModel::Time);
    QCOMPARE(width, widthBefore); // sized without the rows, so it does not jump when they arrive
    QVERIFY2(width <= table->viewport()->width(), "the column runs past the table at the default size");
    // What the item delegate has for the text: the cell less the grid line, less its margin on each side.
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QModelIndex first = view->model()->index(0, RequestLogModel::Time);
    const int available = table->visualRect(first).width() - 1 - 2 * margin;
    const QFontMetrics metrics = table->fontMetrics();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, RequestLogModel::Time).data().toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(metrics.horizontalAdvance(text) <= available,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, the column gives %3")
                                .arg(text)
                                .arg(metrics.horizontalAdvance(text))
                                .arg(available)));
        QCOMPARE(metrics.elidedText(text, Qt::ElideRight, available), text);
    }
}

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
