// quotadeck-trayhost: a system tray for tests, on the D-Bus session bus it is started on (tests/with-tray.sh
// gives it a private one, under Xvfb). It registers what a desktop's tray registers and Qt looks for: a
// StatusNotifierWatcher that says a host is there (so QSystemTrayIcon::isSystemTrayAvailable() is true on the
// xcb platform and the icon registers as a StatusNotifierItem), and a notification server that records the
// tray messages. Then it runs the command it was given on the xcb platform, with QUOTADECK_TEST_TRAY=1, and
// ends with its exit code.
//
//   quotadeck-trayhost [--no-tray] COMMAND [ARGS...]
//
// --no-tray registers nothing (a desktop without a tray) and sets QUOTADECK_TEST_TRAY=0.
//
// The test reads what a tray host would show through two methods of its own: ToolTipOf(item) (the item's
// ToolTip title, read from the item as a host reads it) and the Received property of the notifications.

#include <QCoreApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProcess>
#include <QStringList>
#include <cstdio>

class Watcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    QStringList items;
};

class WatcherAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    explicit WatcherAdaptor(Watcher* watcher)
        : QDBusAbstractAdaptor(watcher)
        , m_watcher(watcher)
    {
    }
    QStringList registeredItems() const { return m_watcher->items; }
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString& service, const QDBusMessage& message)
    {
        // Qt registers by its item's service name; a path alone would mean the caller's unique name.
        const QString item = service.startsWith(QLatin1Char('/')) ? message.service() : service;
        if (!m_watcher->items.contains(item)) {
            m_watcher->items << item;
            Q_EMIT StatusNotifierItemRegistered(item);
        }
    }
    void RegisterStatusNotifierHost(const QString&) { Q_EMIT StatusNotifierHostRegistered(); }
    // Not part of the protocol: the ToolTip title of a registered item, read from it as a host reads it.
    QString ToolTipOf(const QString& item)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(item,
                                                          QStringLiteral("/StatusNotifierItem"),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.kde.StatusNotifierItem") << QStringLiteral("ToolTip");
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 10000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            return QStringLiteral("<no answer: %1>").arg(reply.errorMessage());
        }
        // (sa(iiay)ss): icon name, icon pixmaps, title, text.
        const QDBusArgument arg = reply.arguments().first().value<QDBusVariant>().variant().value<QDBusArgument>();
        QString iconName;
        QString title;
        QString text;
        arg.beginStructure();
        arg >> iconName;
        arg.beginArray();
        while (!arg.atEnd()) {
            int width = 0;
            int height = 0;
            QByteArray pixels;
            arg.beginStructure();
            arg >> width >> height >> pixels;
            arg.endStructure();
        }
        arg.endArray();
        arg >> title >> text;
        arg.endStructure();
        return text.isEmpty() ? title : title + QLatin1Char('\n') + text;
    }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierItemUnregistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    Watcher* m_watcher;
};

class Notifications : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    QStringList received;
};

class NotificationsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(QStringList Received READ received) // not part of the protocol: "summary\nbody" of each
public:
    explicit NotificationsAdaptor(Notifications* notifications)
        : QDBusAbstractAdaptor(notifications)
        , m_notifications(notifications)
    {
    }
    QStringList received() const { return m_notifications->received; }

public Q_SLOTS:
    QStringList GetCapabilities() { return { QStringLiteral("body") }; }
    uint Notify(const QString&,
                uint,
                const QString&,
                const QString& summary,
                const QString& body,
                const QStringList&,
                const QVariantMap&,
                int)
    {
        m_notifications->received << summary + QLatin1Char('\n') + body;
        return uint(m_notifications->received.size());
    }
    void CloseNotification(uint) { }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = QStringLiteral("QuotaDeck tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("quotadeck-trayhost");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& action);

private:
    Notifications* m_notifications;
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool tray = !(args.value(0) == QLatin1String("--no-tray"));
    if (!tray) {
        args.removeFirst();
    }
    if (args.isEmpty()) {
        std::fputs("usage: quotadeck-trayhost [--no-tray] COMMAND [ARGS...]\n", stderr);
        return 2;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    Watcher watcher;
    new WatcherAdaptor(&watcher);
    Notifications notifications;
    new NotificationsAdaptor(&notifications);
    if (tray) {
        if (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher)
            || !bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))
            || !bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications)
            || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
            std::fprintf(stderr,
                         "quotadeck-trayhost: cannot register on the session bus: %s\n",
                         qPrintable(bus.lastError().message()));
            return 2;
        }
    }

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QUOTADECK_TEST_TRAY"), tray ? QStringLiteral("1") : QStringLiteral("0"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    int code = 1;
    QObject::connect(&child, &QProcess::finished, &app, [&](int exitCode, QProcess::ExitStatus status) {
        code = status == QProcess::NormalExit ? exitCode : 1;
        app.quit();
    });
    QObject::connect(&child, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            std::fprintf(stderr, "quotadeck-trayhost: cannot start %s\n", qPrintable(args.first()));
            app.quit();
        }
    });
    child.start(args.first(), args.mid(1));
    app.exec();
    return code;
}

#include "TrayHost.moc"
