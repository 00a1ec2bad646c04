#include "tests/testsupport/TestKeys.h"

QByteArray TestKeys::make(const QString& scenario, int n, const QString& account)
{
    return QByteArrayLiteral("tvly-sim-") + scenario.toLatin1() + '-' + account.toLatin1() + '-'
        + QByteArray::number(n, 16).rightJustified(12, '0') + "Xq";
}

QByteArray TestKeys::lookalike(int n)
{
    return QByteArrayLiteral("tvly-dev-LkAlIkE") + QByteArray::number(n, 16).rightJustified(16, '0');
}
