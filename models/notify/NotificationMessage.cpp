#include "models/notify/NotificationMessage.h"

#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace {
QString kindWords(const QString& kind)
{
    static const QHash<QString, QString> words {
        { QStringLiteral("usage_threshold"), QStringLiteral("usage over the alert threshold") },
        { QStringLiteral("predicted_exhaustion"), QStringLiteral("predicted to run out") },
        { QStringLiteral("invalid"), QStringLiteral("turned invalid") },
        { QStringLiteral("exhausted"), QStringLiteral("turned exhausted") },
        { QStringLiteral("recovered"), QStringLiteral("recovered") },
        { QStringLiteral("unusual_usage"), QStringLiteral("unusual usage") },
        { QStringLiteral("rotation_due"), QStringLiteral("due for rotation") },
        { QStringLiteral("test"), QStringLiteral("test message") },
    };
    return words.value(kind, kind);
}

// Grouped the same way for every reader of a notification, whatever the machine's locale.
QString credits(const QJsonValue& value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qint64(value.toDouble()));
}

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

NotificationMessage NotificationMessage::forAlert(const AlertRecord& alert, const QString& storeId)
{
    NotificationMessage message;
    message.m_idempotencyKey = storeId + QLatin1Char(':') + QString::number(alert.id);
    message.m_alertId = alert.id;
    message.m_kind = alertKindName(alert.kind);
    message.m_level = alert.level;
    message.m_label = alert.label;
    message.m_text = alert.message;
    message.m_raisedAt = alert.raisedAt.toUTC();
    message.m_facts = alert.facts;
    return message;
}

NotificationMessage NotificationMessage::forTest(const QString& channelName, const QDateTime& now)
{
    NotificationMessage message;
    message.m_idempotencyKey = QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.m_kind = QStringLiteral("test");
    message.m_level = AlertLevel::Info;
    message.m_text = QStringLiteral("This is a test message from QuotaDeck to the channel \"%1\"; alerts will "
                                    "arrive like this.")
                         .arg(channelName);
    message.m_raisedAt = now.toUTC();
    return message;
}

QString NotificationMessage::title() const
{
    if (m_kind == QLatin1String("test")) {
        return QStringLiteral("QuotaDeck: test message");
    }
    return QStringLiteral("QuotaDeck %1: %2 %3").arg(alertLevelName(m_level), m_label, kindWords(m_kind));
}

QList<QPair<QString, QString>> NotificationMessage::figureLines() const
{
    QList<QPair<QString, QString>> lines;
    const QJsonObject& f = m_facts;
    if (!m_label.isEmpty()) {
        lines.append({ QStringLiteral("Key"),
                       f.contains(QStringLiteral("masked"))
                           ? QStringLiteral("%1 (%2)").arg(m_label, f.value(QStringLiteral("masked")).toString())
                           : m_label });
    }
    if (f.value(QStringLiteral("account")).isObject()) {
        const QJsonObject account = f.value(QStringLiteral("account")).toObject();
        const QString plan = account.value(QStringLiteral("plan")).toString();
        lines.append(
            { QStringLiteral("Account"),
              plan.isEmpty()
                  ? QStringLiteral("#%1").arg(account.value(QStringLiteral("id")).toInteger())
                  : QStringLiteral("#%1 (%2)").arg(account.value(QStringLiteral("id")).toInteger()).arg(plan) });
    }
    if (f.contains(QStringLiteral("used"))) {
        lines.append(
            { QStringLiteral("Used"),
              f.value(QStringLiteral("limit")).isDouble()
                  ? QStringLiteral("%1 of %2 credits")
                        .arg(credits(f.value(QStringLiteral("used"))), credits(f.value(QStringLiteral("limit"))))
                  : QStringLiteral("%1 credits (no limit)").arg(credits(f.value(QStringLiteral("used")))) });
    }
    if (f.value(QStringLiteral("remaining")).isDouble()) {
        lines.append({ QStringLiteral("Remaining"),
                       QStringLiteral("%1 credits").arg(credits(f.value(QStringLiteral("remaining")))) });
    }
    if (f.value(QStringLiteral("credits_per_day")).isDouble()) {
        lines.append({ QStringLiteral("Credits per day"),
                       QString::number(f.value(QStringLiteral("credits_per_day")).toDouble(), 'f', 1) });
    }
    if (f.value(QStringLiteral("observed_per_hour")).isDouble()) {
        lines.append({ QStringLiteral("Credits per hour"),
                       QStringLiteral("%1 observed, %2 expected")
                           .arg(QString::number(f.value(QStringLiteral("observed_per_hour")).toDouble(), 'f', 1),
                                QString::number(f.value(QStringLiteral("expected_per_hour")).toDouble(), 'f', 1)) });
    }
    if (f.value(QStringLiteral("exhaustion_at")).isString()) {
        lines.append({ QStringLiteral("Predicted to run out"), f.value(QStringLiteral("exhaustion_at")).toString() });
    }
    lines.append({ QStringLiteral("Alert id"), m_idempotencyKey });
    return lines;
}

QJsonObject NotificationMessage::json() const
{
    QJsonObject figures;
    for (const char* name :
         { "used", "limit", "remaining", "credits_per_day", "observed_per_hour", "expected_per_hour" }) {
        const QString key = QString::fromLatin1(name);
        if (m_facts.contains(key)) {
            figures.insert(key, m_facts.value(key));
        } else if (key == QLatin1String("used") || key == QLatin1String("limit") || key == QLatin1String("remaining")
                   || key == QLatin1String("credits_per_day")) {
            figures.insert(key, QJsonValue::Null);
        }
    }
    QJsonObject object {
        { QStringLiteral("idempotency_key"), m_idempotencyKey },
        { QStringLiteral("alert_id"), m_alertId > 0 ? QJsonValue(double(m_alertId)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("kind"), m_kind },
        { QStringLiteral("level"), alertLevelName(m_level) },
        { QStringLiteral("raised_at"), m_raisedAt.toString(Qt::ISODate) },
        { QStringLiteral("title"), title() },
        { QStringLiteral("message"), m_text },
        { QStringLiteral("key"),
          m_label.isEmpty()
              ? QJsonValue(QJsonValue::Null)
              : QJsonValue(QJsonObject { { QStringLiteral("label"), m_label },
                                         { QStringLiteral("masked"), m_facts.value(QStringLiteral("masked")) } }) },
        { QStringLiteral("account"),
          m_facts.contains(QStringLiteral("account")) ? m_facts.value(QStringLiteral("account"))
                                                      : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("figures"), figures },
        { QStringLiteral("forecast"),
          QJsonObject { { QStringLiteral("exhaustion_at"),
                          m_facts.contains(QStringLiteral("exhaustion_at"))
                              ? m_facts.value(QStringLiteral("exhaustion_at"))
                              : QJsonValue(QJsonValue::Null) } } },
        { QStringLiteral("test"), m_kind == QLatin1String("test") },
    };
    return object;
}

QJsonObject NotificationMessage::slack() const
{
    static const QHash<AlertLevel, QString> emoji { { AlertLevel::Info, QStringLiteral(":information_source:") },
                                                    { AlertLevel::Warning, QStringLiteral(":warning:") },
                                                    { AlertLevel::Critical, QStringLiteral(":rotating_light:") } };
    QJsonArray fields;
    for (const auto& [name, value] : figureLines()) {
        fields.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                                    { QStringLiteral("text"), QStringLiteral("*%1*\n%2").arg(name, value) } });
        if (fields.size() == 10) {
            break; // Slack takes at most 10 fields per section
        }
    }
    const QJsonArray blocks {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
                      { QStringLiteral("text"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("plain_text") },
                                      { QStringLiteral("text"), title().left(150) } } } },
        QJsonObject {
            { QStringLiteral("type"), QStringLiteral("section") },
            { QStringLiteral("text"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                            { QStringLiteral("text"), QString(emoji.value(m_level) + QLatin1Char(' ') + m_text) } } } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("section") }, { QStringLiteral("fields"), fields } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("context") },
                      { QStringLiteral("elements"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                            { QStringLiteral("text"),
                              QStringLiteral("%1 · %2 · %3")
                                  .arg(m_kind, m_raisedAt.toString(Qt::ISODate), m_idempotencyKey) } } } } },
    };
    return QJsonObject { { QStringLiteral("text"), QString(title() + QStringLiteral(": ") + m_text) },
                         { QStringLiteral("blocks"), blocks } };
}

QByteArray NotificationMessage::ntfyBody() const
{
    return plainText().toUtf8();
}

QList<QPair<QByteArray, QByteArray>> NotificationMessage::ntfyHeaders() const
{
    const QByteArray priority = m_level == AlertLevel::Critical ? "5" : m_level == AlertLevel::Warning ? "4" : "3";
    const QByteArray tag = m_level == AlertLevel::Critical ? "rotating_light"
        : m_level == AlertLevel::Warning                   ? "warning"
                                                           : "information_source";
    // ntfy reads header values as UTF-8 when they are not Latin-1 (a label in Chinese stays readable).
    return { { QByteArrayLiteral("Title"), title().toUtf8() },
             { QByteArrayLiteral("Priority"), priority },
             { QByteArrayLiteral("Tags"), tag + ",quotadeck," + m_kind.toUtf8() },
             { QByteArrayLiteral("X-QuotaDeck-Alert-Id"), m_idempotencyKey.toUtf8() } };
}

QString NotificationMessage::plainText() const
{
    QString text = m_text + QStringLiteral("\n\n");
    for (const auto& [name, value] : figureLines()) {
        text += name + QStringLiteral(": ") + value + QLatin1Char('\n');
    }
    text += QStringLiteral("Level: %1; raised at %2\n").arg(alertLevelName(m_level), m_raisedAt.toString(Qt::ISODate));
    return text;
}

QString NotificationMessage::html() const
{
    QString rows;
    for (const auto& [name, value] : figureLines()) {
        rows += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                    .arg(htmlEscaped(name), htmlEscaped(value));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><body>\n<h2>%1</h2>\n<p>%2</p>\n<table>\n%3</table>\n"
                          "<p><small>Level %4; raised at %5</small></p>\n</body></html>\n")
        .arg(
            htmlEscaped(title()), htmlEscaped(m_text), rows, alertLevelName(m_level), m_raisedAt.toString(Qt::ISODate));
}
