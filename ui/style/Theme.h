#pragma once
// The window follows the system's light or dark mode through the platform theme. QUOTADECK_THEME=dark or
// =light forces one (Fusion style with a fixed palette): for screenshots under Xvfb, where no platform theme
// says which, and for people whose desktop does not pass its dark mode to Qt. Unset: nothing changes.

namespace Theme {
// Applies QUOTADECK_THEME to the application; false when it is unset or not "dark"/"light".
bool applyFromEnvironment();
} // namespace Theme
