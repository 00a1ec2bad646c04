#include "ui/alerts/AlertBanner.h"

#include "models/alerts/AlertText.h"
#include "ui/alerts/AlertPanel.h"
#include "ui/style/StatusPalette.h"
#include "ui/window/ElidedLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

AlertBanner::AlertBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    // A line per alert, each cut with an ellipsis rather than wrapped: the banner stays at most four lines
    // high whatever the messages and the window's width, so showing it never makes the window grow.
    m_text->setTextFormat(Qt::PlainText);
    auto* show = new QPushButton(tr("Show alerts"), this);
    show->setObjectName(QStringLiteral("alertBannerShow"));
    connect(show, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT showListRequested();
    });
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("alertBannerClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(show, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignVCenter);
    applyPalette();
    hide();
}

void AlertBanner::showAlerts(const QList<AlertRecord>& alerts)
{
    m_alerts = alerts;
    showLines();
    applyPalette();
    show();
}

void AlertBanner::keepUnseen(const QList<qint64>& unseenIds)
{
    const qsizetype before = m_alerts.size();
    m_alerts.removeIf([&unseenIds](const AlertRecord& alert) { return !unseenIds.contains(alert.id); });
    if (m_alerts.size() == before) {
        return;
    }
    if (m_alerts.isEmpty()) {
        hide();
        return;
    }
    showLines();
}

void AlertBanner::showLines()
{
    const QList<AlertRecord>& alerts = m_alerts;
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < 3; ++i) {
        lines << AlertText::message(alerts.at(i));
    }
    if (alerts.size() > 3) {
        lines << tr("… and %n more", nullptr, int(alerts.size() - 3));
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
}

void AlertBanner::applyPalette()
{
    // The parent's palette: this frame's own Window colour is what the style sheet below sets, and blending
    // from it again would drift towards the accent.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent = StatusPalette::foreground(KeyStatus::Low, base);
    const QColor window = base.color(QPalette::Window);
    // Only this frame: a stylesheet on children would override the palette of the button and the label.
    // Setting a style sheet changes the palette again: only a different one is set, so this ends.
    const QString sheet
        = QStringLiteral("QFrame#alertBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
              .arg(StatusPalette::blend(window, accent, 0.14).name(), StatusPalette::blend(window, accent, 0.5).name());
    if (sheet != styleSheet() && !m_styling) {
        m_styling = true;
        setStyleSheet(sheet);
        m_styling = false;
    }
}
