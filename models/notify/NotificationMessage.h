#pragma once
// What a channel sends for one alert (or for `notify test`), in each channel's format: a JSON document for a
// webhook, Slack blocks, an ntfy body with its Title/Priority/Tags headers, and an e-mail's subject with a
// plain-text and an HTML part. Everything comes from the stored alert (its message and the facts recorded
// when it was raised), so any instance sends the same words. These stay English whatever language a window
// speaks (the window says alerts in its own through AlertText): they go to team channels, read by people of
// any locale, and to scripts that match on them. No key material: keys appear by label and masked form only.
//
// Every message carries an idempotency key, "<store id>:<alert id>" (a test: "test:<random>"), in the payload
// and as an Idempotency-Key header (Message-ID for e-mail): a crash between a send and its record can repeat
// a message, and a receiver can drop the repeat.

#include "models/store/AlertStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class NotificationMessage
{
public:
    static NotificationMessage forAlert(const AlertRecord& alert, const QString& storeId);
    static NotificationMessage forTest(const QString& channelName, const QDateTime& now);

    QString idempotencyKey() const { return m_idempotencyKey; }
    qint64 alertId() const { return m_alertId; }
    QString kind() const { return m_kind; } // an alert kind's name, or "test"
    AlertLevel level() const { return m_level; }
    QString title() const; // "QuotaDeck critical: search-agent-1 turned exhausted"
    QString text() const { return m_text; } // the one-line human message

    // Webhook: {"idempotency_key", "alert_id", "kind", "level", "raised_at", "title", "message", "key":
    // {"label", "masked"}, "account", "figures": {"used", "limit", "remaining", "credits_per_day", ...},
    // "forecast": {"exhaustion_at"}, "test"}.
    QJsonObject json() const;
    // A Slack incoming webhook's body: "text" (the fallback) and "blocks".
    QJsonObject slack() const;
    // ntfy: the plain-text body and its headers (Title, Priority 3/4/5 for info/warning/critical, Tags).
    QByteArray ntfyBody() const;
    QList<QPair<QByteArray, QByteArray>> ntfyHeaders() const;
    // E-mail: the parts of a multipart/alternative message.
    QString plainText() const;
    QString html() const;

private:
    // Lines such as "Used: 950 of 1,000 credits", from the facts.
    QList<QPair<QString, QString>> figureLines() const;

    QString m_idempotencyKey;
    qint64 m_alertId = 0;
    QString m_kind;
    AlertLevel m_level = AlertLevel::Info;
    QString m_label;
    QString m_text;
    QDateTime m_raisedAt;
    QJsonObject m_facts;
};
