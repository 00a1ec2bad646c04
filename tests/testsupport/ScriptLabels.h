#pragma once
// Key labels in the scripts our users write them in, for the tests that check a label is drawn and copies
// back out of a PDF. The Chinese ones hold the Han characters that fonts sharing glyphs with the Kangxi
// radicals give back wrongly (中文 as 中⽂, 金門 as ⾦⾨).

#include <QList>
#include <QString>

namespace ScriptLabels {

struct Label
{
    const char* name;
    QString text;
    // Compare after NFKC (Arabic comes out of a PDF as presentation forms) instead of character for character.
    bool compatible = false;
};

inline QList<Label> all()
{
    return { { "simplified Chinese", QStringLiteral("搜索密钥 中文 一人大日用"), false },
             { "traditional Chinese", QStringLiteral("金門大學 繁體 龍"), false },
             { "Japanese", QStringLiteral("検索キー 日本語 ひらがな"), false },
             { "Cyrillic", QStringLiteral("ключ поиска Ёё"), false },
             { "Arabic", QStringLiteral("مفتاح البحث"), true },
             { "emoji then Latin", QStringLiteral("🔑 rotate me"), false } };
}

// What a label's text should be compared as, and the same done to a text it is looked for in: NFKC, and
// without the bidirectional embedding marks a text extractor puts around right-to-left runs.
inline QString comparable(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QList<char16_t> marks
        = { 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069 };
    for (const char16_t mark : marks) {
        out.remove(QChar(mark));
    }
    return out;
}

} // namespace ScriptLabels
