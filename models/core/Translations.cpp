#include "models/core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace {

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString& currentTag()
{
    static QString tag;
    return tag;
}

// The translator is owned by the application object, so it lives as long as the strings it serves.
bool add(const QString& file, const QString& dir)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, dir) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

QLocale localeFor(const QString& tag)
{
    const QLocale system = QLocale::system();
    if (Translations::tagFor(system) == tag) {
        return system;
    }
    if (tag == QLatin1String("zh_CN")) {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    }
    if (tag == QLatin1String("zh_TW")) {
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
}

QString Translations::tagFor(const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese) {
        return QStringLiteral("en");
    }
    const QLocale::Territory territory = locale.territory();
    if (locale.script() == QLocale::TraditionalChineseScript || territory == QLocale::Taiwan
        || territory == QLocale::HongKong || territory == QLocale::Macao) {
        return QStringLiteral("zh_TW");
    }
    return QStringLiteral("zh_CN");
}

bool Translations::install(const QString& language)
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    QString tag = language.isEmpty() ? tagFor(QLocale::system()) : language;
    bool found = available().contains(tag);
    if (!found) {
        tag = QStringLiteral("en");
    }
    const QString own = QStringLiteral(":/i18n");
    // English underneath: a string the chosen translation lacks still gets its English plural form.
    found = add(QStringLiteral("quotadeck_en"), own) && found;
    if (tag != QLatin1String("en")) {
        found = add(QStringLiteral("quotadeck_") + tag, own) && found;
        // Qt's own strings (standard buttons, file dialogs); missing ones leave those in English.
        add(QStringLiteral("qtbase_") + tag, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    QLocale::setDefault(localeFor(tag));
    currentTag() = tag;
    return found;
}

QString Translations::current()
{
    return currentTag();
}
