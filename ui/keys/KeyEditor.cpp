#include "ui/keys/KeyEditor.h"

#include "models/itemmodels/KeyTableModel.h"
#include "models/session/Session.h"
#include "ui/keys/AddKeyDialog.h"
#include "ui/keys/ImportDialog.h"
#include "ui/keys/KeyTableView.h"
#include "ui/keys/OrganizationDialog.h"
#include "ui/keys/RotateKeyDialog.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace {
constexpr int kMessageMs = 6000;

QString quotedLabels(const QList<KeyRecord>& keys, int shown)
{
    QStringList labels;
    for (const KeyRecord& key : keys.mid(0, shown)) {
        labels << QStringLiteral("\u201c%1\u201d").arg(key.label);
    }
    QString text = labels.join(QStringLiteral(", "));
    if (keys.size() > shown) {
        text += KeyEditor::tr(" and %n more", nullptr, int(keys.size() - shown));
    }
    return text;
}
} // namespace

KeyEditor::KeyEditor(
    Session* session, KeyTableModel* model, KeyTableView* view, std::function<bool()> busy, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_model(model)
    , m_view(view)
    , m_busy(std::move(busy))
    , m_window(window)
{
    m_model->setRotationDays(m_session->settings().rotationDays);
    connect(m_session, &Session::settingsApplied, this, [this]() {
        m_model->setRotationDays(m_session->settings().rotationDays);
    });
}

void KeyEditor::add()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto* dialog = new AddKeyDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddKeyDialog::keyAdded, this, [this](const KeyRecord& key) {
        Q_EMIT reloadRequested();
        m_view->selectKey(key.id);
        Q_EMIT message(tr("Added %1 (%2)").arg(key.label, key.masked), kMessageMs);
    });
    m_addDialog = dialog;
    dialog->open();
}

void KeyEditor::importKeys()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto* dialog = new ImportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int count) {
        Q_EMIT reloadRequested();
        Q_EMIT message(tr("Imported %n key(s)", nullptr, count), kMessageMs);
    });
    m_importDialog = dialog;
    dialog->open();
}

void KeyEditor::showOrganization()
{
    if (m_organizationDialog) {
        m_organizationDialog->raise();
        m_organizationDialog->activateWindow();
        return;
    }
    auto* dialog = new OrganizationDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &OrganizationDialog::changed, this, [this](const QString& text) { Q_EMIT message(text, kMessageMs); });
    m_organizationDialog = dialog;
    dialog->open();
}

void KeyEditor::rotateSelected()
{
    const QList<KeyRecord> keys = m_view->selectedKeys();
    if (keys.size() != 1 || m_busy() || isBusy()) {
        return;
    }
    if (m_rotateDialog) {
        m_rotateDialog->raise();
        m_rotateDialog->activateWindow();
        return;
    }
    auto* dialog = new RotateKeyDialog(m_session, keys.first(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateKeyDialog::rotated, this, [this](const KeyRecord& key, const KeyRecord& retired) {
        Q_EMIT reloadRequested();
        m_view->selectKey(key.id);
        Q_EMIT message(tr("Rotated %1: %2 replaces %3").arg(key.label, key.masked, retired.masked), kMessageMs);
        Q_EMIT edited();
    });
    m_rotateDialog = dialog;
    dialog->open();
}

void KeyEditor::removeSelected()
{
    const QList<KeyRecord> keys = m_view->selectedKeys();
    if (keys.isEmpty() || m_busy() || isBusy()) {
        return;
    }
    QList<qint64> ids;
    for (const KeyRecord& key : keys) {
        ids << key.id;
    }
    const QString question = keys.size() == 1
        ? tr("Remove the key %1 (%2)?").arg(quotedLabels(keys, 1), keys.first().masked)
        : tr("Remove %n keys: %1?", nullptr, int(keys.size())).arg(quotedLabels(keys, 8));

    // open(), not exec(): no nested event loop while the question is up.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove keys"), question, QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("The encrypted key is deleted from this store together with its history. "
                               "This cannot be undone."));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids]() {
        if (box->clickedButton() == remove) {
            removeKeys(ids);
        }
    });
    box->open();
}

void KeyEditor::beginEdits(int count)
{
    if (m_pending == 0 && count > 0) {
        m_window->setCursor(Qt::BusyCursor);
    }
    m_pending += count;
}

void KeyEditor::endEdit()
{
    if (--m_pending == 0) {
        m_window->unsetCursor();
    }
}

void KeyEditor::removeKeys(const QList<qint64>& ids)
{
    if (m_busy() || isBusy()) {
        Q_EMIT message(tr("Nothing was removed: a refresh started meanwhile"), kMessageMs);
        return;
    }
    // One call per key, answered in order; the last answer sums them up.
    struct Tally
    {
        int left = 0;
        int removed = 0;
        QStringList errors;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = int(ids.size());
    beginEdits(int(ids.size()));
    QPointer<KeyEditor> self(this);
    for (const qint64 id : ids) {
        m_session->removeKey(id, [self, id, tally](const QString& error) {
            if (!self) {
                return;
            }
            self->endEdit();
            if (error.isEmpty()) {
                self->m_model->removeKey(id);
                ++tally->removed;
            } else {
                tally->errors << error;
            }
            if (--tally->left == 0) {
                self->finishRemoval(tally->removed, tally->errors);
            }
        });
    }
}

void KeyEditor::finishRemoval(int removed, const QStringList& errors)
{
    if (!errors.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    tr("Remove keys"),
                                    tr("%n key(s) could not be removed.", nullptr, int(errors.size())),
                                    QMessageBox::Ok,
                                    m_window);
        box->setDetailedText(errors.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT message(tr("Removed %n key(s)", nullptr, removed), kMessageMs);
    Q_EMIT edited();
}

void KeyEditor::toggleSelected()
{
    const QList<KeyRecord> keys = m_view->selectedKeys();
    if (keys.isEmpty() || m_busy() || isBusy()) {
        return;
    }
    const bool enable = std::any_of(keys.cbegin(), keys.cend(), [](const KeyRecord& key) { return !key.enabled; });
    QList<qint64> ids;
    for (const KeyRecord& key : keys) {
        if (key.enabled != enable) {
            ids << key.id;
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    struct Tally
    {
        int left = 0;
        QStringList errors;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = int(ids.size());
    const int count = int(keys.size());
    beginEdits(int(ids.size()));
    QPointer<KeyEditor> self(this);
    for (const qint64 id : ids) {
        m_session->setKeyEnabled(
            id, enable, [self, tally, enable, count](const std::optional<KeyRecord>& updated, const QString& error) {
                if (!self) {
                    return;
                }
                self->endEdit();
                if (updated) {
                    self->m_model->updateKey(*updated);
                } else {
                    tally->errors << error;
                }
                if (--tally->left > 0) {
                    return;
                }
                if (!tally->errors.isEmpty()) {
                    Q_EMIT self->message(tally->errors.first(), kMessageMs);
                } else {
                    Q_EMIT self->message(enable ? tr("Enabled %n key(s)", nullptr, count)
                                                : tr("Disabled %n key(s)", nullptr, count),
                                         kMessageMs);
                }
                Q_EMIT self->edited();
            });
    }
}

void KeyEditor::renameCurrent()
{
    if (!m_busy()) {
        m_view->editCurrentLabel();
    }
}

void KeyEditor::rename(qint64 id, const QString& label)
{
    if (m_busy()) {
        Q_EMIT message(tr("Keys cannot be renamed while a refresh runs"), kMessageMs);
        return;
    }
    beginEdits(1);
    QPointer<KeyEditor> self(this);
    m_session->renameKey(id, label, [self, id](const std::optional<KeyRecord>& updated, const QString& error) {
        if (!self) {
            return;
        }
        self->endEdit();
        if (!updated) {
            Q_EMIT self->message(error, kMessageMs * 2);
            self->m_view->showRenameError(id, error);
            return;
        }
        self->m_model->updateKey(*updated);
    });
}
