#include "ui/alerts/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QWidget>

TrayIcon::TrayIcon(QWidget* window, QAction* refresh, QAction* quit, QObject* parent)
    : QSystemTrayIcon(parent)
    , m_window(window)
    , m_menu(new QMenu)
{
    setObjectName(QStringLiteral("trayIcon"));
    setIcon(QApplication::windowIcon().isNull() ? window->windowIcon() : QApplication::windowIcon());
    setToolTip(QStringLiteral("QuotaDeck"));
    QAction* show = m_menu->addAction(tr("&Show window"), this, &TrayIcon::showWindow);
    show->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addAction(refresh);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick) {
            showWindow();
        }
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu without a parent widget
}

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::notify(const QList<AlertRecord>& alerts)
{
    if (alerts.isEmpty() || !available() || !isVisible() || !supportsMessages()) {
        return false;
    }
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < 3; ++i) {
        lines << alerts.at(i).message;
    }
    if (alerts.size() > 3) {
        lines << tr("… and %n more", nullptr, int(alerts.size() - 3));
    }
    showMessage(tr("QuotaDeck: %n new alert(s)", nullptr, int(alerts.size())),
                lines.join(QLatin1Char('\n')),
                QSystemTrayIcon::Warning,
                10000);
    return true;
}

void TrayIcon::showWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}
