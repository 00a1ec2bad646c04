#include "models/settings/Settings.h"

#include "models/core/Translations.h"

#include <QDir>
#include <QSettings>

namespace {

int readInt(const QSettings& ini, const QString& name, int fallback, int min, int max, QStringList* warnings)
{
    if (!ini.contains(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = ini.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        if (warnings) {
            *warnings << QStringLiteral("%1 must be a whole number from %2 to %3; using %4")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(fallback);
        }
        return fallback;
    }
    return value;
}

} // namespace

QString Settings::fileIn(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

Settings Settings::load(const QString& file, QStringList* warnings)
{
    Settings s;
    const QSettings ini(file, QSettings::IniFormat);
    if (ini.contains(QStringLiteral("api/base"))) {
        const QUrl url(ini.value(QStringLiteral("api/base")).toString(), QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty()) {
            s.apiBase = url;
        } else if (warnings) {
            *warnings << QStringLiteral("api/base must be an http:// or https:// address; using %1")
                             .arg(s.apiBase.toString());
        }
    }
    s.concurrency = readInt(ini, QStringLiteral("api/concurrency"), s.concurrency, 1, 256, warnings);
    s.timeoutSeconds = readInt(ini, QStringLiteral("api/timeout_seconds"), s.timeoutSeconds, 1, 600, warnings);
    s.http2 = ini.value(QStringLiteral("api/http2"), s.http2).toBool();
    s.caCertificatesFile = ini.value(QStringLiteral("api/ca_certificates_file")).toString();
    s.database = ini.value(QStringLiteral("store/database")).toString();
    s.cacheTtlSeconds
        = readInt(ini, QStringLiteral("refresh/cache_ttl_seconds"), s.cacheTtlSeconds, 0, 86400, warnings);
    s.lockWaitSeconds
        = readInt(ini, QStringLiteral("refresh/lock_wait_seconds"), s.lockWaitSeconds, 0, 86400, warnings);
    s.rateLimitCalls = readInt(ini, QStringLiteral("refresh/rate_limit_calls"), s.rateLimitCalls, 0, 100000, warnings);
    s.rateLimitWindowSeconds = readInt(
        ini, QStringLiteral("refresh/rate_limit_window_seconds"), s.rateLimitWindowSeconds, 1, 86400, warnings);
    s.backoffBaseSeconds
        = readInt(ini, QStringLiteral("refresh/backoff_base_seconds"), s.backoffBaseSeconds, 0, 86400, warnings);
    s.backoffCeilingSeconds = readInt(
        ini, QStringLiteral("refresh/backoff_ceiling_seconds"), s.backoffCeilingSeconds, 0, 7 * 86400, warnings);
    const int minutes
        = readInt(ini, QStringLiteral("refresh/auto_refresh_minutes"), s.autoRefreshMinutes, 0, 60, warnings);
    if (minutes == 0 || minutes == 5 || minutes == 15 || minutes == 60) {
        s.autoRefreshMinutes = minutes;
    } else if (warnings) {
        *warnings << QStringLiteral("refresh/auto_refresh_minutes must be 0, 5, 15 or 60; auto-refresh stays off");
    }
    s.lookupNewKeys = ini.value(QStringLiteral("refresh/lookup_new_keys"), s.lookupNewKeys).toBool();
    s.fetchRequestLogs = ini.value(QStringLiteral("refresh/request_logs"), s.fetchRequestLogs).toBool();
    const double unusual
        = ini.value(QStringLiteral("alerts/unusual_usage_threshold"), s.unusualUsageThreshold).toDouble();
    if (unusual >= 0 && unusual <= 100) {
        s.unusualUsageThreshold = unusual;
    } else if (warnings) {
        *warnings << QStringLiteral("alerts/unusual_usage_threshold must be between 0 and 100; using %1")
                         .arg(s.unusualUsageThreshold);
    }
    const double low = ini.value(QStringLiteral("alerts/low_threshold"), s.lowThreshold).toDouble();
    if (low >= 0.0 && low < 1.0) {
        s.lowThreshold = low;
    } else if (warnings) {
        *warnings << QStringLiteral("alerts/low_threshold must be between 0 and 1; using %1").arg(s.lowThreshold);
    }
    s.rotationDays = readInt(ini, QStringLiteral("alerts/rotation_days"), s.rotationDays, 0, 3650, warnings);
    auto readShare = [&](const QString& name, double fallback) {
        const double value = ini.value(name, fallback).toDouble();
        if (value > 0.0 && value <= 1.0) {
            return value;
        }
        if (warnings) {
            *warnings << QStringLiteral("%1 must be a share between 0 and 1; using %2").arg(name).arg(fallback);
        }
        return fallback;
    };
    s.forecastWarningShare = readShare(QStringLiteral("alerts/forecast_warning_share"), s.forecastWarningShare);
    s.forecastCriticalShare = readShare(QStringLiteral("alerts/forecast_critical_share"), s.forecastCriticalShare);
    if (s.forecastCriticalShare < s.forecastWarningShare) {
        if (warnings) {
            *warnings << QStringLiteral(
                "alerts/forecast_critical_share is below the warning share; using both defaults");
        }
        s.forecastWarningShare = Settings {}.forecastWarningShare;
        s.forecastCriticalShare = Settings {}.forecastCriticalShare;
    }
    s.billingResetDay = readInt(ini, QStringLiteral("billing/reset_day"), s.billingResetDay, 1, 28, warnings);
    s.rawRetentionDays
        = readInt(ini, QStringLiteral("history/raw_retention_days"), s.rawRetentionDays, 1, 3650, warnings);
    s.rollupMinutes = readInt(ini, QStringLiteral("history/rollup_minutes"), s.rollupMinutes, 1, 1440, warnings);
    s.closeToTray = ini.value(QStringLiteral("window/close_to_tray"), s.closeToTray).toBool();
    const QString language = ini.value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty() || Translations::available().contains(language)) {
        s.language = language;
    } else if (warnings) {
        *warnings << QStringLiteral("ui/language must be empty (the system's) or one of %1; following the system")
                         .arg(Translations::available().join(QStringLiteral(", ")));
    }
    s.prices = PriceTable::load(ini, warnings);
    return s;
}

bool Settings::save(const QString& file, QString* error) const
{
    QSettings ini(file, QSettings::IniFormat);
    ini.setValue(QStringLiteral("api/base"), apiBase.toString());
    ini.setValue(QStringLiteral("api/concurrency"), concurrency);
    ini.setValue(QStringLiteral("api/timeout_seconds"), timeoutSeconds);
    ini.setValue(QStringLiteral("api/http2"), http2);
    ini.setValue(QStringLiteral("api/ca_certificates_file"), caCertificatesFile);
    if (!database.isEmpty()) {
        ini.setValue(QStringLiteral("store/database"), database);
    }
    ini.setValue(QStringLiteral("refresh/cache_ttl_seconds"), cacheTtlSeconds);
    ini.setValue(QStringLiteral("refresh/lock_wait_seconds"), lockWaitSeconds);
    ini.setValue(QStringLiteral("refresh/rate_limit_calls"), rateLimitCalls);
    ini.setValue(QStringLiteral("refresh/rate_limit_window_seconds"), rateLimitWindowSeconds);
    ini.setValue(QStringLiteral("refresh/backoff_base_seconds"), backoffBaseSeconds);
    ini.setValue(QStringLiteral("refresh/backoff_ceiling_seconds"), backoffCeilingSeconds);
    ini.setValue(QStringLiteral("refresh/auto_refresh_minutes"), autoRefreshMinutes);
    ini.setValue(QStringLiteral("refresh/lookup_new_keys"), lookupNewKeys);
    ini.setValue(QStringLiteral("refresh/request_logs"), fetchRequestLogs);
    ini.setValue(QStringLiteral("alerts/low_threshold"), lowThreshold);
    ini.setValue(QStringLiteral("alerts/unusual_usage_threshold"), unusualUsageThreshold);
    ini.setValue(QStringLiteral("alerts/rotation_days"), rotationDays);
    ini.setValue(QStringLiteral("alerts/forecast_warning_share"), forecastWarningShare);
    ini.setValue(QStringLiteral("alerts/forecast_critical_share"), forecastCriticalShare);
    ini.setValue(QStringLiteral("billing/reset_day"), billingResetDay);
    ini.setValue(QStringLiteral("history/raw_retention_days"), rawRetentionDays);
    ini.setValue(QStringLiteral("history/rollup_minutes"), rollupMinutes);
    ini.setValue(QStringLiteral("window/close_to_tray"), closeToTray);
    ini.setValue(QStringLiteral("ui/language"), language);
    prices.save(ini);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error) {
            *error = QStringLiteral("cannot write the settings to %1").arg(QDir::toNativeSeparators(file));
        }
        return false;
    }
    return true;
}

RefreshPolicy Settings::refreshPolicy() const
{
    RefreshPolicy policy;
    policy.cacheTtlSeconds = cacheTtlSeconds;
    policy.lockWaitSeconds = lockWaitSeconds;
    policy.lowThreshold = lowThreshold;
    policy.rateLimit.calls = rateLimitCalls;
    policy.rateLimit.windowSeconds = rateLimitWindowSeconds;
    policy.rateLimit.backoffBaseSeconds = backoffBaseSeconds;
    policy.rateLimit.backoffCeilingSeconds = backoffCeilingSeconds;
    return policy;
}
