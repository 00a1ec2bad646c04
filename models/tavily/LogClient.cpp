#include "models/tavily/LogClient.h"

#include "models/tavily/LogParser.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

void LogClient::fetch(SecureBytes apiKey, const LogQuery& query, std::function<void(const LogAnswer&)> done)
{
    QJsonObject body { { QStringLiteral("start_date"), query.start.toUTC().toString(Qt::ISODateWithMs) },
                       { QStringLiteral("limit"), query.limit } };
    if (!query.cursor.isEmpty()) {
        body.insert(QStringLiteral("cursor"), query.cursor);
    }
    PostClient* post = m_post;
    post->post(QStringLiteral("logs"), std::move(apiKey), body, [post, done = std::move(done)](const PostAnswer& raw) {
        // A page of a thousand entries takes the parser about 10 ms: on a pool thread, so that several pages
        // answered at once do not add up to a stall of the window. The watcher belongs to the PostClient, so
        // `done` never runs after it is gone, as for every answer of the client.
        auto* watcher = new QFutureWatcher<LogAnswer>(post);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done]() {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([raw]() {
            LogAnswer answer;
            answer.page = answer.readFrom(raw, LogParser::parse);
            return answer;
        }));
    });
}
