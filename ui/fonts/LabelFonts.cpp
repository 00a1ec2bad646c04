#include "ui/fonts/LabelFonts.h"

#include <QApplication>

namespace {

QFont withFallbacks(const QFont& font, const QStringList& fallbacks)
{
    QStringList families = font.families();
    if (families.isEmpty()) {
        families << font.family();
    }
    for (const QString& family : fallbacks) {
        if (!families.contains(family, Qt::CaseInsensitive)) {
            families << family;
        }
    }
    QFont result = font;
    result.setFamilies(families);
    return result;
}

} // namespace

namespace LabelFonts {

QStringList screenFallbacks()
{
    return { QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback") };
}

QStringList printFallbacks()
{
    return screenFallbacks() << QStringLiteral("Symbola");
}

QFont forScreen(const QFont& font)
{
    return withFallbacks(font, screenFallbacks());
}

QFont forPrint(const QFont& font)
{
    return withFallbacks(font, printFallbacks());
}

void installApplicationFont()
{
    QApplication::setFont(forScreen(QApplication::font()));
}

} // namespace LabelFonts
