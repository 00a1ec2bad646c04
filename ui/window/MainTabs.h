#pragma once
// Keys | Dashboard | Alerts | Requests: the table keeps the whole window for thousands of rows and the charts get room
// to read; one click (or Ctrl+1 / 2 / 3) switches. Rows selected in the table narrow the dashboard's charts.

#include <QTabWidget>

class AlertPanel;
class Dashboard;
class KeyTableModel;
class KeyTableView;
class RequestsView;
class Session;

class MainTabs : public QTabWidget
{
    Q_OBJECT
public:
    MainTabs(Session* session, KeyTableModel* model, KeyTableView* table, QWidget* parent);

    Dashboard* dashboard() const { return m_dashboard; }
    AlertPanel* alertPanel() const { return m_alertPanel; }
    RequestsView* requestsView() const { return m_requests; }
    void showKeys() { setCurrentIndex(0); }
    void showDashboard() { setCurrentIndex(1); }
    void showAlerts();

private:
    Dashboard* m_dashboard;
    AlertPanel* m_alertPanel;
    RequestsView* m_requests;
};
