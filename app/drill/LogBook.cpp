#include "app/drill/LogBook.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLimit = 5000;
constexpr qint64 kMaxBytes = 1000000;

int levelId(const QString &level)
{
    static const QStringList names = {u"SILLY"_s, u"TRACE"_s, u"DEBUG"_s, u"INFO"_s,
                                      u"WARN"_s,  u"ERROR"_s, u"FATAL"_s};
    const auto index = names.indexOf(level.toUpper());
    return index < 0 ? 3 : static_cast<int>(index);
}

QByteArray jsonString(const QString &text)
{
    // A one-element array is the cheapest way to get Qt's JSON string escaping.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString offsetTimestamp(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const QChar sign = offset < 0 ? u'-' : u'+';
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + sign +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

LogBook::LogBook(QString fileName)
    : m_fileName(std::move(fileName))
{}

QByteArray LogBook::formatLine(const QDateTime &at, const QTimeZone &zone, const QString &level,
                               const QString &subsystem, const QString &message)
{
    // Key order follows the real file log (tests/gateway/data/res-logs-tail.json): numeric args,
    // _meta {runtime, runtimeVersion, hostname, date, logLevelId, logLevelName, name, parentNames},
    // time, hostname, message.
    const QString name = subsystem.isEmpty() ? u"openclaw"_s : u"{\"subsystem\":\"%1\"}"_s.arg(subsystem);
    QByteArray line = "{";
    int arg = 0;
    if (!subsystem.isEmpty())
        line += "\"" + QByteArray::number(arg++) + "\":" + jsonString(name) + ",";
    line += "\"" + QByteArray::number(arg) + "\":" + jsonString(message) + ",";
    line +=
        "\"_meta\":{\"runtime\":\"node\",\"runtimeVersion\":\"26.10.0\",\"hostname\":\"switchboard-drill\","
        "\"date\":\"" +
        at.toUTC().toString(Qt::ISODateWithMs).toLatin1() +
        "\",\"logLevelId\":" + QByteArray::number(levelId(level)) + ",\"logLevelName\":\"" +
        level.toUpper().toLatin1() + "\",\"name\":" + jsonString(name) + ",\"parentNames\":[\"openclaw\"]},";
    line += "\"time\":\"" + offsetTimestamp(at, zone).toLatin1() + "\",";
    line += "\"hostname\":\"switchboard-drill\",";
    line += "\"message\":" + jsonString(message) + "}";
    return line;
}

void LogBook::append(const QDateTime &at, const QTimeZone &zone, const QString &level,
                     const QString &subsystem, const QString &message)
{
    appendRaw(formatLine(at, zone, level, subsystem, message));
}

void LogBook::appendRaw(const QByteArray &line)
{
    m_lines.append(Line{m_size, line});
    m_size += line.size() + 1;
}

QJsonObject LogBook::tail(std::optional<qint64> cursor, int limit, qint64 maxBytes) const
{
    maxBytes = std::clamp<qint64>(maxBytes, 1, kMaxBytes);
    limit = std::clamp(limit, 1, kMaxLimit);
    bool reset = false;
    bool truncated = false;
    std::optional<qint64> skipped;
    qint64 start = 0;
    if (cursor) {
        const qint64 c = std::max<qint64>(0, *cursor);
        if (c > m_size) {
            reset = true;
            start = std::max<qint64>(0, m_size - maxBytes);
            truncated = start > 0;
        } else {
            start = c;
            if (m_size - start > maxBytes) {
                reset = true;
                truncated = true;
                const qint64 bounded = std::max<qint64>(0, m_size - maxBytes);
                skipped = bounded - start;
                start = bounded;
            }
        }
    } else {
        start = std::max<qint64>(0, m_size - maxBytes);
        truncated = start > 0;
    }

    // Whole lines that begin at or after start (a partial first line is dropped, as the
    // real reader does when the byte before start is not a newline).
    const auto first = std::lower_bound(m_lines.cbegin(), m_lines.cend(), start,
                                        [](const Line &line, qint64 at) { return line.offset < at; });
    QJsonArray lines;
    const qsizetype available = std::distance(first, m_lines.cend());
    auto from = first;
    if (available > limit) {
        truncated = true;
        from = m_lines.cend() - limit;
    }
    for (auto it = from; it != m_lines.cend(); ++it)
        lines.append(QString::fromUtf8(it->text));

    QJsonObject payload{
        {u"file"_s, m_fileName}, {u"cursor"_s, m_size}, {u"size"_s, m_size}, {u"lines"_s, lines}};
    // The real reader always reports both flags as booleans.
    payload.insert(u"truncated"_s, truncated);
    payload.insert(u"reset"_s, reset);
    if (skipped)
        payload.insert(u"skippedBytes"_s, *skipped);
    return payload;
}

} // namespace sb::drill
