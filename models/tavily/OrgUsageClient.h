#pragma once
// One call for every key of an organisation: POST {base}/org-usage with the Bearer header of the owner's
// personal key (PostClient), the answer read by OrgUsageParser.

#include "models/tavily/OrgUsage.h"
#include "models/tavily/PostClient.h"

struct OrgUsageReply : PostFacts
{
    std::optional<OrgUsageAnswer> answer; // set on a readable 200 answer
    qint64 latencyMs = 0;
    bool ok() const { return answer.has_value(); }
};

class OrgUsageClient
{
public:
    explicit OrgUsageClient(PostClient* post)
        : m_post(post)
    {
    }
    // `done` runs exactly once, later, from the event loop; never after the PostClient is destroyed.
    void fetch(SecureBytes ownerKey, const OrgUsageQuery& query, std::function<void(const OrgUsageReply&)> done);

private:
    PostClient* m_post;
};
