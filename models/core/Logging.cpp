#include "models/core/Logging.h"

Q_LOGGING_CATEGORY(lcStore, "quotadeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "quotadeck.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTavily, "quotadeck.tavily", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRefresh, "quotadeck.refresh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "quotadeck.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "quotadeck.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "quotadeck.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServe, "quotadeck.serve", QtInfoMsg)
