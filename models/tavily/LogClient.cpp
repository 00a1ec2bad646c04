#include "models/tavily/LogClient.h"

#include "models/tavily/LogParser.h"

void LogClient::fetch(SecureBytes apiKey, const LogQuery& query, std::function<void(const LogAnswer&)> done)
{
    QJsonObject body { { QStringLiteral("start_date"), query.start.toUTC().toString(Qt::ISODateWithMs) },
                       { QStringLiteral("limit"), query.limit } };
    if (!query.cursor.isEmpty()) {
        body.insert(QStringLiteral("cursor"), query.cursor);
    }
    m_post->post(QStringLiteral("logs"), std::move(apiKey), body, [done = std::move(done)](const PostAnswer& raw) {
        LogAnswer answer;
        answer.httpStatus = raw.httpStatus;
        answer.error = raw.error;
        answer.message = raw.message;
        answer.retryAt = raw.retryAt;
        if (raw.ok()) {
            QString whyNot;
            answer.page = LogParser::parse(raw.body, &whyNot);
            if (!answer.page) {
                answer.error = LookupError::Malformed;
                answer.message = whyNot;
            }
        }
        done(answer);
    });
}
