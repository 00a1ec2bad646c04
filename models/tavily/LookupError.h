#pragma once
// Why a look-up failed, as a code the store keeps next to the one-line English text (keys.last_error_code):
// the window says it in the chosen language from the code, the HTTP status and the retry time, and shows the
// stored text (which may carry the server's own words) as the detail. The names are what the store holds.

#include <QString>

enum class LookupError {
    None, // no failure, or a row written before the codes existed (the stored text is then all there is)
    Rejected, // 401/403: invalid or revoked key
    RateLimited, // 429
    HeldBack, // not asked, to respect the rate limit
    LimitExceeded, // 432: key or plan limit
    PaygoLimit, // 433: pay-as-you-go limit
    BadRequest, // 400
    ServerError, // 5xx
    UnexpectedStatus, // any other HTTP status
    Malformed, // a 200 answer that cannot be read
    TooLarge, // an answer over the size cap
    Timeout, // no answer within the look-up's time
    ConnectionRefused,
    HostNotFound,
    ConnectionClosed, // closed before answering
    ConnectTimeout, // the connection itself timed out
    Tls, // TLS handshake failed
    NetworkDown, // no network
    Proxy,
    Network, // any other network error
    Cancelled,
    BadApiBase, // the configured API base URL is unusable
    BadKey, // the key cannot be sent (empty, control characters)
    Unsealable, // the sealed key cannot be opened with this keychain's data key
};

// "rejected", "rate_limited", ...; "" for None.
QString lookupErrorName(LookupError error);
// None for "" and for names this version does not know (a newer QuotaDeck's): the stored text is shown.
LookupError lookupErrorFromName(const QString& name);
