#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace sb::drill {

// The drill's gateway log file, kept in memory. Lines are written in the real gateway's
// file-log JSON format (tslog record: numeric argument keys, `_meta` with logLevelName and
// name, `time` with the local offset, `message`), and logs.tail reads it with the real
// byte-offset cursor rules of src/logging/log-tail.ts.
class LogBook
{
public:
    explicit LogBook(QString fileName = QStringLiteral("/tmp/openclaw-drill/openclaw.log"));

    // level: "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL"; subsystem like
    // "channels/whatsapp" (empty: the root "openclaw" logger).
    void append(const QDateTime &at, const QTimeZone &zone, const QString &level, const QString &subsystem,
                const QString &message);
    void appendRaw(const QByteArray &line);

    qint64 size() const { return m_size; }
    QString fileName() const { return m_fileName; }
    qsizetype lineCount() const { return m_lines.size(); }

    // The logs.tail payload for these (already validated) parameters.
    QJsonObject tail(std::optional<qint64> cursor, int limit, qint64 maxBytes) const;

    static QByteArray formatLine(const QDateTime &at, const QTimeZone &zone, const QString &level,
                                 const QString &subsystem, const QString &message);

private:
    struct Line
    {
        qint64 offset;
        QByteArray text; // without the newline
    };
    QString m_fileName;
    QList<Line> m_lines;
    qint64 m_size = 0;
};

} // namespace sb::drill
