#pragma once
// Labels are plain text: listed, logged, exported. Earlier versions let key text into a label (an import
// line "key,key" took the first key as the second one's label), so a store opened now has every label that
// holds key-like text (ApiKey::holdsKeyLikeText) replaced by "key N" (N the key's id), in the keys and in the
// alerts that copied it, in one transaction. On SQLite the old bytes are overwritten too (secure_delete) and
// the WAL is checkpointed, so the text does not linger in free pages or old frames.

#include <QList>
#include <QString>
#include <QtGlobal>

class Store;

class LabelRepair
{
public:
    // What was replaced, to tell the user once and without the old labels ("the label of key 3 looked like
    // an API key and is now \"key 3\""); empty when nothing held key-like text, and empty with *error when
    // the store could not be changed.
    static QString run(const Store& store, QString* error);

private:
    static QString describe(const QList<qint64>& ids);
};
