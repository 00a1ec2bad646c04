#pragma once
// Labels are written in any script (many of our users label keys in Chinese). A clean Debian machine has
// DejaVu for Latin, Cyrillic, Greek and Arabic; the Han and kana glyphs come from the fonts named here, in
// this order, before whatever the system would pick. WenQuanYi Micro Hei first: Qt's PDF writer maps the
// glyphs Noto CJK shares with the Kangxi radicals back to the radicals, so a report's "中文" would copy out as
// "中⽂"; WenQuanYi copies back exactly, and it draws Chinese forms where Noto would pick its Japanese variant.
// docs/fonts.md has the measurements.

#include <QFont>
#include <QStringList>

namespace LabelFonts {
// The families tried after a font's own, for the window: Han and kana.
QStringList screenFallbacks();
// The same plus Symbola, whose monochrome emoji a PDF can embed (a colour emoji font prints blanks).
QStringList printFallbacks();
// `font` with its own family first and the fallbacks after it.
QFont forScreen(const QFont& font);
QFont forPrint(const QFont& font);
// Gives the application font the screen fallbacks; every widget inherits them. Call once QApplication exists.
void installApplicationFont();
} // namespace LabelFonts
