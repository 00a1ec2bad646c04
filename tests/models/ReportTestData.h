#pragma once
// A store for the report tests, filled the real way: keys added through KeyManager and refreshed twice
// against the local usage server (TestSession), labels chosen to break a careless CSV or spreadsheet
// (commas, quotes, a line break, formula starts, non-Latin text), and alerts written as the alert engine
// writes them, one inside the reported period and one before it.

#include "models/reports/ReportPeriod.h"
#include "models/store/AlertStore.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "tests/testsupport/TestKeys.h"
#include "tests/testsupport/TestSession.h"

#include <QSqlDatabase>
#include <QTest>

class ReportTestData
{
public:
    static QStringList trickyLabels()
    {
        return { QStringLiteral("alpha, \"the first\""),
                 QStringLiteral("=SUM(A1:A9)"),
                 QStringLiteral("+cmd|' /C calc'!A0"),
                 QStringLiteral("-minus"),
                 QStringLiteral("@mention"),
                 QStringLiteral("'quoted already"),
                 QStringLiteral("ключ поиска 検索キー 🔑"),
                 QStringLiteral("plain") };
    }
    // Set through the store: KeyManager refuses control characters, an older or hand-edited store may not.
    static QString multiLineLabel() { return QStringLiteral("line one\r\nline two"); }

    // `extraKeys` more plain keys (for tables that run over several pages).
    explicit ReportTestData(int extraKeys = 0)
    {
        if (!m_session.open()) {
            qFatal("cannot open the test session: %s", qPrintable(m_session.error()));
        }
        int n = 0;
        const QStringList labels = trickyLabels();
        for (const QString& label : labels) {
            ++n;
            m_keys << TestKeys::make(
                n % 3 == 0 ? QStringLiteral("low") : QStringLiteral("ok"), n, QStringLiteral("team%1").arg(n % 2));
            add(m_keys.last(), label);
        }
        m_keys << TestKeys::make(QStringLiteral("ok"), ++n, QStringLiteral("teamZ"));
        const qint64 multi = add(m_keys.last(), QStringLiteral("to be renamed"));
        KeyRepository(*m_session.store()).setLabel(multi, multiLineLabel());
        m_keys << TestKeys::make(QStringLiteral("invalid"), ++n);
        add(m_keys.last(), QStringLiteral("revoked"));
        for (int i = 0; i < extraKeys; ++i) {
            m_keys << TestKeys::make(QStringLiteral("ok"), ++n, QStringLiteral("bulk%1").arg(i % 7));
            add(m_keys.last(), QStringLiteral("bulk key %1").arg(i, 4, 10, QLatin1Char('0')));
        }
        m_session.refresh();
        RefreshOptions force;
        force.force = true;
        m_session.refresh(force);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_period.since = now.addSecs(-3600);
        m_period.until = now.addSecs(60);
        m_alertInside = insertAlert(now.addSecs(-60),
                                    multi,
                                    multiLineLabel(),
                                    AlertKind::PredictedExhaustion,
                                    QStringLiteral("=HYPERLINK(\"http://x\"), runs out soon\nact now"));
        insertAlert(
            now.addDays(-3), multi, multiLineLabel(), AlertKind::UsageThreshold, QStringLiteral("outside the period"));
    }

    TestSession& session() { return m_session; }
    Store* store() { return m_session.store(); }
    const QList<QByteArray>& keys() const { return m_keys; }
    const ReportPeriod& period() const { return m_period; }
    qint64 alertInside() const { return m_alertInside; }

private:
    qint64 add(const QByteArray& key, const QString& label)
    {
        const qint64 id = m_session.addKey(key, label);
        if (id == 0) {
            qFatal("cannot add a test key");
        }
        return id;
    }

    // As the alert engine stores them (AlertStore).
    qint64 insertAlert(const QDateTime& at, qint64 keyId, const QString& label, AlertKind kind, const QString& message)
    {
        AlertRecord alert;
        alert.raisedAt = at;
        alert.keyId = keyId;
        alert.label = label;
        alert.kind = kind;
        alert.cycleStart = QDateTime(QDate(at.date().year(), at.date().month(), 1), QTime(0, 0), Qt::UTC);
        alert.message = message;
        QSqlDatabase db = QSqlDatabase::database(m_session.store()->connectionName());
        bool inserted = false;
        QString error;
        if (!AlertStore::insert(db, alert, &inserted, &error) || !inserted) {
            qFatal("cannot insert an alert: %s", qPrintable(error));
        }
        return alert.id;
    }

    TestSession m_session;
    QList<QByteArray> m_keys;
    ReportPeriod m_period;
    qint64 m_alertInside = 0;
};
