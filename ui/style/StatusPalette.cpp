#include "ui/style/StatusPalette.h"

#include <QLabel>

#include <optional>

namespace StatusPalette {
namespace {
    struct Hue
    {
        int hue;
        int saturation; // 0..255 (HSL)
    };

    std::optional<Hue> hueOf(KeyStatus status)
    {
        switch (status) {
        case KeyStatus::Ok:
            return Hue { 135, 150 };
        case KeyStatus::Low:
            return Hue { 38, 235 };
        case KeyStatus::Exhausted:
            return Hue { 0, 180 };
        case KeyStatus::Invalid:
            return Hue { 350, 170 };
        case KeyStatus::RateLimited:
            return Hue { 268, 130 };
        case KeyStatus::Error:
            return Hue { 14, 215 };
        case KeyStatus::Unknown:
        case KeyStatus::Disabled:
            return std::nullopt;
        }
        return std::nullopt;
    }
} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor blend(const QColor& a, const QColor& b, double t)
{
    const auto mix = [t](int x, int y) { return qBound(0, int(x + (y - x) * t + 0.5), 255); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor foreground(KeyStatus status, const QPalette& palette)
{
    const auto hue = hueOf(status);
    if (!hue) {
        // Grey that keeps its distance from both the text and the background.
        return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
    }
    // Light themes need dark, saturated text; dark themes a lighter, softer one.
    return isDark(palette) ? QColor::fromHsl(hue->hue, qMin(255, hue->saturation), 165)
                           : QColor::fromHsl(hue->hue, hue->saturation, 92);
}

QColor pillFill(KeyStatus status, const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), foreground(status, palette), isDark(palette) ? 0.22 : 0.13);
}

QColor barFill(KeyStatus level, const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), foreground(level, palette), isDark(palette) ? 0.42 : 0.30);
}

QColor barTrack(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.05);
}

QColor barOutline(const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.22);
}

KeyStatus usageLevel(double fraction)
{
    if (fraction >= 1.0) {
        return KeyStatus::Exhausted;
    }
    if (fraction >= 0.9) {
        return KeyStatus::Low;
    }
    return KeyStatus::Ok;
}
QLabel* errorLine(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, foreground(KeyStatus::Error, parent->palette()));
    label->setPalette(errorPalette);
    label->hide();
    return label;
}

} // namespace StatusPalette
