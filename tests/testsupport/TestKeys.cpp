#include "tests/testsupport/TestKeys.h"

QByteArray TestKeys::make(const QString& scenario, int n, const QString& account)
{
    return QByteArrayLiteral("tvly-sim-") + scenario.toLatin1() + '-' + account.toLatin1() + '-'
        + QByteArray::number(n, 16).rightJustified(12, '0') + "Xq";
}

QByteArray TestKeys::list(int n, int accounts)
{
    QByteArray text;
    for (int i = 0; i < n; ++i) {
        text += make(QStringLiteral("ok"), i, QStringLiteral("acct%1").arg(i % accounts)) + "\n";
    }
    return text;
}

QByteArray TestKeys::lookalike(int n)
{
    return QByteArrayLiteral("tvly-dev-LkAlIkE") + QByteArray::number(n, 16).rightJustified(16, '0');
}
