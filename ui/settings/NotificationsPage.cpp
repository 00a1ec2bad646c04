#include "ui/settings/NotificationsPage.h"

#include "models/notify/ChannelDirectory.h"
#include "models/session/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

NotificationsPage::NotificationsPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_directory(new ChannelDirectory(session->storeService(), session->vault(), this))
{
    setObjectName(QStringLiteral("notificationsPage"));
    ChannelSender::Options options;
    options.caCertificatesFile = session->settings().caCertificatesFile;
    m_directory->setSenderOptions(options);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Kind"), tr("From level"), tr("Sends to") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_test = new QPushButton(tr("T&est"), this);
    m_test->setObjectName(QStringLiteral("testChannelButton"));
    m_test->setToolTip(tr("Send one test message to the selected channel"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeChannelButton"));
    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("channelAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_answer, 1);

    auto* form = new QGroupBox(tr("Add a channel"), this);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("channelNameEdit"));
    m_name->setPlaceholderText(tr("e.g. ops-slack"));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("channelKindCombo"));
    m_kind->addItem(tr("Webhook (JSON)"), QStringLiteral("webhook"));
    m_kind->addItem(tr("Slack incoming webhook"), QStringLiteral("slack"));
    m_kind->addItem(tr("ntfy topic"), QStringLiteral("ntfy"));
    m_kind->addItem(tr("E-mail (SMTP)"), QStringLiteral("email"));
    m_level = new QComboBox(form);
    m_level->setObjectName(QStringLiteral("channelLevelCombo"));
    m_level->addItem(tr("Info (recoveries too)"), QStringLiteral("info"));
    m_level->addItem(tr("Warning"), QStringLiteral("warning"));
    m_level->addItem(tr("Critical only"), QStringLiteral("critical"));
    m_level->setCurrentIndex(1);
    m_url = new QLineEdit(form);
    m_url->setObjectName(QStringLiteral("channelUrlEdit"));
    m_url->setEchoMode(QLineEdit::Password); // the URL is a credential
    m_url->setPlaceholderText(tr("https://… (kept sealed, never shown again)"));
    m_to = new QLineEdit(form);
    m_to->setObjectName(QStringLiteral("channelToEdit"));
    m_host = new QLineEdit(form);
    m_host->setObjectName(QStringLiteral("channelHostEdit"));
    m_host->setPlaceholderText(tr("smtp.example.com (smtps://… for TLS from the start)"));
    m_port = new QSpinBox(form);
    m_port->setObjectName(QStringLiteral("channelPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(ChannelManager::DefaultSmtpPort);
    m_user = new QLineEdit(form);
    m_user->setObjectName(QStringLiteral("channelUserEdit"));
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("channelPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: no login"));
    m_add = new QPushButton(tr("&Add channel"), form);
    m_add->setObjectName(QStringLiteral("addChannelButton"));

    auto* formLayout = new QFormLayout(form);
    formLayout->addRow(tr("Na&me:"), m_name);
    formLayout->addRow(tr("&Kind:"), m_kind);
    formLayout->addRow(tr("Send &from:"), m_level);
    m_urlRow = new QWidget(form);
    auto* urlLayout = new QFormLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addRow(tr("&URL:"), m_url);
    formLayout->addRow(m_urlRow);
    m_emailRows = new QWidget(form);
    auto* emailLayout = new QFormLayout(m_emailRows);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addRow(tr("&To:"), m_to);
    emailLayout->addRow(tr("SMTP &host:"), m_host);
    emailLayout->addRow(tr("&Port:"), m_port);
    emailLayout->addRow(tr("U&ser:"), m_user);
    emailLayout->addRow(tr("Pass&word:"), m_password);
    formLayout->addRow(m_emailRows);
    formLayout->addRow(QString(), m_add);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Alerts go to these channels after the refresh that raised them, once each, "
                                    "from whichever QuotaDeck runs (this window, a cron job, the service)."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(form);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotificationsPage::updateForm);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &NotificationsPage::updateForm);
    connect(m_add, &QPushButton::clicked, this, &NotificationsPage::addChannel);
    connect(m_test, &QPushButton::clicked, this, &NotificationsPage::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &NotificationsPage::removeSelected);
    connect(m_directory,
            &ChannelDirectory::listed,
            this,
            [this](const QList<ChannelRecord>& channels, const QString& error) {
                const QString selected = selectedName();
                m_list->clear();
                for (const ChannelRecord& c : channels) {
                    auto* item = new QTreeWidgetItem(
                        m_list, { c.name, channelKindName(c.kind), alertLevelName(c.minLevel), c.masked });
                    item->setData(0, Qt::UserRole, c.name);
                    item->setSelected(c.name == selected);
                }
                if (!error.isEmpty()) {
                    say(tr("The channels cannot be read: %1").arg(error), true);
                }
                updateForm();
            });
    connect(m_directory, &ChannelDirectory::added, this, [this](const QString& name, const QString& error) {
        m_add->setEnabled(true);
        if (!error.isEmpty()) {
            say(tr("%1 was not added: %2").arg(name, error), true);
            return;
        }
        m_url->clear();
        m_password->clear();
        m_name->clear();
        say(tr("%1 was added. Test it to see that it arrives.").arg(name), false);
    });
    connect(m_directory, &ChannelDirectory::removed, this, [this](const QString& name, const QString& error) {
        say(error.isEmpty() ? tr("%1 was removed.").arg(name) : tr("%1 was not removed: %2").arg(name, error),
            !error.isEmpty());
    });
    connect(m_directory,
            &ChannelDirectory::tested,
            this,
            [this](const QString& name, bool delivered, const QString& answer) {
                m_test->setEnabled(!selectedName().isEmpty());
                say(delivered ? tr("%1: the test message was delivered.").arg(name)
                              : tr("%1: not delivered: %2").arg(name, answer),
                    !delivered);
            });
    updateForm();
    m_directory->reload();
}

QString NotificationsPage::selectedName() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void NotificationsPage::say(const QString& text, bool problem)
{
    QPalette palette = m_answer->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xc0, 0x30, 0x30) : this->palette().color(QPalette::WindowText));
    m_answer->setPalette(palette);
    m_answer->setText(text);
}

void NotificationsPage::updateForm()
{
    const bool email = m_kind->currentData().toString() == QLatin1String("email");
    m_urlRow->setVisible(!email);
    m_emailRows->setVisible(email);
    const bool selected = !selectedName().isEmpty();
    m_test->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void NotificationsPage::addChannel()
{
    ChannelSpec spec;
    spec.name = m_name->text().trimmed();
    spec.kind = channelKindFromName(m_kind->currentData().toString()).value_or(ChannelKind::Webhook);
    spec.minLevel = alertLevelFromName(m_level->currentData().toString()).value_or(AlertLevel::Warning);
    QByteArray typed;
    if (spec.kind == ChannelKind::Email) {
        spec.emailTo = m_to->text().trimmed();
        spec.smtpHost = m_host->text().trimmed();
        spec.smtpPort = m_port->value();
        spec.smtpUser = m_user->text().trimmed();
        typed = m_password->text().toUtf8();
    } else {
        typed = m_url->text().trimmed().toUtf8();
    }
    m_add->setEnabled(false);
    say(tr("Adding %1…").arg(spec.name), false);
    m_directory->add(spec, SecureBytes::takeFrom(typed));
}

void NotificationsPage::testSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    m_test->setEnabled(false);
    say(tr("Sending a test message to %1…").arg(name), false);
    m_directory->test(name);
}

void NotificationsPage::removeSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty()) {
        m_directory->remove(name);
    }
}
