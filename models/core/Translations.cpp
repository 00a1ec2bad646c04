#include "models/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translations::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* app = new QTranslator(QCoreApplication::instance());
    // English needs its plural forms ("1 key", "2 keys"), from a numerus-only file; so does the C locale.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (english ? app->load(QStringLiteral("quotadeck_en"), QStringLiteral(":/i18n"))
                : app->load(locale, QStringLiteral("quotadeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}
