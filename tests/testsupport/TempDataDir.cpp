#include "tests/testsupport/TempDataDir.h"

#include "models/store/SqlDialect.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

TempDataDir::TempDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/quotadeck-test-XXXXXX"))
{
    const QString server = postgresServer();
    if (!server.isEmpty()) {
        const QString schema
            = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        m_postgresUrl = server
            + (server.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema=")) + schema;
    }
}

TempDataDir::~TempDataDir()
{
    if (m_postgresUrl.isEmpty()) {
        return;
    }
    const auto pg = SqlDialect::parsePostgres(m_postgresUrl, nullptr);
    const QString name = QStringLiteral("tempdatadir-drop");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        SqlDialect::PgLocation server = *pg;
        server.schema.clear();
        SqlDialect::configure(db, server);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET lock_timeout = '10s'"));
            query.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(pg->schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TempDataDir::postgresServer()
{
    return qEnvironmentVariable("QUOTADECK_TEST_DB");
}

QString TempDataDir::databasePath() const
{
    return m_postgresUrl.isEmpty() ? filePath(QStringLiteral("quotadeck.sqlite")) : m_postgresUrl;
}

QStringList TempDataDir::filesContaining(const QByteArray& needle) const
{
    QStringList hits;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits << path;
        }
    }
    return hits;
}
