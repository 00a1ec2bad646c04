#pragma once
// The window's toolbar: the key and refresh actions as buttons, how often to auto-refresh, and the filter.

#include <QToolBar>

class MainActions;
class QComboBox;
class QLineEdit;

class MainToolBar : public QToolBar
{
    Q_OBJECT
public:
    MainToolBar(MainActions* actions, QWidget* parent);

    QLineEdit* filterEdit() const { return m_filterEdit; }
    // Shows the auto-refresh interval the settings hold, without saying it was chosen.
    void syncAutoRefresh(int minutes);

Q_SIGNALS:
    void autoRefreshChosen(int minutes);
    void filterChanged(const QString& text); // trimmed

private:
    QComboBox* m_autoRefreshCombo;
    QLineEdit* m_filterEdit;
};
