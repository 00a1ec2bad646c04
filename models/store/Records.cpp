#include "models/store/Records.h"

QString lookupSourceName(LookupSource source)
{
    switch (source) {
    case LookupSource::Network:
        return QStringLiteral("network");
    case LookupSource::Cache:
        return QStringLiteral("cache");
    case LookupSource::Coalesced:
        return QStringLiteral("coalesced");
    case LookupSource::HeldBack:
        return QStringLiteral("held_back");
    case LookupSource::Organization:
        return QStringLiteral("organization");
    }
    return QStringLiteral("network");
}
