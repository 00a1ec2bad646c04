#pragma once
// One QuotaDeck window per user and data dir. The first window listens on a local socket named after the
// data dir, in the user's private runtime dir (XDG_RUNTIME_DIR, else the temp dir with the user id in the
// name); a later launch of the window finds it, asks it to come to the front, and exits. Headless commands
// (`keys list`, `refresh` from cron) never take part: they run beside an open window. A --demo window does
// not either: its data dir is thrown away, so there is nothing to share.
//
// A socket file left behind by a crashed window (nobody accepts on it) is removed and taken over. A lock
// file around the check-then-listen keeps two launches at the same moment from both becoming the first.

#include <QObject>
#include <QString>

class QLocalServer;
class QWidget;

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary, // this process listens: it is the window
        Secondary, // another window runs and was asked to come to the front
        Failed, // neither worked (see error()); the caller opens its window anyway
    };

    // `name` is a socket name (serverNameFor() gives the one of a data dir) or an absolute socket path.
    explicit SingleInstance(const QString& name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket of the window on `dataDir`: <runtime dir>/quotadeck-<hash of the absolute data dir>.
    static QString serverNameFor(const QString& dataDir);

    // Becomes the primary or, when a primary answers, asks it to activate. Blocks for up to about twice
    // `timeoutMs` (it runs before the window exists). The wait is long because a first window answers only
    // once its event loop runs, after its store is open, and launches at the same moment queue on the lock.
    Role start(int timeoutMs = 10000);
    Role role() const { return m_role; }
    QString error() const { return m_error; }
    QString serverName() const { return m_name; }

    // Shows `window` (also when minimised or hidden to the tray), raises it and asks for focus.
    static void bringToFront(QWidget* window);

Q_SIGNALS:
    // A later launch asked for the window (primary only).
    void activationRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server = nullptr;
    Role m_role = Role::Failed;
    QString m_error;
};
