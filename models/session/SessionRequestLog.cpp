// Session reading the request log for the window's Requests view (the command line reads it the same way).

#include "models/session/Session.h"
#include "models/store/RequestLogStore.h"
#include "models/store/StoreService.h"

#include <QSqlDatabase>

void Session::queryRequestLog(const LogFilter& filter, RequestLogAnswer then)
{
    struct Result
    {
        QList<StoredLogEntry> rows;
        LogSummary summary;
        QString error;
    };
    m_storeService->call<Result>(
        this,
        [filter](Store& store) {
            Result result;
            if (!store.ensureConnected()) {
                result.error = store.lastError();
                return result;
            }
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            result.rows = RequestLogStore::list(db, filter, &result.error);
            if (result.error.isEmpty()) {
                result.summary = RequestLogStore::summary(db, filter, &result.error);
            }
            return result;
        },
        [then = std::move(then)](const StoreAnswer<Result>& answer) {
            if (!answer.ok()) {
                then({}, {}, answer.error);
                return;
            }
            then(answer.value->rows, answer.value->summary, answer.value->error);
        },
        StoreService::Lane::Long);
}
