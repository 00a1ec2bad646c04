#pragma once
// The versions of the libraries the models link (the About dialog names them), so nothing above models/
// needs their headers or links them itself.

#include <QString>

namespace Versions {
QString sodium();
QString sqlite();
} // namespace Versions
