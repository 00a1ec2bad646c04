#include "tests/fuzz/FuzzMarker.h"

#include <QByteArray>

namespace {
QString s_logs;

void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    s_logs += QLatin1String(context.category ? context.category : "") + u' ' + message + u'\n';
}

bool endsWithPrefix(QByteArrayView before)
{
    for (const QByteArrayView prefix :
         { QByteArrayView("tvly-dev-"), QByteArrayView("tvly-prod-"), QByteArrayView("tvly-") }) {
        if (before.size() >= prefix.size() && before.last(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

bool FuzzMarker::onlyInKeys(QByteArrayView input)
{
    qsizetype at = input.indexOf(body);
    if (at < 0)
        return false;
    for (; at >= 0; at = input.indexOf(body, at + 1)) {
        if (!endsWithPrefix(input.first(at)))
            return false;
    }
    return true;
}

bool FuzzMarker::plainText(QByteArrayView input)
{
    for (const char c : input) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && (c < 0x21 || c > 0x7e || c == '\\'))
            return false;
    }
    return true;
}

bool FuzzMarker::holdsBody(const QString& text)
{
    return text.contains(QLatin1String(body.data(), body.size()));
}

void FuzzMarker::captureLogs()
{
    static const bool installed = (qInstallMessageHandler(collect), true);
    Q_UNUSED(installed);
    s_logs.clear();
}

bool FuzzMarker::logsHoldBody()
{
    return holdsBody(s_logs);
}
