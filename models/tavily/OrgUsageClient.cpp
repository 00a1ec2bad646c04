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
            reply.answer = reply.readFrom(raw, OrgUsageParser::parse);
            reply.latencyMs = timer.elapsed();
            done(reply);
        });
}
