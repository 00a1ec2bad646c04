#pragma once
// Writes the Prometheus text exposition format (version 0.0.4): a HELP and a TYPE line per metric family,
// then its samples, label values escaped (backslash, double quote, line feed), numbers in the shortest form
// that reads back exactly. Made for speed: /metrics of 10,000 keys is one pass of appends.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class PrometheusText
{
public:
    using Labels = QList<QPair<const char*, QString>>;

    explicit PrometheusText(qsizetype reserve = 0);
    void family(const char* name, const char* type, const char* help);
    void sample(const char* name, const Labels& labels, double value);
    // A sample with labels already written as name="value",... (shared by several samples of one key).
    void sample(const char* name, const QByteArray& labels, double value);
    QByteArray take() { return std::move(m_text); }
    const QByteArray& text() const { return m_text; }

    static QByteArray labels(const Labels& labels);
    static QByteArray escaped(const QString& value);
    static QByteArray number(double value);

private:
    QByteArray m_text;
};
