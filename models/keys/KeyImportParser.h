#pragma once
// Reads key lists as admins keep them: one entry per line, `key`, `label,key` or `.env` style
// `NAME=tvly-...` (optionally `export NAME="tvly-..."`). Blank lines and # comments are skipped. Every other
// line either yields an entry or a rejection with its line number and a reason; the parser never stops at
// the first bad line and never puts key material into a reason. A label that holds key-like text (a second
// key on the line) is a rejection too.

#include "models/vault/SecureBytes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <vector>

struct ImportEntry
{
    int line = 0; // 1-based
    QString label; // empty when the line had none
    SecureBytes key;
};

struct ImportRejection
{
    int line = 0;
    QString reason;
};

struct ImportParse
{
    std::vector<ImportEntry> entries;
    QList<ImportRejection> rejections;
};

namespace KeyImportParser {
// Input must be UTF-8 text; a binary or UTF-16 file is one rejection (line 0) saying so.
ImportParse parse(QByteArrayView text);
constexpr int kMaxLabelLength = 200;
constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
} // namespace KeyImportParser
