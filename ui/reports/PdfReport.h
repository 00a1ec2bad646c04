#pragma once
// The report as an A4 PDF: a title page with the period and the headline figures, a page with the three
// charts of the dashboard (drawn by the same chart classes, ui/charts, in their light paper style), then the
// keys, accounts, refresh runs and alerts as tables that run over as many pages as they need, each page
// repeating the table's header. Text stays text (pdftotext and screen readers find it).
//
// Written in steps so the window can show progress and stay responsive on a large store: begin() draws
// the title and chart pages, each step() a batch of table rows, finish() closes the document. write() does
// it all at once (the command line, the benchmark). Uses Qt Charts, so it runs on the GUI thread of a
// QApplication (offscreen is fine).

#include "models/reports/ReportData.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    explicit PdfReport(const ReportData& data);
    ~PdfReport();
    PdfReport(const PdfReport&) = delete;
    PdfReport& operator=(const PdfReport&) = delete;

    bool begin(QIODevice* device, QString* error);
    // Draws up to `rows` more table rows; false once every row is drawn.
    bool step(int rows = 250);
    bool finish(QString* error);

    qsizetype rowsDone() const { return m_rowsDone; }
    qsizetype rowsTotal() const { return m_rowsTotal; }
    int pageCount() const { return m_page; }

    static bool write(QIODevice* device, const ReportData& data, QString* error);

private:
    struct Table
    {
        ReportTable table;
        QList<int> columns; // indices into table.columns, in the order shown
        QList<double> weights; // shares of the page width
        QList<double> widths; // device units, computed from weights
    };

    void newPage(std::optional<QPageLayout::Orientation> orientation = std::nullopt);
    void updateArea();
    void drawFooter();
    void drawTitlePage();
    void drawChartsPage();
    void drawTableTitle(const Table& table, bool continued);
    void drawTableHeader(const Table& table);
    double rowHeight(const Table& table, const QVariantList& row) const;
    void drawRow(const Table& table, const QVariantList& row, double height, bool shaded);
    void sayAlerts(ReportTable& table) const;
    QString cellText(const ReportColumn& column, const QVariant& cell) const;
    // `text` broken into lines of at most `width` at spaces only, so a time ("12:05"), a hyphenated label or a
    // masked key stays whole; only a word wider than the whole column is cut.
    QString wrapped(const QString& text, double width) const;
    double mm(double millimetres) const;

    const ReportData& m_data;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QRectF m_area; // the printable area of a page, device units
    double m_y = 0; // next free line in m_area
    int m_page = 0;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    QFont m_title;
    QList<Table> m_tables;
    int m_tableIndex = 0;
    qsizetype m_rowIndex = -1; // -1: the current table has not started
    qsizetype m_rowsDone = 0;
    qsizetype m_rowsTotal = 0;
};
