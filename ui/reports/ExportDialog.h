#pragma once
// File > Export report: format (PDF, CSV with its table, JSON), period (this billing cycle, the last day,
// week or month, or custom UTC times), destination. The report's data is read on the store service's long
// lane (ReportData::gatherOn); CSV and JSON are written there too, a PDF on the GUI thread in steps (its
// charts are Qt Charts graphics items, which live on the GUI thread only) with a progress bar. The file
// appears whole or not at all; afterwards a link opens its folder.

#include "models/reports/ReportPeriod.h"
#include "ui/reports/ReportExport.h"

#include <QDialog>
#include <QPointer>
#include <QSaveFile>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class PdfReport;
class Session;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Session* session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Opens the dialog of `parent` (one at a time), non-modal.
    static ExportDialog* showFor(Session* session, QWidget* parent);

    void setFormat(ReportFormat format);
    void setTable(ReportTableKind table);
    void setDestination(const QString& path);
    // Custom period in UTC.
    void setPeriod(const QDateTime& since, const QDateTime& until);
    QString destination() const;
    bool isExporting() const { return m_exporting; }

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    // The file is complete (ok) or was not written (the reason is shown in the dialog and given here).
    void exportFinished(bool ok, const QString& pathOrError);

protected:
    void reject() override;

private:
    void formatChanged();
    void periodChanged();
    bool isCustom() const;
    ReportPeriod presetPeriod(const QDateTime& now) const;
    QString settingsFile() const;
    void browse();
    ReportFormat format() const;
    void dataReady(std::shared_ptr<const ReportData> data, const QString& error, bool written);
    void pdfStep();
    void finishExport(bool ok, const QString& message);

    Session* m_session;
    QComboBox* m_format;
    QComboBox* m_table;
    QComboBox* m_period;
    QDateTimeEdit* m_since;
    QDateTimeEdit* m_until;
    QLineEdit* m_path;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_periodTimer; // keeps a preset's greyed dates current while the dialog is open
    QDialogButtonBox* m_buttons;
    bool m_exporting = false;
    QString m_target; // the file being written
    std::shared_ptr<const ReportData> m_data;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<PdfReport> m_pdf;
};
