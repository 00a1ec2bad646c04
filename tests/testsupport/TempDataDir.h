#pragma once
// A data dir for one test: removed afterwards; can be searched for strings that must never be written.
// With QUOTADECK_TEST_DB=postgresql://... in the environment (scripts/ci/postgres.sh), databasePath() is a
// schema of its own in that database instead of the SQLite file, dropped afterwards: the same suites then
// run against PostgreSQL.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class TempDataDir
{
public:
    TempDataDir();
    ~TempDataDir();
    TempDataDir(const TempDataDir&) = delete;
    TempDataDir& operator=(const TempDataDir&) = delete;
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // The store's location: the SQLite file in the dir, or this test's PostgreSQL schema (see above).
    QString databasePath() const;
    bool isPostgres() const { return !m_postgresUrl.isEmpty(); }
    // The server of QUOTADECK_TEST_DB, empty when the tests run on SQLite.
    static QString postgresServer();
    // Files under the dir whose bytes contain `needle` (WAL and journal files included).
    QStringList filesContaining(const QByteArray& needle) const;

private:
    QTemporaryDir m_dir;
    QString m_postgresUrl; // with ?schema=...
};
