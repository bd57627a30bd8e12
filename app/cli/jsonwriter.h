// JsonWriter: writes one JSON value as compact UTF-8, keys in the order they are written.
// The batch commands print thousands of lines; building QJsonObjects for them cost more than parsing.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Randnotiz {

class JsonWriter final
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(const std::optional<QString> &text); // null when nullopt
    JsonWriter &value(qint64 number);
    JsonWriter &value(double number); // shortest form that reads back the same; null when not finite
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &stringArray(const QStringList &texts);

    // The text written so far, plus a newline when asked: one JSON Lines record.
    QByteArray line() const { return m_out + '\n'; }
    // Starts again, keeping the memory: a writer that prints thousands of lines grows its buffer once (but does
    // not hold on to what one huge line needed).
    void clear()
    {
        if (m_out.capacity() > 1024 * 1024)
            m_out = QByteArray();
        else
            m_out.truncate(0);
        m_needComma = false;
    }
    const QByteArray &data() const { return m_out; }

private:
    void separate();
    void writeString(const QString &text);

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace Randnotiz
