#include "models/metrics/PrometheusText.h"

#include <cmath>

PrometheusText::PrometheusText(qsizetype reserve)
{
    m_text.reserve(reserve);
}

void PrometheusText::family(const char* name, const char* type, const char* help)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    m_text += help;
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

QByteArray PrometheusText::escaped(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains('\\') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    }
    return bytes;
}

QByteArray PrometheusText::number(double value)
{
    if (std::isnan(value)) {
        return QByteArrayLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    }
    if (value == std::floor(value) && std::abs(value) < 1e15) {
        return QByteArray::number(qint64(value));
    }
    return QByteArray::number(value, 'g', 17);
}

QByteArray PrometheusText::labels(const Labels& labels)
{
    QByteArray text;
    for (const auto& [name, value] : labels) {
        if (!text.isEmpty()) {
            text += ',';
        }
        text += name;
        text += "=\"";
        text += escaped(value);
        text += '"';
    }
    return text;
}

void PrometheusText::sample(const char* name, const Labels& labels, double value)
{
    sample(name, PrometheusText::labels(labels), value);
}

void PrometheusText::sample(const char* name, const QByteArray& labels, double value)
{
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        m_text += labels;
        m_text += '}';
    }
    m_text += ' ';
    m_text += number(value);
    m_text += '\n';
}
