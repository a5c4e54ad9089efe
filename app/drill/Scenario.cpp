#include "app/drill/Scenario.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

// Longer than any drill (a century) and small enough that offsets, repeats and their sums stay
// far from qint64 overflow (1e300 and "every": 9e18 were UB: tests/fuzz/regressions/FuzzScenario).
constexpr qint64 maxDurationMs = 100LL * 366 * 24 * 3600 * 1000;
// Expanded steps per scenario: "repeat": {"count": 2000000000} must be refused, not allocated.
constexpr qsizetype maxSteps = 100000;

// "HH:MM[:SS]" or "[+-]D.HH:MM:SS"-ish durations; plain numbers are milliseconds.
std::optional<qint64> parseDuration(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (!(std::fabs(ms) <= static_cast<double>(maxDurationMs)))
            return std::nullopt;
        return static_cast<qint64>(ms);
    }
    // Digit counts bounded so the arithmetic below cannot overflow.
    static const QRegularExpression pattern(u"^([+-])?(?:(\\d{1,5})d)?(\\d{1,6}):(\\d{2})(?::(\\d{2}))?$"_s);
    const auto match = pattern.match(value.toString().trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 ms = ((match.captured(2).toLongLong() * 24 + match.captured(3).toLongLong()) * 3600 +
                       match.captured(4).toLongLong() * 60 + match.captured(5).toLongLong()) *
                      1000;
    if (ms > maxDurationMs)
        return std::nullopt;
    return match.captured(1) == QLatin1String("-") ? -ms : ms;
}

std::optional<QDateTime> parseInstant(const QString &text, const QTimeZone &zone)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    // No offset in the text: the instant is wall-clock time in the scenario's zone.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

} // namespace

const QStringList &Scenario::knownKinds()
{
    static const QStringList kinds{
        u"disconnect"_s, u"connected"_s, u"channel"_s, u"stop"_s,     u"start"_s,       u"log"_s,
        u"delivery"_s,   u"heartbeat"_s, u"inbound"_s, u"outbound"_s, u"sendOutcome"_s, u"config"_s,
        u"pairing"_s,    u"signal"_s,    u"fault"_s,   u"webLogin"_s, u"health"_s};
    return kinds;
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read scenario %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    auto scenario = parse(file.readAll(), error);
    if (!scenario)
        *error = u"%1: %2"_s.arg(path, *error);
    return scenario;
}

std::optional<Scenario> Scenario::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error =
            u"not a JSON object (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Scenario scenario;
    scenario.name = root.value(u"name"_s).toString();
    scenario.title = root.value(u"title"_s).toString(scenario.name);
    const QString zoneName = root.value(u"timeZone"_s).toString(u"UTC"_s);
    scenario.timeZone = QTimeZone(zoneName.toUtf8());
    if (!scenario.timeZone.isValid()) {
        *error = u"unknown timeZone \"%1\""_s.arg(zoneName);
        return std::nullopt;
    }
    const auto start = parseInstant(root.value(u"start"_s).toString(), scenario.timeZone);
    if (!start) {
        *error = u"\"start\" must be an ISO 8601 date-time"_s;
        return std::nullopt;
    }
    scenario.start = *start;
    scenario.speed = root.value(u"speed"_s).toDouble(60.0);
    if (scenario.speed <= 0) {
        *error = u"\"speed\" must be positive"_s;
        return std::nullopt;
    }
    scenario.initial = root.value(u"initial"_s).toObject();

    const QJsonArray steps = root.value(u"steps"_s).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QString kind = step.value(u"kind"_s).toString();
        if (!knownKinds().contains(kind)) {
            *error = u"step %1: unknown kind \"%2\""_s.arg(i).arg(kind);
            return std::nullopt;
        }
        QDateTime at;
        if (step.contains(u"at"_s)) {
            const auto instant = parseInstant(step.value(u"at"_s).toString(), scenario.timeZone);
            if (!instant) {
                *error = u"step %1: \"at\" must be an ISO 8601 date-time"_s.arg(i);
                return std::nullopt;
            }
            at = *instant;
        } else {
            const auto offset = parseDuration(step.value(u"offset"_s));
            if (!offset) {
                *error = u"step %1: needs \"at\" or \"offset\" (HH:MM[:SS] or milliseconds)"_s.arg(i);
                return std::nullopt;
            }
            at = scenario.start.addMSecs(*offset);
        }
        int count = 1;
        qint64 every = 0;
        if (step.contains(u"repeat"_s)) {
            const QJsonObject repeat = step.value(u"repeat"_s).toObject();
            count = repeat.value(u"count"_s).toInt(1);
            const auto interval = parseDuration(repeat.value(u"every"_s));
            if (count < 1 || !interval || *interval <= 0) {
                *error = u"step %1: \"repeat\" needs a positive \"count\" and \"every\""_s.arg(i);
                return std::nullopt;
            }
            every = *interval;
        }
        if (count > maxSteps - scenario.steps.size()) {
            *error = u"step %1: more than %2 steps in all"_s.arg(i).arg(maxSteps);
            return std::nullopt;
        }
        for (int n = 0; n < count; ++n) {
            QJsonObject data = step;
            data.insert(u"repeatIndex"_s, n);
            scenario.steps.append(Step{at.addMSecs(every * n), kind, data, static_cast<int>(i)});
        }
    }
    std::stable_sort(scenario.steps.begin(), scenario.steps.end(),
                     [](const Step &a, const Step &b) { return a.at < b.at; });
    return scenario;
}

QStringList Scenario::builtIn()
{
    QStringList paths;
    const QDir dir(u":/scenarios"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString Scenario::defaultPath()
{
    return u":/scenarios/2026-02-12-night.json"_s;
}

} // namespace sb::drill
