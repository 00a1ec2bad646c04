#pragma once
// QuotaDeck's settings, kept beside the store as <dataDir>/settings.ini: a demo's or a test's throwaway
// data dir carries its own, and a store copied to another machine keeps how it was used. Values that are
// missing or out of range fall back to their defaults (with a warning), so a hand-edited file never stops
// the app.

#include "models/alerts/UnusualUsage.h"
#include "models/money/PriceTable.h"
#include "models/refresh/RefreshEngine.h"

#include <QString>
#include <QUrl>

struct Settings
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.tavily.com"));
    int concurrency = 64; // look-ups in flight, 1..256
    int timeoutSeconds = 30;
    bool http2 = true; // off for servers that misbehave with it
    QString caCertificatesFile; // extra trusted CAs (PEM), e.g. a company's TLS-inspecting proxy
    // store/database: the store when --db is not given; empty is the SQLite file in the data dir, a
    // postgresql://user@host:port/db URL a team's shared store (the password from PGPASSWORD or ~/.pgpass).
    QString database;
    int cacheTtlSeconds = 60;
    // How long a refresh waits for another instance's refresh of the same store (0: gives up at once).
    int lockWaitSeconds = 300;
    int rateLimitCalls = 10; // per key per window: Tavily's documented /usage limit
    int rateLimitWindowSeconds = 600;
    int backoffBaseSeconds = 30;
    int backoffCeilingSeconds = 3600;
    int autoRefreshMinutes = 0; // 0 (off), 5, 15 or 60
    // The window looks keys up as soon as they are added or imported (here or by another process).
    bool lookupNewKeys = true;
    // After each committed refresh, read every account's request log (POST /logs, paid plans) into the store.
    bool fetchRequestLogs = true;
    double lowThreshold = 0.10;
    // How far above its usual credits per hour a key's last interval must be to raise unusual_usage, in robust
    // standard deviations (UnusualUsage.h); 0 turns the check off.
    double unusualUsageThreshold = UnusualUsage::DefaultThreshold;
    // alerts/rotation_days: a key older than this (since it was added) raises one rotation_due reminder; Tavily
    // advises rotating keys every 90 days. 0 turns the reminder off.
    int rotationDays = 90;
    double forecastWarningShare = 0.80; // projected usage at cycle end / limit that makes a key WARNING
    double forecastCriticalShare = 0.95; // ... CRITICAL (also: exhaustion predicted before the cycle ends)
    int billingResetDay = 1; // 1..28, UTC; corrected by drops the history shows
    int rawRetentionDays = 14; // raw snapshots and events older than this live on as hourly/daily rollups
    int rollupMinutes = 10; // how often the window rolls raw rows up, so long ranges stay cheap to draw
    // window/close_to_tray: closing the window hides it to the system tray (where there is one), so
    // auto-refresh and alerts go on; off, closing quits.
    bool closeToTray = true;
    QString language; // ui/language: "" follows the system locale, else a tag of Translations::available()
    PriceTable prices = PriceTable::defaults(); // [prices]: plans and the pay-as-you-go price, in dollars

    static QString fileIn(const QString& dataDir);
    // Defaults for a missing file; *warnings lists values that were ignored.
    static Settings load(const QString& file, QStringList* warnings = nullptr);
    bool save(const QString& file, QString* error = nullptr) const;

    RefreshPolicy refreshPolicy() const;
    bool operator==(const Settings&) const = default;
};
