#include "models/tavily/OrgUsageClient.h"

#include "models/tavily/OrgUsageParser.h"

#include <QElapsedTimer>

void OrgUsageClient::fetch(SecureBytes ownerKey,
                           const OrgUsageQuery& query,
                           std::function<void(const OrgUsageReply&)> done)
{
    QJsonObject body { { QStringLiteral("organization_name"), query.organization } };
    if (query.start.isValid()) {
        body.insert(QStringLiteral("start_date"), query.start.toString(Qt::ISODate));
    }
    if (query.end.isValid()) {
        body.insert(QStringLiteral("end_date"), query.end.toString(Qt::ISODate));
    }
    QElapsedTimer timer;
    timer.start();
    m_post->post(
        QStringLiteral("org-usage"), std::move(ownerKey), body, [done = std::move(done), timer](const PostAnswer& raw) {
            OrgUsageReply reply;
            reply.httpStatus = raw.httpStatus;
            reply.error = raw.error;
            reply.message = raw.message;
            reply.retryAt = raw.retryAt;
            reply.latencyMs = timer.elapsed();
            if (raw.ok()) {
                QString whyNot;
                reply.answer = OrgUsageParser::parse(raw.body, &whyNot);
                if (!reply.answer) {
                    reply.error = LookupError::Malformed;
                    reply.message = whyNot;
                }
            }
            done(reply);
        });
}
