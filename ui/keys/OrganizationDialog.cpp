#include "ui/keys/OrganizationDialog.h"

#include "models/refresh/OrgUsagePath.h"
#include "models/session/Session.h"
#include "models/tavily/ApiKey.h"
#include "ui/keys/HiddenField.h"
#include "ui/style/StatusPalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

OrganizationDialog::OrganizationDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_keyField(HiddenField::forKey(QStringLiteral("ownerKeyEdit"), this))
    , m_keyEdit(m_keyField->edit())
    , m_errorLabel(StatusPalette::errorLine(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_saveButton(m_buttons->addButton(tr("&Set up"), QDialogButtonBox::AcceptRole))
    , m_removeButton(m_buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("organizationDialog"));
    setWindowTitle(tr("Organisation usage"));

    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("On an enterprise plan one call of /org-usage returns the usage of every key of the "
                      "organisation: refreshes use it instead of asking each key on its own, and ask on their "
                      "own only the keys it does not name. Tavily wants the organisation's name and the owner's "
                      "personal API key, which is sealed in the keychain like any key."));

    m_status->setObjectName(QStringLiteral("organizationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_nameEdit->setObjectName(QStringLiteral("organizationNameEdit"));
    m_nameEdit->setMaxLength(128);
    m_saveButton->setObjectName(QStringLiteral("setUpOrganizationButton"));
    m_removeButton->setObjectName(QStringLiteral("removeOrganizationButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &OrganizationDialog::accept);
    connect(m_removeButton, &QPushButton::clicked, this, &OrganizationDialog::removeOrganization);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganizationDialog::reject);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("Organisation &name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(tr("Owner's personal &key:"), m_keyField);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : { m_nameEdit, m_keyEdit }) {
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            m_errorLabel->clear();
            m_errorLabel->hide();
            updateButtons();
        });
    }
    m_nameEdit->setFocus();
    reload();
}

OrganizationDialog::~OrganizationDialog()
{
    m_keyEdit->clear();
}

QString OrganizationDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString OrganizationDialog::statusText() const
{
    return m_status->text();
}

void OrganizationDialog::reload()
{
    setBusy(true);
    QPointer<OrganizationDialog> self(this);
    m_session->organization([self](const std::optional<OrgRecord>& org, const QString& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(error);
            return;
        }
        self->m_exists = org.has_value();
        // A large organisation's keys not managed here would make a tall dialog: the command line lists them.
        const QStringList lines = org ? OrgUsagePath::statusLines(*org,
                                                                  12,
                                                                  [](int more) {
                                                                      return tr("… and %n more line(s): quotadeck "
                                                                                "org show lists them all",
                                                                                nullptr,
                                                                                more);
                                                                  })
                                      : QStringList { tr("No organisation is set up: every key is asked on its own.") };
        self->m_status->setText(lines.join(u'\n'));
        if (org && self->m_nameEdit->text().isEmpty()) {
            self->m_nameEdit->setText(org->name);
        }
        self->updateButtons();
        // The status comes after the dialog is laid out: grow it so that no wrapped line is cut off.
        QLayout* layout = self->layout();
        const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(self->width())
                                                       : layout->totalSizeHint().height();
        if (needed > self->height()) {
            self->resize(self->width(), needed);
        }
    });
}

void OrganizationDialog::accept()
{
    if (m_busy) {
        return;
    }
    QString typed = m_keyEdit->text();
    QByteArray key = typed.trimmed().toUtf8();
    typed.fill(QChar(0)); // a best effort, as in the Add key dialog
    typed.clear();
    if (const QString invalid = ApiKey::validate(key); !invalid.isEmpty()) {
        key.fill('\0');
        showError(invalid);
        return;
    }
    setBusy(true);
    QPointer<OrganizationDialog> self(this);
    m_session->setOrganization(m_nameEdit->text(), SecureBytes::takeFrom(key), [self](const OrgSetOutcome& outcome) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!outcome.ok) {
            self->showError(outcome.error);
            return;
        }
        self->m_keyEdit->clear();
        Q_EMIT self->changed(tr("Organisation %1 set up: refreshes ask /org-usage first").arg(outcome.org.name));
        self->reload();
    });
    key.fill('\0');
}

void OrganizationDialog::removeOrganization()
{
    if (m_busy || !m_exists) {
        return;
    }
    setBusy(true);
    QPointer<OrganizationDialog> self(this);
    m_session->clearOrganization([self](const QString& error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(error);
            return;
        }
        self->m_nameEdit->clear();
        Q_EMIT self->changed(tr("Organisation removed: every key is asked on its own again"));
        self->reload();
    });
}

void OrganizationDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void OrganizationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_nameEdit->setReadOnly(busy);
    m_keyEdit->setReadOnly(busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void OrganizationDialog::updateButtons()
{
    m_saveButton->setEnabled(!m_busy && !m_nameEdit->text().trimmed().isEmpty() && !m_keyEdit->text().isEmpty());
    m_removeButton->setEnabled(!m_busy && m_exists);
}
