#include "app/ctl/HistoryCommand.h"

#include "app/ctl/StatusCommand.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"
#include "app/store/History.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString localTime(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Stored gateway text for a terminal (SafeText::forTerminal); histories written before
// redaction at the gateway boundary may still hold a secret.
QString shown(const QString &text)
{
    return SafeText::forTerminal(Redactor::redact(text));
}

} // namespace

std::optional<qint64> parseSince(const QString &text, qint64 nowMs, QString *why)
{
    static const QRegularExpression age(QStringLiteral(R"(^(\d+)\s*(m|min|h|d)$)"));
    const QRegularExpressionMatch match = age.match(text.trimmed());
    if (match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        const qint64 unitMs = unit == QLatin1String("d")   ? 86400000
                              : unit == QLatin1String("h") ? 3600000
                                                           : 60000;
        return nowMs - amount * unitMs;
    }
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid()) {
        *why = Text::tr("cannot read --since \"%1\": give a date-time like 2026-02-12T18:00 or an age "
                        "like 90m, 12h, 7d")
                   .arg(text);
        return std::nullopt;
    }
    return at.toMSecsSinceEpoch();
}

int runHistory(const HistoryOptions &options, QTextStream &out, QTextStream &err)
{
    const QString path = options.path.isEmpty() ? store::History::defaultPath() : options.path;
    if (!QFileInfo::exists(path)) {
        err << Text::tr("switchboardctl: no history at %1 (the Switchboard window writes it while it "
                        "watches a gateway)")
                   .arg(path)
            << '\n';
        return ExitCritical;
    }
    store::History history(path);
    QString error;
    if (!history.open(&error)) {
        err << QStringLiteral("switchboardctl: ") << error << '\n';
        return ExitCritical;
    }
    const QList<LaneKey> lanes = history.lanes();
    const std::optional<LaneKey> lane = LaneKey::fromString(options.lane);
    if (!lane || !lanes.contains(*lane)) {
        err << Text::tr("switchboardctl: no lane \"%1\" in %2").arg(shown(options.lane), path) << '\n';
        if (!lanes.isEmpty()) {
            err << Text::tr("Lanes in this history:") << '\n';
            for (const LaneKey &known : lanes)
                err << QStringLiteral("  ") << shown(known.toString()) << '\n';
        }
        return ExitUsage;
    }
    const QList<store::Segment> segments =
        history.segments(lane, options.since, std::numeric_limits<qint64>::max());
    if (options.json) {
        QJsonArray array;
        for (const store::Segment &s : segments) {
            QJsonObject object{
                {QStringLiteral("lane"), s.lane.toString()},
                {QStringLiteral("from"), s.from},
                {QStringLiteral("fromIso"),
                 QDateTime::fromMSecsSinceEpoch(s.from, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                {QStringLiteral("state"), stateName(s.state)},
                {QStringLiteral("reason"), s.reason.text()},
                {QStringLiteral("action"), actionName(s.action)},
                {QStringLiteral("rule"), s.ruleId}};
            if (s.to)
                object.insert(QStringLiteral("to"), *s.to);
            array.append(object);
        }
        out << QString::fromUtf8(
            QJsonDocument(SafeText::forJson(Redactor::redact(array))).toJson(QJsonDocument::Indented));
        return ExitHealthy;
    }
    out << Text::tr("%1 since %2 (%n segment(s))", nullptr, int(segments.size()))
               .arg(shown(lane->toString()), localTime(options.since))
        << '\n';
    for (const store::Segment &s : segments) {
        const QString to = s.to ? localTime(*s.to) : Text::tr("now");
        out << QStringLiteral("%1 - %2  %3  %4")
                   .arg(localTime(s.from), to)
                   .arg(stateName(s.state), -12)
                   .arg(shown(s.reason.text()));
        if (s.action != OperatorAction::None)
            out << QStringLiteral("  [") << actionText(s.action) << QLatin1Char(']');
        out << '\n';
    }
    return ExitHealthy;
}

} // namespace sb::ctl
