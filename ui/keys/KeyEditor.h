#pragma once
// The window's key edits: the Add and Import dialogs (one of each at a time), removing with a question
// first, enabling or disabling, renaming in place, and rotating a key (its dialog). It also keeps the table's
// rotation age as the settings say. Each goes to the Session, which runs it on the store
// thread; the table's rows follow what the store answered, never what was merely asked for. While edits
// are out the window shows a busy cursor and takes no other removal, toggle or rename.

#include <QObject>
#include <QPointer>
#include <functional>

class AddKeyDialog;
class ImportDialog;
class OrganizationDialog;
class RotateKeyDialog;
class KeyTableModel;
class KeyTableView;
class Session;
class QWidget;

class KeyEditor : public QObject
{
    Q_OBJECT
public:
    // `busy` tells whether a refresh runs (keys are not edited meanwhile); dialogs are children of `window`.
    KeyEditor(Session* session, KeyTableModel* model, KeyTableView* view, std::function<bool()> busy, QWidget* window);

    void add();
    void importKeys();
    void removeSelected(); // asks first
    void toggleSelected(); // disables them if all are enabled, else enables them
    void renameCurrent();
    // Opens the Rotate key dialog for the one selected key.
    void rotateSelected();
    // The organisation whose one /org-usage call answers its keys (one dialog at a time).
    void showOrganization();
    // The model's rename request for an edited label.
    void rename(qint64 id, const QString& label);
    // Edits were handed to the store and not all answered yet.
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void message(const QString& text, int ms);
    // Keys were added: the table reloads from the store.
    void reloadRequested();
    // Rows were removed, enabled or disabled: summary and actions follow.
    void edited();

private:
    void removeKeys(const QList<qint64>& ids);
    void finishRemoval(int removed, const QStringList& errors);
    // Counts edits handed to the store (the busy cursor shows while any is out).
    void beginEdits(int count);
    void endEdit();

    Session* m_session;
    KeyTableModel* m_model;
    KeyTableView* m_view;
    std::function<bool()> m_busy;
    QWidget* m_window;
    QPointer<AddKeyDialog> m_addDialog;
    QPointer<ImportDialog> m_importDialog;
    QPointer<RotateKeyDialog> m_rotateDialog;
    QPointer<OrganizationDialog> m_organizationDialog;
    int m_pending = 0;
};
