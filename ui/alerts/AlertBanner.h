#pragma once
// Where no system tray exists (a bare X server, some Wayland desktops), new alerts show in a bar above the
// key table instead of a tray notification: a line per alert (up to three), a button to the alert list and
// one to close the bar.

#include "models/alerts/AlertRecord.h"

#include <QFrame>

class ElidedLabel;

class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);
    void showAlerts(const QList<AlertRecord>& alerts);
    // Drops the alerts shown that are no longer unseen (marked seen in the list); closes when none is left.
    void keepUnseen(const QList<qint64>& unseenIds);
    QString text() const;

Q_SIGNALS:
    void showListRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showLines();
    QList<AlertRecord> m_alerts; // shown
    ElidedLabel* m_text;
    bool m_styling = false;
};
