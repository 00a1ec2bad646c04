#pragma once
// The versions of the libraries the models link (the About dialog names them), so nothing above models/
// needs their headers or links them itself.

#include <QString>

namespace Versions {
QString sodium();
QString sqlite();
// The QtKeychain that CMake found: its header's QTKEYCHAIN_VERSION is stale in some releases (0.13.2 says 0.1.0).
QString qtKeychain();
} // namespace Versions
