#include "ui/window/MainToolBar.h"

#include "ui/window/MainActions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

MainToolBar::MainToolBar(MainActions* actions, QWidget* parent)
    : QToolBar(tr("Keys"), parent)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(18, 18));
    toggleViewAction()->setEnabled(false);

    addAction(actions->add);
    addAction(actions->importKeys);
    addSeparator();
    addAction(actions->toggle);
    addAction(actions->remove);
    addSeparator();
    addAction(actions->refresh);
    addAction(actions->cancel);
    addSeparator();

    // Auto-refresh: a compact choice beside Refresh, where the user looks for "how often".
    auto* autoLabel = new QLabel(tr("A&uto-refresh"), this);
    autoLabel->setObjectName(QStringLiteral("autoRefreshLabel"));
    autoLabel->setContentsMargins(4, 0, 4, 0);
    m_autoRefreshCombo = new QComboBox(this);
    m_autoRefreshCombo->setObjectName(QStringLiteral("autoRefreshCombo"));
    m_autoRefreshCombo->setToolTip(tr("Refresh every enabled key on a schedule. A scheduled refresh is skipped "
                                      "while another is still running. Saved in settings.ini."));
    m_autoRefreshCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int minutes : MainActions::AutoRefreshChoices) {
        m_autoRefreshCombo->addItem(MainActions::autoRefreshText(minutes), minutes);
    }
    autoLabel->setBuddy(m_autoRefreshCombo);
    connect(m_autoRefreshCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_EMIT autoRefreshChosen(m_autoRefreshCombo->itemData(index).toInt());
    });
    addWidget(autoLabel);
    addWidget(m_autoRefreshCombo);

    const std::pair<QAction*, const char*> buttons[] = {
        { actions->add, "addKeyButton" },           { actions->importKeys, "importButton" },
        { actions->toggle, "toggleEnabledButton" }, { actions->remove, "removeButton" },
        { actions->refresh, "refreshButton" },      { actions->cancel, "cancelButton" },
    };
    for (const auto& [action, name] : buttons) {
        if (QWidget* button = widgetForAction(action)) {
            button->setObjectName(QString::fromLatin1(name));
        }
    }

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter keys (Ctrl+F)"));
    m_filterEdit->setToolTip(tr("Shows the keys whose label, masked key, status, plan or error contains the text"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    m_filterEdit->setMaximumWidth(m_filterEdit->minimumWidth() * 3 / 2);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        Q_EMIT filterChanged(text.trimmed());
    });
    addWidget(m_filterEdit);
    connect(actions->filter, &QAction::triggered, this, [this]() {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
}

void MainToolBar::syncAutoRefresh(int minutes)
{
    const QSignalBlocker blocker(m_autoRefreshCombo);
    m_autoRefreshCombo->setCurrentIndex(m_autoRefreshCombo->findData(minutes));
}
