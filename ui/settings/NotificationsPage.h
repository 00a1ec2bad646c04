#pragma once
// The Notifications page of the settings dialog: the channels alerts go to (a webhook, Slack, ntfy, e-mail),
// with a form to add one, and Test and Remove for the selected one; a test's answer is shown inline. The
// URL and the SMTP password are typed into hidden fields and sealed at once; the list shows URLs masked.
// All work goes through a ChannelDirectory (models/notify): the store on its worker thread, sends on
// ChannelTester's, so the dialog never waits.

#include <QWidget>

class ChannelDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QWidget;
class Session;

class NotificationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationsPage(Session* session, QWidget* parent = nullptr);
    ChannelDirectory* directory() const { return m_directory; }

private:
    void addChannel();
    void testSelected();
    void removeSelected();
    void updateForm();
    QString selectedName() const;
    void say(const QString& text, bool problem);

    ChannelDirectory* m_directory;
    QTreeWidget* m_list;
    QPushButton* m_test;
    QPushButton* m_remove;
    QLabel* m_answer;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_level;
    QLineEdit* m_url;
    QWidget* m_urlRow;
    QWidget* m_emailRows;
    QLineEdit* m_to;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_add;
};
