#pragma once
// Colours of key statuses and usage bars. The hue says what happened (ok green, low amber, exhausted and
// invalid red, rate limited purple, error orange-red, unknown and disabled grey); the widget palette decides
// how light it is, so the same table stays readable in a light and a dark theme.

#include "models/core/KeyStatus.h"

#include <QColor>
#include <QPalette>

class QLabel;
class QWidget;

namespace StatusPalette {
// A dark theme: the window colour is darker than mid-grey.
bool isDark(const QPalette& palette);
// The colour of a status as text or outline; readable on palette.base().
QColor foreground(KeyStatus status, const QPalette& palette);
// A soft fill for a status pill: the status colour blended into the base colour.
QColor pillFill(KeyStatus status, const QPalette& palette);
// The fill of a usage bar: strong enough to see, light enough for palette.text() on top of it.
QColor barFill(KeyStatus level, const QPalette& palette);
// The empty part of a usage bar and its outline.
QColor barTrack(const QPalette& palette);
QColor barOutline(const QPalette& palette);
// What a usage share means for its bar: ok below 90%, low from 90% (the refresh engine's default
// threshold of 10% left), exhausted at 100%.
KeyStatus usageLevel(double fraction);
// a + (b - a) * t, per channel.
QColor blend(const QColor& a, const QColor& b, double t);
// A dialog's error line: hidden, word-wrapped plain text in the error colour, named "errorLabel".
QLabel* errorLine(QWidget* parent);
} // namespace StatusPalette
