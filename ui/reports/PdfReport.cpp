#include "ui/reports/PdfReport.h"

#include "models/alerts/AlertText.h"
#include "models/analytics/Figures.h"
#include "models/money/CostTable.h"
#include "models/refresh/OrgUsagePath.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/CreditsChart.h"
#include "ui/charts/ForecastChart.h"
#include "ui/charts/LookupCharts.h"
#include "ui/fonts/LabelFonts.h"

#include <QGraphicsScene>
#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace {

constexpr int Resolution = 300; // dots per inch of the PDF's coordinate space
const QColor Ink(0x20, 0x24, 0x2a);
const QColor Faint(0x6b, 0x72, 0x80);
const QColor Rule(0xc8, 0xcd, 0xd4);
const QColor Shade(0xf2, 0xf4, 0xf7);

QString percent(const std::optional<double>& share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString milliseconds(const std::optional<qint64>& ms)
{
    return ms ? QStringLiteral("%1 ms").arg(Figures::count(*ms)) : QStringLiteral("–");
}

// The columns a printed table shows (the CSV and JSON have them all) and their relative widths.
QList<std::pair<QString, double>> printedColumns(ReportTableKind kind)
{
    switch (kind) {
    case ReportTableKind::Keys:
        return { { QStringLiteral("label"), 3.2 },
                 { QStringLiteral("masked_key"), 3.2 },
                 { QStringLiteral("account"), 1.3 },
                 { QStringLiteral("status"), 1.7 },
                 { QStringLiteral("usage"), 1.5 },
                 { QStringLiteral("limit"), 1.5 },
                 { QStringLiteral("remaining"), 1.6 },
                 { QStringLiteral("credits_per_day"), 1.6 },
                 { QStringLiteral("predicted_exhaustion"), 2.6 },
                 { QStringLiteral("level"), 1.5 } };
    case ReportTableKind::Accounts:
        return { { QStringLiteral("id"), 1.3 },
                 { QStringLiteral("plan"), 2.0 },
                 { QStringLiteral("keys"), 3.4 },
                 { QStringLiteral("usage"), 1.6 },
                 { QStringLiteral("limit"), 1.6 },
                 { QStringLiteral("remaining"), 1.6 },
                 { QStringLiteral("paygo_usage"), 1.6 },
                 { QStringLiteral("credits_per_day"), 1.6 },
                 { QStringLiteral("forecast_at_cycle_end"), 1.6 },
                 { QStringLiteral("predicted_exhaustion"), 2.6 },
                 { QStringLiteral("level"), 1.5 } };
    case ReportTableKind::Runs:
        return { { QStringLiteral("id"), 1.0 },
                 { QStringLiteral("started_at"), 3.0 },
                 { QStringLiteral("state"), 1.6 },
                 { QStringLiteral("keys"), 1.0 },
                 { QStringLiteral("succeeded"), 1.0 },
                 { QStringLiteral("failed"), 1.0 },
                 { QStringLiteral("from_cache"), 1.0 },
                 { QStringLiteral("coalesced"), 1.3 },
                 { QStringLiteral("rate_limited"), 1.4 },
                 { QStringLiteral("wall_ms"), 1.3 },
                 { QStringLiteral("by_organization"), 1.4 } };
    case ReportTableKind::Alerts:
        return { { QStringLiteral("raised_at"), 2.6 },
                 { QStringLiteral("label"), 2.6 },
                 { QStringLiteral("kind"), 1.8 },
                 { QStringLiteral("message"), 6.0 },
                 { QStringLiteral("acknowledged"), 0.8 } };
    case ReportTableKind::Summary:
        return {}; // the title page
    }
    return {};
}

// The organisation's state as the settings dialog says it, within a few lines of the title page.
QString organizationText(const ReportData& d)
{
    if (!d.organization) {
        return PdfReport::tr("none set up: every key is asked on its own");
    }
    return OrgUsagePath::statusLines(*d.organization,
                                     8,
                                     [](int more) {
                                         return PdfReport::tr(
                                             "… and %n more line(s): the JSON report lists them all", nullptr, more);
                                     })
        .join(QLatin1Char('\n'));
}

} // namespace

PdfReport::PdfReport(const ReportData& data)
    : m_data(data)
{
    // The fonts are chosen here, not left to the machine's default, so any label prints and copies back.
    m_body = LabelFonts::forPrint(QFont());
    m_small = m_body;
    m_heading = m_body;
    m_title = m_body;
    m_body.setPointSizeF(8.0);
    m_small.setPointSizeF(7.0);
    m_bold = m_body;
    m_bold.setBold(true);
    m_heading.setPointSizeF(13.0);
    m_heading.setBold(true);
    m_title.setPointSizeF(24.0);
    m_title.setBold(true);
}

PdfReport::~PdfReport()
{
    if (m_painter && m_painter->isActive()) {
        m_painter->end();
    }
}

double PdfReport::mm(double millimetres) const
{
    return millimetres * Resolution / 25.4;
}

bool PdfReport::begin(QIODevice* device, QString* error)
{
    m_writer = std::make_unique<QPdfWriter>(device);
    m_writer->setResolution(Resolution);
    m_writer->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    m_writer->setTitle(tr("QuotaDeck report %1").arg(m_data.period.describe()));
    m_writer->setCreator(QStringLiteral("QuotaDeck"));
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        *error = tr("cannot start the PDF");
        return false;
    }
    updateArea();
    m_page = 1;

    for (const ReportTableKind kind :
         { ReportTableKind::Keys, ReportTableKind::Accounts, ReportTableKind::Runs, ReportTableKind::Alerts }) {
        Table t;
        t.table = m_data.table(kind);
        if (kind == ReportTableKind::Alerts) {
            sayAlerts(t.table);
        }
        double total = 0;
        for (const auto& [name, weight] : printedColumns(kind)) {
            for (int i = 0; i < t.table.columns.size(); ++i) {
                if (t.table.columns.at(i).name == name) {
                    t.columns << i;
                    t.weights << weight;
                    total += weight;
                }
            }
        }
        for (double& w : t.weights) {
            w /= total;
        }
        m_rowsTotal += t.table.rows.size();
        m_tables << t;
    }

    drawTitlePage();
    newPage();
    drawChartsPage();
    // Tables get landscape pages: the keys table has ten columns of figures and times.
    newPage(QPageLayout::Landscape);
    for (Table& t : m_tables) {
        for (const double w : std::as_const(t.weights)) {
            t.widths << m_area.width() * w;
        }
    }
    return true;
}

void PdfReport::updateArea()
{
    // The paint rect is the area inside the margins, at the writer's resolution.
    m_area = QRectF(m_writer->pageLayout().paintRectPixels(Resolution));
    m_area.moveTo(0, 0);
    m_area.setBottom(m_area.bottom() - mm(8)); // room for the footer
}

void PdfReport::newPage(std::optional<QPageLayout::Orientation> orientation)
{
    drawFooter();
    if (orientation) {
        m_writer->setPageOrientation(*orientation);
    }
    m_writer->newPage();
    updateArea();
    ++m_page;
    m_y = 0;
}

void PdfReport::drawFooter()
{
    QPainter& p = *m_painter;
    p.setFont(m_small);
    p.setPen(Faint);
    const QRectF footer(0, m_area.bottom() + mm(3), m_area.width(), mm(5));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("QuotaDeck report · %1").arg(m_data.period.describe()));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("page %1").arg(m_page));
}

void PdfReport::drawTitlePage()
{
    QPainter& p = *m_painter;
    const ReportData& d = m_data;
    const ReportRefreshStats& r = d.refresh;
    p.setPen(Ink);
    p.setFont(m_title);
    double y = mm(20);
    p.drawText(QRectF(0, y, m_area.width(), mm(14)), Qt::AlignLeft | Qt::AlignVCenter, tr("QuotaDeck report"));
    y += mm(16);
    p.setFont(m_heading);
    p.drawText(QRectF(0, y, m_area.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter, d.period.describe());
    y += mm(8);
    p.setFont(m_body);
    p.setPen(Faint);
    p.drawText(QRectF(0, y, m_area.width(), mm(6)),
               Qt::AlignLeft | Qt::AlignVCenter,
               (d.period.defaultSpan
                    ? tr("The current billing cycle. Generated %1 UTC. Figures and forecasts as of the end of the "
                         "period.")
                    : tr("Generated %1 UTC. Figures and forecasts as of the end of the period."))
                   .arg(d.generatedAt.toString(QStringLiteral("yyyy-MM-dd hh:mm"))));
    y += mm(14);

    const Headline& h = d.headline;
    auto count = [](qint64 n) { return Figures::count(n); };
    auto minute = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const auto next = h.nextExhaustion;
    const QString counted
        = (r.lookupsExact ? tr("%1 – %2 UTC")
                          : tr("%1 – %2 UTC (whole hours: look-ups older than the raw history are kept per hour)"))
              .arg(minute(r.lookupsSinceMs), minute(r.lookupsUntilMs));
    const int samples = int(r.latencySamples);
    const QString latency
        = (r.latencySinceMs > d.period.since.toMSecsSinceEpoch()
               ? tr("%1 / %2 / %3 (%4 network look-ups since %5 UTC, the raw history kept)", nullptr, samples)
                     .arg(milliseconds(r.latencyP50),
                          milliseconds(r.latencyP95),
                          milliseconds(r.latencyP99),
                          count(r.latencySamples),
                          minute(r.latencySinceMs))
               : tr("%1 / %2 / %3 (%4 network look-ups)", nullptr, samples)
                     .arg(milliseconds(r.latencyP50),
                          milliseconds(r.latencyP95),
                          milliseconds(r.latencyP99),
                          count(r.latencySamples)));
    const QList<std::pair<QString, QString>> lines {
        { tr("Keys"),
          QStringLiteral("%1 (%2)").arg(count(h.keys), Figures::statusText(h.byStatus, QStringLiteral(", "))) },
        { tr("Accounts"), count(h.accounts) },
        { tr("Credits remaining (all accounts)"),
          h.creditsRemaining ? tr("%1 of %2 (%3 accounts with a plan limit)", nullptr, int(h.accountsCounted))
                                   .arg(count(*h.creditsRemaining), count(h.creditsLimit), count(h.accountsCounted))
                             : QStringLiteral("–") },
        { tr("Cost this cycle (US dollars)"), CostTable::totalLine(AccountCosts::ofAll(d.forecasts, d.prices)) },
        { tr("Next predicted exhaustion"),
          next ? tr("%1 UTC, %2").arg(next->at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), next->name)
               : tr("none in the current cycle") },
        { tr("Refresh runs"),
          tr("%1 (%2 complete, %3 cancelled)").arg(count(r.runs), count(r.completeRuns), count(r.cancelledRuns)) },
        { tr("Look-ups succeeded"),
          tr("%1 (%2 of %3)").arg(percent(r.successRate), count(r.succeeded), count(r.succeeded + r.failed)) },
        { tr("Cache hit rate"),
          tr("%1 (%2 of %3 look-ups)", nullptr, int(r.lookups))
              .arg(percent(r.cacheHitRate), count(r.cacheHits), count(r.lookups)) },
        { tr("Look-ups counted"), counted },
        { tr("Calls per hour"), r.callsPerHour ? QLocale().toString(*r.callsPerHour, 'f', 1) : QStringLiteral("–") },
        { tr("Look-up latency p50 / p95 / p99"), latency },
        { tr("Rate limited"),
          tr("%1 look-ups answered rate limited, %2 held back by QuotaDeck's limiter",
             nullptr,
             int(r.rateLimitedAnswers))
              .arg(count(r.rateLimitedAnswers), count(r.heldBack)) },
        { tr("Alerts raised"), count(d.alerts.size()) },
        { tr("Organisation (/org-usage)"), organizationText(d) },
    };
    QFont value = m_body;
    value.setPointSizeF(11);
    QFont label = value;
    label.setBold(true);
    const QFontMetricsF valueMetrics(value, m_writer.get());
    for (const auto& [name, text] : lines) {
        // A long value (many statuses) wraps onto more lines rather than being cut.
        const double width = m_area.width() * 0.58;
        const double textHeight = valueMetrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
        const double lineHeight = std::max(mm(8), textHeight + mm(3));
        p.setPen(Ink);
        p.setFont(label);
        p.drawText(QRectF(0, y, m_area.width() * 0.42, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(value);
        p.drawText(QRectF(m_area.width() * 0.42, y, width, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   text);
        p.setPen(Rule);
        p.drawLine(QPointF(0, y + lineHeight), QPointF(m_area.width(), y + lineHeight));
        y += lineHeight;
    }
    if (!d.error.isEmpty()) {
        p.setPen(Qt::red);
        p.drawText(QRectF(0, y + mm(4), m_area.width(), mm(8)), Qt::AlignLeft, d.error);
    }
}

void PdfReport::drawChartsPage()
{
    QPainter& p = *m_painter;
    const ReportCharts& c = m_data.charts;
    const qint64 since = m_data.period.since.toMSecsSinceEpoch();
    const qint64 until = m_data.period.until.toMSecsSinceEpoch();
    const ChartStyle style = ChartStyle::light(LabelFonts::forPrint(QFont()));
    p.setPen(Ink);
    p.setFont(m_heading);
    p.drawText(QRectF(0, 0, m_area.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter, tr("Charts"));
    const double top = mm(10);
    const double height = (m_area.height() - top) / 3.0;
    // Charts are laid out at screen-like size (points render at the same size on paper) and scaled onto the page.
    const QSizeF logical(900, 900 * height / m_area.width());
    QList<QChart*> charts { HitRateChart::create(c.lookups, since, until, style),
                            CreditsChart::create(c.credits, since, until, style, tr("all keys")) };
    if (c.forecastHistory.points.isEmpty()) {
        auto* empty = new ForecastChart;
        empty->setStyle(style);
        empty->clearForecast();
        charts << empty;
    } else {
        charts << ForecastChart::create(c.forecastName, c.forecast, c.forecastHistory.points, style);
    }
    for (int i = 0; i < charts.size(); ++i) {
        QGraphicsScene scene;
        scene.addItem(charts.at(i)); // the scene owns it and deletes it
        charts.at(i)->setGeometry(QRectF(QPointF(0, 0), logical));
        const QRectF target(0, top + i * height, m_area.width(), height - mm(3));
        scene.render(&p, target, charts.at(i)->geometry(), Qt::KeepAspectRatio);
    }
}

void PdfReport::sayAlerts(ReportTable& table) const
{
    // People read the PDF: its alerts in the report's language (AlertText), one row per listed alert in the
    // same order. The CSV and JSON keep the stored kind names and English messages for scripts.
    for (int c = 0; c < table.columns.size(); ++c) {
        const QString& name = table.columns.at(c).name;
        if (name != QLatin1String("message") && name != QLatin1String("kind")) {
            continue;
        }
        for (qsizetype r = 0; r < table.rows.size() && r < m_data.alerts.size(); ++r) {
            const AlertRecord& alert = m_data.alerts.at(r);
            table.rows[r][c] = name == QLatin1String("kind") ? AlertText::title(alert.kind) : AlertText::message(alert);
        }
    }
}

QString PdfReport::cellText(const ReportColumn& column, const QVariant& cell) const
{
    if (cell.isNull()) {
        return QStringLiteral("–");
    }
    if (column.type == ReportColumn::Type::Time) {
        return cell.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm"));
    }
    // Figures with thousands separators (ids are names, not amounts); statuses and alert kinds in words.
    const bool id = column.name == QLatin1String("id") || column.name == QLatin1String("account")
        || column.name == QLatin1String("key_id");
    if (column.type == ReportColumn::Type::Integer && !id) {
        return Figures::count(cell.toLongLong());
    }
    if (column.type == ReportColumn::Type::Real) {
        return QLocale().toString(cell.toDouble(), 'f', column.decimals);
    }
    if (column.name == QLatin1String("status") || column.name == QLatin1String("kind")) {
        return cell.toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return ReportTable::plainText(column, cell);
}

void PdfReport::drawTableTitle(const Table& table, bool continued)
{
    QPainter& p = *m_painter;
    p.setPen(Ink);
    p.setFont(m_heading);
    const QString title = (continued ? tr("%1 (%2), continued") : tr("%1 (%2)"))
                              .arg(table.table.title, Figures::count(table.table.rows.size()));
    p.drawText(QRectF(0, m_y, m_area.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter, title);
    m_y += mm(9);
}

void PdfReport::drawTableHeader(const Table& table)
{
    QPainter& p = *m_painter;
    p.setFont(m_bold);
    p.setPen(Ink);
    const double h = mm(6);
    double x = 0;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn& column = table.table.columns.at(table.columns.at(i));
        // Figures keep a gap before the text column that may follow them.
        const QRectF cell(x + mm(0.8), m_y, table.widths.at(i) - mm(column.isNumber() ? 3.0 : 1.6), h);
        p.drawText(cell,
                   (column.isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   QFontMetricsF(m_bold, m_writer.get()).elidedText(column.heading, Qt::ElideRight, cell.width()));
        x += table.widths.at(i);
    }
    m_y += h;
    p.setPen(QPen(Ink, mm(0.25)));
    p.drawLine(QPointF(0, m_y), QPointF(m_area.width(), m_y));
}

QString PdfReport::wrapped(const QString& text, double width) const
{
    const QFontMetricsF metrics(m_body, m_writer.get());
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (metrics.horizontalAdvance(joined) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines << line;
            }
            // A word wider than the column on its own: cut where it must be.
            while (metrics.horizontalAdvance(word) > width && word.size() > 1) {
                qsizetype fits = 1;
                while (fits < word.size() && metrics.horizontalAdvance(word.left(fits + 1)) <= width) {
                    ++fits;
                }
                lines << word.left(fits);
                word = word.mid(fits);
            }
            line = word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

double PdfReport::rowHeight(const Table& table, const QVariantList& row) const
{
    // Text wraps within its column (a long label or an alert's message); everything else is one line.
    const QFontMetricsF metrics(m_body, m_writer.get());
    double lines = 1;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn& column = table.table.columns.at(table.columns.at(i));
        if (column.type != ReportColumn::Type::Text) {
            continue;
        }
        const QString text = wrapped(cellText(column, row.value(table.columns.at(i))), table.widths.at(i) - mm(1.6));
        lines = std::max(lines, double(text.count(QLatin1Char('\n')) + 1));
    }
    return std::min(lines, 12.0) * metrics.lineSpacing() + mm(1.6);
}

void PdfReport::drawRow(const Table& table, const QVariantList& row, double height, bool shaded)
{
    QPainter& p = *m_painter;
    if (shaded) {
        p.fillRect(QRectF(0, m_y, m_area.width(), height), Shade);
    }
    p.setFont(m_body);
    p.setPen(Ink);
    double x = 0;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn& column = table.table.columns.at(table.columns.at(i));
        const QRectF cell(
            x + mm(0.8), m_y + mm(0.8), table.widths.at(i) - mm(column.isNumber() ? 3.0 : 1.6), height - mm(1.6));
        const QString text = cellText(column, row.value(table.columns.at(i)));
        if (column.isNumber()) {
            p.drawText(cell, Qt::AlignRight | Qt::AlignTop, text);
        } else {
            // Lines broken between words (wrapped), never inside a time or a label.
            p.drawText(cell, Qt::AlignLeft | Qt::AlignTop, wrapped(text, cell.width()));
        }
        x += table.widths.at(i);
    }
    m_y += height;
}

bool PdfReport::step(int rows)
{
    const double headerSpace = mm(9) + mm(6);
    while (rows > 0 && m_tableIndex < m_tables.size()) {
        const Table& table = m_tables.at(m_tableIndex);
        if (m_rowIndex < 0) {
            // A table starts on the current page only if its title, header and a first row fit.
            if (m_y > 0 && m_y + headerSpace + mm(12) > m_area.height()) {
                newPage();
            }
            if (m_y > 0) {
                m_y += mm(4);
            }
            drawTableTitle(table, false);
            drawTableHeader(table);
            m_rowIndex = 0;
            if (table.table.rows.isEmpty()) {
                m_painter->setFont(m_body);
                m_painter->setPen(Faint);
                m_painter->drawText(QRectF(0, m_y, m_area.width(), mm(6)),
                                    Qt::AlignLeft | Qt::AlignVCenter,
                                    tr("None in this period."));
                m_y += mm(6);
            }
        }
        if (m_rowIndex >= table.table.rows.size()) {
            ++m_tableIndex;
            m_rowIndex = -1;
            continue;
        }
        const QVariantList& row = table.table.rows.at(m_rowIndex);
        const double height = rowHeight(table, row);
        if (m_y + height > m_area.height()) {
            newPage();
            drawTableTitle(table, true);
            drawTableHeader(table);
        }
        drawRow(table, row, height, m_rowIndex % 2 == 1);
        ++m_rowIndex;
        ++m_rowsDone;
        --rows;
    }
    return m_tableIndex < m_tables.size();
}

bool PdfReport::finish(QString* error)
{
    while (step(1 << 30)) { }
    drawFooter();
    if (!m_painter->end()) {
        *error = tr("the PDF could not be completed");
        return false;
    }
    return true;
}

bool PdfReport::write(QIODevice* device, const ReportData& data, QString* error)
{
    PdfReport report(data);
    return report.begin(device, error) && report.finish(error);
}
