#pragma once
// The Requests tab: Tavily's request log as the store holds it (read after each refresh, see LogSync), a
// table of up to 100,000 requests filtered and sorted by the store's query, and above it what they add up
// to: credits by endpoint and by search depth, requests per hour, the slowest requests, and which
// accounts' plans do not offer the log.

#include "models/refresh/LogSync.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class RequestLogModel;
class Session;

class RequestsView : public QWidget
{
    Q_OBJECT
public:
    RequestsView(Session* session, QWidget* parent = nullptr);

    RequestLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Asks the store again with the current filter and order (answers arrive later; loaded() says when).
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void fitTimeColumn();
    void fitKeyColumn();
    int widthFor(int column, const QStringList& samples) const;
    void showSummary(const LogSummary& summary, qsizetype shown);
    void showSync(const LogSyncSummary& sync);

    Session* m_session;
    RequestLogModel* m_model;
    QComboBox* m_endpoint;
    QComboBox* m_depth;
    QCheckBox* m_unattributed;
    QLabel* m_count;
    QLabel* m_summary;
    QLabel* m_sync;
    QTableView* m_table;
    quint64 m_serial = 0; // the newest query asked: older answers are dropped
    int m_keyColumnWidth = 0; // what the labels called for when the Key column was last fitted
};
