#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace sb::drill {

// A drill scenario (format: docs/scenarios.md): a start instant in a time zone, a default
// speed, the gateway's initial state, and timed steps. Repeated steps are expanded here, and
// steps are sorted by time (stable, so equal times keep file order).
struct Scenario
{
    struct Step
    {
        QDateTime at; // UTC
        QString kind;
        QJsonObject data; // the whole step object, for the step's own fields
        int line = 0;     // index in the file's steps array, for error messages
    };

    QString name;
    QString title;
    QTimeZone timeZone = QTimeZone::utc();
    QDateTime start; // UTC
    double speed = 60.0;
    QJsonObject initial;
    QList<Step> steps;

    QDateTime end() const { return steps.isEmpty() ? start : steps.constLast().at; }

    // Loads from a file path, including Qt resource paths (":/scenarios/…").
    static std::optional<Scenario> load(const QString &path, QString *error);
    static std::optional<Scenario> parse(const QByteArray &json, QString *error);

    // The scenarios embedded in the binary, e.g. ":/scenarios/2026-02-12-night.json".
    static QStringList builtIn();
    static QString defaultPath();

    static const QStringList &knownKinds();
};

} // namespace sb::drill
