// Linked into every test executable: English as the installed app speaks it when the system locale is not
// Chinese, so tests read "1 key" and "2 keys" (the numerus-only quotadeck_en.qm), not the source's "key(s)".
// Runs when the test's QCoreApplication is made, before any test function.

#include "models/core/Translations.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    Translations::install(QStringLiteral("en"));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
