#pragma once

// Gateway file-log records (tslog JSON lines, the shape tests/data/real-gateway/
// gateway-log-lines.jsonl holds) for the import tests.
#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sb::test {

inline QByteArray gatewayLogLine(qint64 at, const QString &subsystem, const QString &message)
{
    const QString name = QStringLiteral("{\"subsystem\":\"%1\"}").arg(subsystem);
    const QString time = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    const QJsonObject meta{{QStringLiteral("runtime"), QStringLiteral("node")},
                           {QStringLiteral("date"), time},
                           {QStringLiteral("logLevelId"), 3},
                           {QStringLiteral("logLevelName"), QStringLiteral("INFO")},
                           {QStringLiteral("name"), name}};
    const QJsonObject record{{QStringLiteral("0"), name},
                             {QStringLiteral("1"), message},
                             {QStringLiteral("_meta"), meta},
                             {QStringLiteral("time"), time},
                             {QStringLiteral("message"), message}};
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

// A short WhatsApp night: linked and proven healthy, then three 428s in a few minutes and a
// revocation; the last line comes after the grace period so the incident opens.
inline QByteArray whatsappNight(qint64 t0)
{
    constexpr qint64 minute = 60 * 1000;
    const QString wa = QStringLiteral("gateway/channels/whatsapp");
    QByteArray log;
    log += gatewayLogLine(
        t0, wa,
        QStringLiteral("[default] WhatsApp Web linked; listening for personal WhatsApp inbound messages."));
    for (int i = 1; i <= 3; ++i)
        log += gatewayLogLine(t0 + i * minute, wa,
                              QStringLiteral("[default] sent test message to +818011112222"));
    log += gatewayLogLine(t0 + 17 * minute, QStringLiteral("gateway"), QStringLiteral("heartbeat ok"));
    for (int i = 0; i < 3; ++i) {
        log += gatewayLogLine(
            t0 + (20 + i) * minute, wa,
            QStringLiteral("[default] WhatsApp Web connection closed (status 428). Retry 1/12 in 2.1s"));
    }
    log += gatewayLogLine(t0 + 25 * minute, wa, QStringLiteral("[default] WhatsApp session logged out"));
    log += gatewayLogLine(t0 + 30 * minute, QStringLiteral("gateway"), QStringLiteral("heartbeat ok"));
    return log;
}

} // namespace sb::test
