#pragma once
// Which language QuotaDeck speaks, for the window and the command line alike: QuotaDeck's own translation
// (embedded as :/i18n/quotadeck_<tag>.qm, translations/) and Qt's (qtbase_<tag>.qm from Qt's translations
// folder, for the standard dialogs' buttons), installed on the running QCoreApplication, and the locale that
// formats numbers and dates made the default. English needs a translation too: its plural forms ("1 key",
// "2 keys") come from the numerus-only quotadeck_en.qm.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Translations {

// The language tags QuotaDeck is translated into ("en", "zh_CN", "zh_TW"), English first.
QStringList available();
// The tag that serves `locale`: Chinese in Traditional script or from Taiwan, Hong Kong or Macao is zh_TW,
// other Chinese zh_CN, everything else en.
QString tagFor(const QLocale& locale);
// Installs the translators for `language` (a tag from available(), or "" for the system locale) in place of
// any installed before, and makes the locale for it QLocale's default: the system locale when it speaks that
// language, else the language's own. Returns false, and falls back to English, when there is no translation
// for `language` (an unknown tag, or the .qm is missing). Needs a QCoreApplication.
bool install(const QString& language);
// The tag install() last settled on ("" before it ran).
QString current();

} // namespace Translations
