#include "models/itemmodels/KeyErrorText.h"

#include "models/core/TimeText.h"

QString KeyErrorText::describe(LookupError error, int httpStatus, const QString& retryAt)
{
    const qint64 status = httpStatus;
    switch (error) {
    case LookupError::None:
        return {};
    case LookupError::Rejected:
        return tr("Invalid or revoked key (HTTP %1)").arg(status);
    case LookupError::RateLimited:
        return retryAt.isEmpty() ? tr("Rate limited by Tavily (HTTP 429)")
                                 : tr("Rate limited by Tavily (HTTP 429); may be asked again at %1").arg(retryAt);
    case LookupError::HeldBack:
        return retryAt.isEmpty() ? tr("Held back to respect Tavily's rate limit")
                                 : tr("Held back to respect Tavily's rate limit; asked again at %1").arg(retryAt);
    case LookupError::LimitExceeded:
        return tr("Key or plan limit exceeded (HTTP 432)");
    case LookupError::PaygoLimit:
        return tr("Pay-as-you-go limit exceeded (HTTP 433)");
    case LookupError::BadRequest:
        return tr("Bad request (HTTP 400)");
    case LookupError::ServerError:
        return tr("Tavily server error (HTTP %1)").arg(status);
    case LookupError::UnexpectedStatus:
        return tr("Unexpected answer from Tavily (HTTP %1)").arg(status);
    case LookupError::Malformed:
        return tr("Unreadable answer from the usage API");
    case LookupError::TooLarge:
        return tr("The answer was too large");
    case LookupError::Timeout:
        return tr("No answer in time");
    case LookupError::ConnectionRefused:
        return tr("Connection refused");
    case LookupError::HostNotFound:
        return tr("Server not found (DNS)");
    case LookupError::ConnectionClosed:
        return tr("The server closed the connection before answering");
    case LookupError::ConnectTimeout:
        return tr("Connection timed out");
    case LookupError::Tls:
        return tr("TLS handshake failed");
    case LookupError::NetworkDown:
        return tr("The network is not available");
    case LookupError::Proxy:
        return tr("Proxy error");
    case LookupError::Network:
        return tr("Network error");
    case LookupError::Cancelled:
        return tr("Look-up cancelled");
    case LookupError::BadApiBase:
        return tr("The API base URL in the settings is not usable");
    case LookupError::BadKey:
        return tr("The key is empty or holds characters that cannot be sent");
    case LookupError::Unsealable:
        return tr("The sealed key cannot be opened with this keychain's data key");
    }
    return {};
}

QString KeyErrorText::line(const KeyRecord& key, const QDateTime& now, bool retryTime)
{
    if (key.lastErrorCode == LookupError::None) {
        QString stored = key.lastError;
        return stored.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    // A retry time already past says nothing more than the status does.
    const bool future = retryTime && key.retryAt.isValid() && key.retryAt > now;
    const QString retryAt = future ? TimeText::local(key.retryAt, now) : QString();
    return describe(key.lastErrorCode, key.lastHttpStatus, retryAt);
}

QString KeyErrorText::details(const KeyRecord& key, const QDateTime& now)
{
    const QString shown = line(key, now);
    if (shown.isEmpty()) {
        return {};
    }
    if (key.lastErrorCode == LookupError::None) {
        // All of the stored text, its line breaks included.
        const bool status = key.lastHttpStatus != 0 && key.lastHttpStatus != 200;
        return status ? key.lastError + QLatin1Char('\n') + tr("HTTP status %1").arg(key.lastHttpStatus)
                      : key.lastError;
    }
    return shown + QLatin1Char('\n') + tr("As reported: %1").arg(key.lastError);
}
