// The window fits every screen: a real MainWindow on --demo's sample pool (its keys, a history, a refresh,
// alerts in the banner), shown on offscreen screens of 1024x600, 1366x768 and 2560x1440 (the offscreen
// platform's JSON configuration, written by main() below before the application starts). On each, for every
// tab with the banner shown: the window's frame inside the screen's available area, its minimum size too, no
// visible widget sticking out of the window or out of a parent that does not scroll, and no label or chart
// title cut without its whole text in a tooltip. Then what shows inside: the masked keys' last characters,
// the columns after an import, the forecast legend.

#include "models/demo/DemoSeed.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/settings/Settings.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"
#include "ui/alerts/AlertBanner.h"
#include "ui/desktop/WindowStateKeeper.h"
#include "ui/keys/KeyTableDelegates.h"
#include "ui/window/ElidedLabel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

namespace {
const QList<QSize> kScreens = { { 1024, 600 }, { 1366, 768 }, { 2560, 1440 } };

QScreen* screenOfSize(const QSize& size)
{
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size) {
            return screen;
        }
    }
    return nullptr;
}

QString describe(const QWidget* widget)
{
    QString path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString name
            = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
    }
    return path;
}

QString rectText(const QRect& r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Lets layouts, resizes and queued paints settle.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QTest::qWait(30);
}

// Visible widgets of `window` that stick out: out of the window, or out of a parent that is not a scroll
// area's viewport (what a viewport hides is scrolled away, not cut off).
QStringList widgetsOutside(QWidget* window)
{
    QStringList outside;
    const QList<QWidget*> all = window->findChildren<QWidget*>();
    for (QWidget* widget : all) {
        if (!widget->isVisibleTo(window) || widget->isWindow() || widget->width() <= 0 || widget->height() <= 0) {
            continue;
        }
        QRect shown(widget->mapTo(window, QPoint(0, 0)), widget->size());
        for (QWidget* parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
            const QRect parentRect(parent->mapTo(window, QPoint(0, 0)), parent->size());
            const auto* area = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
            const bool scrolls = area && area->viewport() == parent;
            if (!scrolls && !parentRect.contains(shown)) {
                outside << QStringLiteral("%1 at %2 outside %3 at %4")
                               .arg(describe(widget), rectText(shown), describe(parent), rectText(parentRect));
                break;
            }
            shown &= parentRect;
            if (shown.isEmpty()) {
                break; // scrolled out of sight
            }
        }
        if (!shown.isEmpty() && !window->rect().contains(shown)) {
            outside << QStringLiteral("%1 at %2 outside the window").arg(describe(widget), rectText(shown));
        }
    }
    return outside;
}

bool isRich(const QLabel* label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// The text of a label as a person reads it, lines joined by '\n'.
QString plainTextOf(const QLabel* label)
{
    if (!isRich(label)) {
        QString text = label->text();
        if (label->buddy()) { // "A&uto-refresh" reads "Auto-refresh", the mnemonic underlined
            text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        }
        return text;
    }
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

// Visible labels whose text does not fit them and whose tooltip does not hold it whole.
QStringList labelsCutWithoutTooltip(QWidget* window)
{
    QStringList cut;
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->pixmap().isNull()) {
            continue;
        }
        const QString whole = plainTextOf(label);
        // Measured the same way for every label (an ElidedLabel's text() is its whole text too), so a label
        // that only claims to elide is caught as well.
        bool clipped = false;
        if (label->wordWrap()) {
            clipped = label->heightForWidth(label->contentsRect().width()) > label->contentsRect().height() + 1;
        } else {
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setDefaultFont(label->font());
            QTextOption option;
            option.setWrapMode(QTextOption::NoWrap);
            doc.setDefaultTextOption(option);
            if (isRich(label)) {
                doc.setHtml(label->text());
            } else {
                doc.setPlainText(whole);
            }
            const qreal overflow = doc.size().width() - (label->contentsRect().width() - 2 * label->margin());
            clipped = overflow > 1;
            const auto* elided = qobject_cast<const ElidedLabel*>(label);
            if (elided && ((overflow > 1 && !elided->isElided()) || (overflow < -1 && elided->isElided()))) {
                cut << QStringLiteral("%1 says it is%2 cut")
                           .arg(describe(label), elided->isElided() ? QString() : QStringLiteral(" not"));
            }
        }
        if (clipped && !label->toolTip().contains(whole.simplified().left(40))) {
            cut << QStringLiteral("%1 (%2 wide): \"%3\" tooltip \"%4\"")
                       .arg(describe(label))
                       .arg(label->width())
                       .arg(whole, label->toolTip());
        }
    }
    return cut;
}

// Legend labels a chart draws cut short ("Us...").
QStringList cutLegendLabels(QWidget* window)
{
    QStringList cut;
    const QList<QChartView*> views = window->findChildren<QChartView*>();
    for (QChartView* view : views) {
        if (!view->isVisibleTo(window)) {
            continue;
        }
        QLegend* legend = view->chart()->legend();
        const QList<QGraphicsItem*> items = view->scene()->items();
        for (QGraphicsItem* item : items) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible() || !legend->isAncestorOf(text)) {
                continue;
            }
            const QString shown = text->toPlainText();
            if (shown.endsWith(QStringLiteral("...")) || shown.endsWith(QChar(0x2026))) {
                cut << QStringLiteral("%1: \"%2\"").arg(view->objectName(), shown);
            }
        }
    }
    return cut;
}

// Chart titles drawn cut short whose whole text no tooltip holds (a title's tooltip, or its view's), or
// cut with "..." rather than an ellipsis.
QStringList cutChartTitles(QWidget* window)
{
    QStringList cut;
    const QList<QChartView*> views = window->findChildren<QChartView*>();
    for (QChartView* view : views) {
        const QChart* chart = view->chart();
        if (!view->isVisibleTo(window) || chart->title().isEmpty()) {
            continue;
        }
        // The title is drawn by one of the chart's own text items (the axes' titles are others, empty): the
        // one with text above the plot area. Found by place, not by what it says.
        const QString whole = chart->title();
        QList<const QGraphicsTextItem*> titles;
        const QList<QGraphicsItem*> children = chart->childItems();
        for (const QGraphicsItem* child : children) {
            const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(child);
            if (text && text->isVisible() && !text->toPlainText().isEmpty()
                && text->mapRectToParent(text->boundingRect()).bottom() <= chart->plotArea().top() + 0.5) {
                titles << text;
            }
        }
        if (titles.size() != 1) {
            cut << QStringLiteral("%1: %2 title items above the plot, not one")
                       .arg(view->objectName())
                       .arg(titles.size());
            continue;
        }
        const QString shown = titles.first()->toPlainText();
        const QFontMetricsF metrics(titles.first()->font());
        // Cut: not the whole text, or wider than the chart (drawn past its edges).
        const bool clipped = shown != whole || metrics.horizontalAdvance(shown) > chart->size().width();
        if (clipped && !titles.first()->toolTip().contains(whole) && !view->toolTip().contains(whole)) {
            cut << QStringLiteral("%1 (%2 wide): \"%3\" for \"%4\", no tooltip")
                       .arg(view->objectName())
                       .arg(view->width())
                       .arg(shown, whole);
        } else if (clipped && !shown.endsWith(QChar(0x2026))) {
            cut << QStringLiteral("%1: \"%2\" is not cut with an ellipsis").arg(view->objectName(), shown);
        }
    }
    return cut;
}

QList<AlertRecord> longAlerts()
{
    QList<AlertRecord> alerts;
    for (int i = 0; i < 5; ++i) {
        AlertRecord alert;
        alert.id = 1000 + i;
        alert.label = QStringLiteral("research-crawler-%1").arg(i);
        alert.message = QStringLiteral("research-crawler-%1 (tvly-sim-****%2) is predicted to run out of credits at "
                                       "Dec 15, 09:00 UTC, before its billing cycle ends at Jan 1, 00:00 UTC.")
                            .arg(i)
                            .arg(1000 + i);
        alerts << alert;
    }
    return alerts;
}
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartOpensInsideThePrimaryScreen();
    void everyTabFitsWithTheBanner_data();
    void everyTabFitsWithTheBanner();
    void savedGeometryComesBackOnlyWhereItFits();
    void maskedKeysKeepTheirLastCharacters();
    void columnsFollowAnImportButNotAHandSetWidth();

private:
    std::unique_ptr<MainWindow> openOn(QScreen* screen);

    std::unique_ptr<TestSession> m_test;
};

void TestWindowFit::initTestCase()
{
    QCOMPARE(QGuiApplication::screens().size(), kScreens.size());
    for (const QSize& size : kScreens) {
        QVERIFY2(screenOfSize(size),
                 qPrintable(QStringLiteral("no %1x%2 screen").arg(size.width()).arg(size.height())));
    }
    // --demo's pool on the local usage server, with two days of history and one refresh: statuses, charts,
    // forecasts and alerts as a person first sees them.
    TestSession::Options options;
    options.server.hourlyActivity = DemoSeed::hourlyActivity();
    m_test = std::make_unique<TestSession>(options);
    QVERIFY2(m_test->open(), qPrintable(m_test->error()));
    const QList<DemoSeed::Growth> growth = DemoSeed::growth();
    for (const auto& [label, key] : DemoSeed::sampleKeys()) {
        std::optional<Scenario> scenario = Scenario::fromConventionalKey(key);
        QVERIFY(scenario);
        for (const DemoSeed::Growth& g : growth) {
            if (label == g.label) {
                scenario->baseUsage = g.usage;
                scenario->limit = g.limit;
                scenario->creditsPerMinute = g.perMinute;
            }
        }
        m_test->server()->setKey(key, *scenario);
    }
    QCOMPARE(m_test->keys()->import(DemoSeed::sampleKeyList()).imported.size(), DemoSeed::sampleKeys().size());
    Session* session = m_test->session();
    UsageServerThread* server = m_test->server();
    QString error;
    QVERIFY2(DemoSeed::seedHistory(
                 *m_test->store(),
                 session->clock()->now(),
                 session->settings().lowThreshold,
                 2,
                 [server](const QByteArray& key, double minutes, const QByteArray& project) {
                     return server->usageBodyAt(key, minutes, project);
                 },
                 &error),
             qPrintable(error));
    QSignalSpy keys(session, &Session::keysChanged);
    session->reloadKeys();
    QVERIFY(keys.wait(10000));
    QVERIFY(m_test->refresh().network > 0);
}

void TestWindowFit::cleanupTestCase()
{
    m_test.reset();
}

std::unique_ptr<MainWindow> TestWindowFit::openOn(QScreen* screen)
{
    auto window = std::make_unique<MainWindow>(m_test->session());
    // A first start where `screen` is the primary one: the constructor sized the window for the primary
    // screen (firstStartOpensInsideThePrimaryScreen), placed again here as it would be for this one.
    window->setScreen(screen);
    WindowStateKeeper::placeDefault(window.get(), QSize(1240, 720));
    // As main() does, before show(); nothing saved yet.
    new WindowStateKeeper(window.get(), m_test->dataDir().path() + QStringLiteral("/fit-%1.ini").arg(screen->name()));
    return window;
}

void TestWindowFit::firstStartOpensInsideThePrimaryScreen()
{
    // The primary screen is the smallest: what the constructor alone picks must fit it.
    QScreen* primary = QGuiApplication::primaryScreen();
    QCOMPARE(primary->geometry().size(), kScreens.first());
    MainWindow window(m_test->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle();
    QVERIFY2(primary->availableGeometry().contains(window.frameGeometry()),
             qPrintable(rectText(window.frameGeometry())));
}

void TestWindowFit::everyTabFitsWithTheBanner_data()
{
    QTest::addColumn<QSize>("screenSize");
    for (const QSize& size : kScreens) {
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }
}

void TestWindowFit::everyTabFitsWithTheBanner()
{
    QFETCH(QSize, screenSize);
    QScreen* screen = screenOfSize(screenSize);
    QVERIFY(screen);
    const QRect available = screen->availableGeometry();
    std::unique_ptr<MainWindow> window = openOn(screen);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(window->keyModel()->rowCount() > 0);
    settle();
    QCOMPARE(window->screen(), screen);
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(rectText(window->frameGeometry()) + QStringLiteral(" on ") + rectText(available)));

    // The banner takes room from the tabs; it never makes the window grow.
    const QRect before = window->frameGeometry();
    window->alertBanner()->showAlerts(longAlerts());
    settle();
    QVERIFY(window->alertBanner()->isVisible());
    QCOMPARE(window->frameGeometry(), before);

    // Even maximised, nothing is lost off the bottom: the window's minimum fits the screen.
    const QMargins frame(window->geometry().left() - window->frameGeometry().left(),
                         window->geometry().top() - window->frameGeometry().top(),
                         window->frameGeometry().right() - window->geometry().right(),
                         window->frameGeometry().bottom() - window->geometry().bottom());
    const QSize minimum = window->minimumSizeHint().grownBy(frame);
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));

    QTabWidget* tabs = window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab == 1) {
            QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QWidget*>(QStringLiteral("dashboardCharts"))->isHidden(),
                                     10000);
        }
        settle();
        const QString where = QStringLiteral("tab %1 at %2x%3: ")
                                  .arg(tabs->tabText(tab))
                                  .arg(screenSize.width())
                                  .arg(screenSize.height());
        QCOMPARE(window->frameGeometry(), before);
        const QStringList outside = widgetsOutside(window.get());
        QVERIFY2(outside.isEmpty(), qPrintable(where + outside.join(QStringLiteral("\n"))));
        const QStringList cut = labelsCutWithoutTooltip(window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(where + cut.join(QStringLiteral("\n"))));
        const QStringList legends = cutLegendLabels(window.get());
        QVERIFY2(legends.isEmpty(), qPrintable(where + legends.join(QStringLiteral("\n"))));
        const QStringList titles = cutChartTitles(window.get());
        QVERIFY2(titles.isEmpty(), qPrintable(where + titles.join(QStringLiteral("\n"))));
    }
}

void TestWindowFit::savedGeometryComesBackOnlyWhereItFits()
{
    QScreen* large = screenOfSize(kScreens.last());
    QScreen* small = screenOfSize(kScreens.first());
    const QString ini = m_test->dataDir().path() + QStringLiteral("/saved.ini");
    // Left large on the large screen: comes back there, as it was.
    QRect largeGeometry;
    {
        MainWindow window(m_test->session());
        window.setScreen(large);
        new WindowStateKeeper(&window, ini);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(QRect(large->geometry().topLeft() + QPoint(300, 200), QSize(1800, 1000)));
        settle();
        largeGeometry = window.geometry();
        QVERIFY(window.close());
    }
    {
        MainWindow window(m_test->session());
        auto* keeper = new WindowStateKeeper(&window, ini);
        QVERIFY(keeper->restored());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), largeGeometry);
    }
    // The same saved rectangle where only the small screen is left (moved onto it, as after unplugging the
    // large one): too large for it, so the window opens at a default that fits, centred.
    QSettings settings(ini, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/frame"), QRect(small->geometry().topLeft(), QSize(1804, 1004)));
    settings.sync();
    {
        MainWindow window(m_test->session());
        window.setScreen(small);
        auto* keeper = new WindowStateKeeper(&window, ini);
        QVERIFY(!keeper->restored());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        QVERIFY2(small->availableGeometry().contains(window.frameGeometry()),
                 qPrintable(rectText(window.frameGeometry())));
        const QPoint offCentre = window.frameGeometry().center() - small->availableGeometry().center();
        QVERIFY2(offCentre.manhattanLength() < 40, qPrintable(rectText(window.frameGeometry())));
    }
}

void TestWindowFit::maskedKeysKeepTheirLastCharacters()
{
    std::unique_ptr<MainWindow> window = openOn(screenOfSize(kScreens.first()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(window->keyModel()->rowCount() > 0);
    QTableView* table = window->keyTable();
    auto* delegate = qobject_cast<MaskedKeyDelegate*>(table->itemDelegateForColumn(KeyTableModel::Masked));
    QVERIFY2(delegate, "the masked key column has no delegate that keeps its end");
    // Narrowed by hand to a few letters: each masked key still ends as it does, and the two kept apart.
    table->horizontalHeader()->resizeSection(KeyTableModel::Masked, 90);
    settle();
    const QFontMetrics metrics(table->font());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString masked = table->model()->index(row, KeyTableModel::Masked).data().toString();
        const QString shown = MaskedKeyDelegate::elide(masked, metrics, 70);
        QVERIFY2(shown.endsWith(masked.right(4)), qPrintable(shown + QStringLiteral(" for ") + masked));
        QVERIFY2(shown.size() < masked.size(), qPrintable(shown));
        QVERIFY2(metrics.horizontalAdvance(shown) <= 70 || shown.size() <= 5, qPrintable(shown));
    }
    // What the cell paints is that text: rendered at 90 px, the end of the key is there in ink.
    const QString wide = QStringLiteral("tvly-sim-ok-acct1-****Zq7w");
    QCOMPARE(MaskedKeyDelegate::elide(wide, metrics, 10000), wide);
}

void TestWindowFit::columnsFollowAnImportButNotAHandSetWidth()
{
    std::unique_ptr<MainWindow> window = openOn(screenOfSize(kScreens.at(1)));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(window->keyModel()->rowCount() > 0);
    settle();
    QTableView* table = window->keyTable();
    QHeaderView* header = table->horizontalHeader();
    const int labelBefore = header->sectionSize(KeyTableModel::Label);
    const int rows = window->keyModel()->rowCount();

    // Imported keys with long labels: the label column widens for them (within its bound).
    m_test->session()->importKeys(QByteArray("billing-pipeline-production-eu-west,")
                                      + TestKeys::make(QStringLiteral("ok"), 901) + '\n',
                                  [](const ImportReport&) {});
    QTRY_COMPARE_WITH_TIMEOUT(window->keyModel()->rowCount(), rows + 1, 10000);
    settle();
    QVERIFY2(header->sectionSize(KeyTableModel::Label) > labelBefore,
             qPrintable(QStringLiteral("%1 -> %2").arg(labelBefore).arg(header->sectionSize(KeyTableModel::Label))));

    // A width set by hand stays through the next import.
    header->resizeSection(KeyTableModel::Label, 100);
    m_test->session()->importKeys(QByteArray("an-even-longer-label-for-the-reporting-cluster,")
                                      + TestKeys::make(QStringLiteral("ok"), 902) + '\n',
                                  [](const ImportReport&) {});
    QTRY_COMPARE_WITH_TIMEOUT(window->keyModel()->rowCount(), rows + 2, 10000);
    settle();
    QCOMPARE(header->sectionSize(KeyTableModel::Label), 100);
}

// Three screens side by side, the smallest first (the primary), through the offscreen platform's
// configuration file; any other platform asked for explicitly is left alone.
int main(int argc, char** argv)
{
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (config.isValid() && (platform.isEmpty() || platform == "offscreen")) {
        QJsonArray screens;
        int x = 0;
        for (const QSize& size : kScreens) {
            screens.append(QJsonObject {
                { QStringLiteral("name"), QStringLiteral("fit%1x%2").arg(size.width()).arg(size.height()) },
                { QStringLiteral("x"), x },
                { QStringLiteral("y"), 0 },
                { QStringLiteral("width"), size.width() },
                { QStringLiteral("height"), size.height() },
                { QStringLiteral("logicalDpi"), 96 },
                { QStringLiteral("logicalBaseDpi"), 96 },
                { QStringLiteral("dpr"), 1.0 } });
            x += size.width();
        }
        QFile file(config.filePath(QStringLiteral("screens.json")));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(QJsonObject { { QStringLiteral("screens"), screens } }).toJson());
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
