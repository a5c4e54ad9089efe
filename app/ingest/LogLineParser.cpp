#include "app/ingest/LogLineParser.h"

#include <array>
#include <vector>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::ingest {

namespace {

using K = EventKind;

// Channel names a subsystem path can carry ("channels/signal", "telegram/network").
constexpr std::array kChannels{"whatsapp", "telegram", "signal", "discord", "slack", "imessage", "matrix"};

// Order matters: the first matching row wins, so specific lines come before general ones.
// Sources: OpenClaw's WhatsApp monitor (runtime.error lines), its Signal SSE loop, grammY's
// HttpError texts, and the lines recorded from the real 2026.9.6 gateway
// (tests/data/real-gateway/gateway-log-lines.jsonl).
// clang-format off
const std::array kRules{
    // ---- delivery results first: their text quotes the cause ("...failed: WhatsApp session
    // logged out"), which must not read as the cause happening again ----
    LogLineRule{.id = "any.send-failed", .channel = nullptr, .subsystem = nullptr,
        .pattern = R"((?:outbound )?send to \S+ failed:(?:.*?status code (\d+))?)",
        .kind = K::DeliveryFailed, .codeGroup = 1},
    LogLineRule{.id = "any.heartbeat-failed", .channel = nullptr, .subsystem = nullptr,
        .pattern = R"(heartbeat delivery failed: (.+))", .kind = K::DeliveryFailed, .detailGroup = 1},
    // WhatsApp's outbound logger ("Sent message <id> -> <jid> (120ms)") and the drill's lines.
    LogLineRule{.id = "any.delivered", .channel = nullptr, .subsystem = nullptr,
        .pattern = R"(^(?:\[[^\]]+\] )?(?:Sent message \S+ -> |sent (?:test )?message to |delivered (?:message|heartbeat) to |heartbeat delivered to ))",
        .kind = K::DeliveryOk},

    // ---- WhatsApp ----
    LogLineRule{.id = "whatsapp.closed-conflict", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp Web connection closed \(status (\d+): session conflict\))",
        .kind = K::Conflict, .codeGroup = 1},
    LogLineRule{.id = "whatsapp.closed-max-retries", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp Web connection closed \(status (\d+)\)\. Reached max retries)",
        .kind = K::RetryBudgetExhausted, .codeGroup = 1},
    LogLineRule{.id = "whatsapp.max-attempts", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(web reconnect: max attempts reached)", .kind = K::RetryBudgetExhausted},
    LogLineRule{.id = "whatsapp.closed-retry", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp Web (?:connection closed |watchdog [^(]*)\(status (\d+)\)\. (Retry \d+/\S+ in [\d.]+\s*(?:ms|s|m)?))",
        .kind = K::Disconnected, .then = K::ReconnectScheduled, .codeGroup = 1, .delayGroup = 2},
    LogLineRule{.id = "whatsapp.closed", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp Web (?:connection closed |watchdog [^(]*)\(status (\d+)\))",
        .kind = K::Disconnected, .codeGroup = 1},
    LogLineRule{.id = "whatsapp.logged-out", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp session logged out)", .kind = K::LoggedOut, .fixedCode = 401},
    LogLineRule{.id = "whatsapp.linked", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(WhatsApp Web linked|linked after restart)", .kind = K::Linked},
    LogLineRule{.id = "whatsapp.listening", .channel = "whatsapp", .subsystem = nullptr,
        .pattern = R"(Listening for personal WhatsApp)", .kind = K::Connected},
    LogLineRule{.id = "whatsapp.login-started", .channel = "whatsapp", .subsystem = "whatsapp",
        .pattern = R"(web login started|waiting for QR scan)", .kind = K::LinkStarted},

    // ---- Signal ----
    LogLineRule{.id = "signal.connection-lost", .channel = "signal", .subsystem = nullptr,
        .pattern = R"(Signal connection lost, (reconnecting in [\d.]+\s*(?:ms|s|m)?))",
        .kind = K::Disconnected, .then = K::ReconnectScheduled, .delayGroup = 1},
    LogLineRule{.id = "signal.stream-rejected", .channel = "signal", .subsystem = nullptr,
        .pattern = R"(Signal daemon rejected the event stream: (\d+))", .kind = K::Disconnected, .codeGroup = 1},
    LogLineRule{.id = "signal.stream-error", .channel = "signal", .subsystem = nullptr,
        .pattern = R"(Signal stream error: (.+))", .kind = K::StatusIssue, .detailGroup = 1},
    LogLineRule{.id = "signal.stream-connected", .channel = "signal", .subsystem = nullptr,
        .pattern = R"(Signal SSE stream connected)", .kind = K::Connected},
    LogLineRule{.id = "signal.captcha-required", .channel = "signal", .subsystem = "signal",
        .pattern = R"(captcha required)", .kind = K::RegistrationProblem},

    // ---- Telegram ----
    LogLineRule{.id = "telegram.401-unauthorized", .channel = "telegram", .subsystem = "telegram",
        .pattern = R"((?:getMe|Call to '\w+') failed!? \(?401|401:? Unauthorized)",
        .kind = K::AuthFailed, .fixedCode = 401},
    LogLineRule{.id = "telegram.409-conflict", .channel = "telegram", .subsystem = "telegram",
        .pattern = R"(409:? Conflict|terminated by other getUpdates)", .kind = K::Conflict, .fixedCode = 409},
    // The delivery queue retrying an old send ("telegram sendMessage failed: Network request for
    // 'sendMessage' failed!"): an outbound failure, not the channel's transport going down.
    LogLineRule{.id = "telegram.send-failed", .channel = "telegram", .subsystem = "telegram",
        .pattern = R"((?:telegram|\[telegram\]) (?:send\w+|editMessage\w*|copyMessages?|forwardMessages?) failed|Network request for '(?:send\w+|editMessage\w*)' failed)",
        .kind = K::DeliveryFailed},
    LogLineRule{.id = "telegram.network-failure", .channel = "telegram", .subsystem = "telegram",
        .pattern = R"(Network request for '\w+' failed|recoverable network error|fetch failed)",
        .kind = K::StatusIssue},

    // ---- any channel ----
    LogLineRule{.id = "any.starting-provider", .channel = nullptr, .subsystem = nullptr,
        .pattern = R"(^(?:\[[^\]]+\] )?starting provider)", .kind = K::Started},
};
// clang-format on

const std::vector<QRegularExpression> &compiledRules()
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> out;
        out.reserve(kRules.size());
        for (const LogLineRule &rule : kRules) {
            out.emplace_back(QString::fromUtf8(rule.pattern), QRegularExpression::CaseInsensitiveOption);
            Q_ASSERT(out.back().isValid());
        }
        return out;
    }();
    return compiled;
}

QString channelFromSubsystem(const QString &subsystem)
{
    for (const char *name : kChannels) {
        const QLatin1String channel(name);
        if (subsystem.contains(channel, Qt::CaseInsensitive))
            return channel;
    }
    return {};
}

// "Retry 3/12 in 2.16s", "reconnecting in 500ms", "in 1.5m" → ms (a bare number is seconds).
std::optional<qint64> delayMs(const QString &phrase)
{
    static const QRegularExpression trailing(QStringLiteral(R"(([\d.]+\s*(?:ms|s|m)?)\s*$)"));
    QString text = trailing.match(phrase.trimmed()).captured(1).toLower();
    double factor = 1000.0;
    if (text.endsWith(QLatin1String("ms"))) {
        factor = 1.0;
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('m'))) {
        factor = 60000.0;
        text.chop(1);
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    // A 26-digit delay overflowed the conversion to qint64 (UB, shown by a FuzzLogLine regression seed).
    const double ms = value * factor + 0.5;
    if (!ok || !(ms >= 0 && ms <= 9007199254740992.0))
        return std::nullopt;
    return qint64(ms);
}

qint64 parseTime(const QJsonObject &record)
{
    for (const QString &text :
         {record.value(QLatin1String("time")).toString(),
          record.value(QLatin1String("_meta")).toObject().value(QLatin1String("date")).toString()}) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toMSecsSinceEpoch();
    }
    return 0;
}

QString subsystemOf(const QJsonObject &meta)
{
    // _meta.name is itself JSON for child loggers: {"subsystem":"channels/signal"}.
    const QString name = meta.value(QLatin1String("name")).toString();
    if (!name.startsWith(QLatin1Char('{')))
        return {};
    return QJsonDocument::fromJson(name.toUtf8()).object().value(QLatin1String("subsystem")).toString();
}

} // namespace

std::span<const LogLineRule> logLineRules()
{
    return kRules;
}

std::optional<LogLine> parseLogLine(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject record = document.object();
    const QJsonObject meta = record.value(QLatin1String("_meta")).toObject();
    if (meta.isEmpty())
        return std::nullopt;
    LogLine line;
    line.at = parseTime(record);
    line.level = meta.value(QLatin1String("logLevelName")).toString();
    line.subsystem = subsystemOf(meta);
    line.message = record.value(QLatin1String("message")).toString();
    if (line.message.isEmpty()) {
        // Older records carry only the numbered arguments; the first one is the logger name.
        QStringList parts;
        for (int i = line.subsystem.isEmpty() ? 0 : 1;; ++i) {
            const QJsonValue part = record.value(QString::number(i));
            if (part.isUndefined())
                break;
            if (part.isString())
                parts << part.toString();
        }
        line.message = parts.join(QLatin1Char(' '));
    }
    if (line.at == 0)
        return std::nullopt;
    return line;
}

ParsedEvents eventsFromLogLine(const LogLine &line, const QString &gatewayId,
                               const DefaultAccount &defaultAccount)
{
    static const QRegularExpression accountPrefix(QStringLiteral(R"(^\[([^\]]+)\] )"));
    const auto &compiled = compiledRules();
    for (size_t i = 0; i < kRules.size(); ++i) {
        const LogLineRule &rule = kRules[i];
        if (rule.subsystem && !line.subsystem.contains(QLatin1String(rule.subsystem), Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch match = compiled[i].match(line.message);
        if (!match.hasMatch())
            continue;
        const QString channel =
            rule.channel ? QString::fromLatin1(rule.channel) : channelFromSubsystem(line.subsystem);
        if (channel.isEmpty())
            continue; // a gateway-wide line matched a per-channel phrase: not a lane's event
        QString account = accountPrefix.match(line.message).captured(1);
        if (account.isEmpty() || account.compare(channel, Qt::CaseInsensitive) == 0)
            account = defaultAccount ? defaultAccount(channel) : QStringLiteral("default");

        ChannelEvent event;
        event.lane = LaneKey{gatewayId, channel, account};
        event.at = line.at;
        event.kind = rule.kind;
        event.source = EventSource::LogLine;
        event.detail = rule.detailGroup ? match.captured(rule.detailGroup) : line.message;
        if (rule.codeGroup && !match.captured(rule.codeGroup).isEmpty())
            event.code = match.captured(rule.codeGroup).toInt();
        else if (rule.fixedCode)
            event.code = rule.fixedCode;

        ParsedEvents parsed;
        parsed.rule = &rule;
        parsed.events << event;
        if (rule.then) {
            ChannelEvent next = event;
            next.kind = *rule.then;
            next.code.reset();
            if (rule.delayGroup) {
                // "Retry 3/12 in 2.16s": the words the lane's reason quotes, and the wait.
                next.detail = match.captured(rule.delayGroup);
                next.retryAfterMs = delayMs(next.detail);
            }
            parsed.events << next;
        }
        return parsed;
    }
    return {};
}

} // namespace sb::ingest
