// The Requests tab at the window's default size: the Time column shows every date and time whole (none cut to
// "…"), in the locales whose short formats differ most (a 12-hour clock with AM/PM, a four-digit year, a
// two-digit day first), before and after rows arrive, without being sized to the rows. The Key column shows
// every key's label and an unattributed entry whole, also for a key added while the tab is open, and keeps
// a width the user set while the labels stay the same.

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
    void keyColumnShowsWholeLabels();
};

namespace {
// The window shown on its Requests tab, with the store's (empty) answer in, so that it does not replace rows
// a test sets; nullptr when any step fails.
RequestsView* showRequestsTab(MainWindow& window)
{
    window.show();
    auto* view = window.findChild<RequestsView*>(QStringLiteral("requestsView"));
    if (!QTest::qWaitForWindowExposed(&window) || !view) {
        return nullptr;
    }
    window.tabs()->setCurrentWidget(view);
    QSignalSpy loaded(view, &RequestsView::loaded);
    view->reload();
    return loaded.wait(10000) ? view : nullptr;
}

// Every row's text in the column fits in the cell without being cut to "…".
void checkWholeTexts(RequestsView* view, int column)
{
    QTableView* table = view->table();
    QVERIFY2(table->columnWidth(column) <= table->viewport()->width(), "the column runs past the table");
    // What the item delegate has for the text: the cell less the grid line, less its margin on each side.
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QModelIndex first = view->model()->index(0, column);
    const int available = table->visualRect(first).width() - 1 - 2 * margin;
    const QFontMetrics metrics = table->fontMetrics();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, column).data().toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(metrics.horizontalAdvance(text) <= available,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, the column gives %3")
                                .arg(text)
                                .arg(metrics.horizontalAdvance(text))
                                .arg(available)));
        QCOMPARE(metrics.elidedText(text, Qt::ElideRight, available), text);
    }
}
} // namespace

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
    RequestsView* view = showRequestsTab(window);
    QVERIFY(view);

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

    const int width = view->table()->columnWidth(RequestLogModel::Time);
    QCOMPARE(width, widthBefore); // sized without the rows, so it does not jump when they arrive
    checkWholeTexts(view, RequestLogModel::Time);
}

void TestRequestsView::keyColumnShowsWholeLabels()
{
    TestSession::Options options;
    options.withServer = false;
    TestSession session(options);
    QVERIFY2(session.open(), qPrintable(session.error()));
    const qint64 before = session.addKey("tvly-dev-made-up-key-00001111", QStringLiteral("short"));
    QVERIFY2(before > 0, qPrintable(session.error()));
    MainWindow window(session.session());
    RequestsView* view = showRequestsTab(window);
    QVERIFY(view);
    // Added while the tab is open, with a label much wider than the column's header.
    const qint64 later = session.addKey("tvly-dev-made-up-key-00002222", QStringLiteral("research-pipeline-eu-west-2"));
    QVERIFY2(later > 0, qPrintable(session.error()));
    QTRY_COMPARE(session.session()->keyLabels().size(), 2);
    QCoreApplication::processEvents();

    QList<StoredLogEntry> rows;
    for (const qint64 keyId : { before, later, qint64(0) }) {
        StoredLogEntry row;
        row.keyId = keyId;
        row.entry.requestId = QStringLiteral("req-%1").arg(keyId);
        row.entry.at = QDateTime::currentDateTimeUtc();
        row.entry.endpoint = QStringLiteral("search");
        row.entry.credits = 1;
        row.entry.keyLastFour = QStringLiteral("MMWW");
        rows << row;
    }
    view->model()->setRows(rows);
    QCoreApplication::processEvents();
    QCOMPARE(view->model()->index(1, RequestLogModel::Key).data().toString(),
             QStringLiteral("research-pipeline-eu-west-2"));
    checkWholeTexts(view, RequestLogModel::Key);

    // The user's own width stays when the keys change but their labels do not (as on every refresh).
    view->table()->horizontalHeader()->resizeSection(RequestLogModel::Key, 321);
    QSignalSpy changed(session.session(), &Session::keysChanged);
    bool answered = false;
    session.session()->setKeyEnabled(
        before, false, [&](const std::optional<KeyRecord>&, const QString&) { answered = true; });
    QTRY_VERIFY(answered);
    QTRY_VERIFY(changed.size() > 0);
    QCoreApplication::processEvents();
    QCOMPARE(view->table()->columnWidth(RequestLogModel::Key), 321);
}

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
