#pragma once
// Imports a key list, from a file or pasted text, through Session::importKeys (one transaction on the store
// thread; the dialog is busy until it answers), then shows
// what happened: how many keys came in and, line by line, what was rejected and why. The dialog stays open
// on its report; nothing it shows contains key material (the parser's reasons never do).

#include <QDialog>

class Session;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
struct ImportReport;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Source { FromFile, FromText };

    explicit ImportDialog(Session* session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path); // selects the file source
    void setSource(Source source);
    // Starts the import (the Import button does the same); the report shows when the store answered.
    void runImport();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // After every import that wrote anything; the window reloads its table.
    void imported(int count);

private:
    void chooseFile();
    void showReport(const ImportReport& report);
    void showFailure(const QString& message);
    void updateButtons();
    void setBusy(bool busy);

    Session* m_session;
    bool m_busy = false;
    QTabWidget* m_sources;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QPlainTextEdit* m_pasteEdit;
    QLabel* m_resultLabel;
    QTreeWidget* m_rejections;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
};
