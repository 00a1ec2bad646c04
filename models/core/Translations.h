#pragma once
// Stand-in until the translation infrastructure lands: loads the app's and Qt's translations for a
// language and makes it the default locale for numbers and dates.

#include <QString>

namespace Translations {
// `language`: a tag such as "zh_CN", "zh_TW" or "en"; empty follows the system locale. Needs a
// QCoreApplication.
void install(const QString& language);
} // namespace Translations
