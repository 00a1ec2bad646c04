#include "ui/window/VaultBanner.h"

#include "ui/style/StatusPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

VaultBanner::VaultBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("vaultBanner"));
    const QColor accent = StatusPalette::foreground(KeyStatus::Error, palette());
    setStyleSheet(QStringLiteral("QFrame#vaultBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; }")
                      .arg(StatusPalette::blend(palette().color(QPalette::Window), accent, 0.12).name(),
                           StatusPalette::blend(palette().color(QPalette::Window), accent, 0.45).name()));
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("vaultBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("vaultRetryButton"));
    connect(m_retry, &QPushButton::clicked, this, &VaultBanner::retryRequested);
    m_join = new QPushButton(tr("Join team\u2026"), this);
    m_join->setObjectName(QStringLiteral("vaultJoinTeamButton"));
    m_join->setToolTip(tr("Enter the team passphrase to keep the team key in this keychain"));
    connect(m_join, &QPushButton::clicked, this, &VaultBanner::joinRequested);
    m_join->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_join, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

void VaultBanner::showState(VaultState state, Vault::TeamProblem problem, const QString& message)
{
    const bool show = state == VaultState::Unavailable;
    if (problem == Vault::TeamProblem::KeyMissing) {
        m_text->setText(tr("<b>Join the team to refresh.</b> This is a team store and this computer's "
                           "keychain does not hold its team key yet. The key list and the charts work; "
                           "refreshing, adding and importing keys need the team passphrase once."));
    } else if (problem == Vault::TeamProblem::KeyStale) {
        m_text->setText(tr("<b>The team key has changed.</b> The team key in this keychain is from before "
                           "the store was set up again. The key list and the charts work; join again with "
                           "the team passphrase to refresh, add and import keys."));
    } else if (show) {
        m_text->setText(tr("<b>The vault is unavailable.</b> %1<br>The key list still works; adding, "
                           "importing and refreshing keys need the vault.")
                            .arg(message.toHtmlEscaped()));
    }
    // Trying the keychain again cannot help a team key that is not there: the passphrase can.
    m_join->setVisible(problem != Vault::TeamProblem::None);
    m_retry->setVisible(problem == Vault::TeamProblem::None);
    setVisible(show);
}
