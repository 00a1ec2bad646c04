#pragma once
// Reads an answer of POST /org-usage into OrgUsageAnswer. Lenient about the names of fields Tavily's reference
// leaves open (docs/org-usage.md), strict about what is kept: one line per text, bounded, never key material.

#include "models/tavily/OrgUsage.h"

#include <QByteArray>

namespace OrgUsageParser {
inline constexpr int kMaxEntries = 100000;
std::optional<OrgUsageAnswer> parse(const QByteArray& body, QString* whyNot);
} // namespace OrgUsageParser
