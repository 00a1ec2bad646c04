#pragma once
// Sends one message to one channel, through libcurl: an HTTP POST for a webhook, Slack or ntfy, SMTP for
// e-mail (implicit TLS on port 465 or with an smtps:// host, STARTTLS otherwise; with a login, TLS is
// required and a server without STARTTLS is refused rather than given the password in clear). libcurl because its SMTP
// is a well-kept implementation (AUTH, STARTTLS, dot-stuffing), and one library then serves every channel.
//
// send() blocks for up to the timeout: call it from a worker thread (the Notifier's, ChannelTester's),
// never from the GUI thread. The answer is one line, with nothing of the channel's URL past its host.

#include "models/notify/ChannelRecord.h"
#include "models/notify/NotificationMessage.h"
#include "models/vault/SecureBytes.h"

#include <QString>
#include <optional>

struct SendOutcome
{
    bool delivered = false;
    int status = 0; // the HTTP status or the last SMTP reply code; 0 when none came
    std::optional<qint64> retryAfterSeconds; // an HTTP Retry-After (seconds or a date)
    QString answer; // one line: "HTTP 500: ..." or why the transfer failed; empty when delivered
};

class ChannelSender
{
public:
    struct Options
    {
        int timeoutMs = 20000;
        QString caCertificatesFile; // trusted on top of the system's (api/ca_certificates_file)
    };

    static SendOutcome send(const ChannelRecord& channel,
                            const SecureBytes& secret,
                            const NotificationMessage& message,
                            const Options& options);
    // The whole RFC 5322 message an e-mail channel sends (headers and both parts, CRLF line ends).
    static QByteArray emailMessage(const ChannelRecord& channel, const NotificationMessage& message);
};
