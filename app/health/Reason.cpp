#include "app/health/Reason.h"

#include "app/health/Classification.h"

#include <array>

#include <QCoreApplication>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::health {

namespace {

// One sentence the engine says. `plural`: the first argument is the %n count and the others
// fill %1, %2...; a bit set in `nested` marks an argument that is itself a sentence id
// (the loss a possible ban names), rendered in the same language.
struct Sentence
{
    const char *id;
    const char *source;
    bool plural = false;
    quint8 nested = 0;
};

// The ids are stored in histories: never rename one, add a new one instead.
// clang-format off
const std::array kSentences{
    Sentence{"link-started", QT_TRANSLATE_NOOP("sb::health", "re-link started; waiting for the QR code to be scanned")},
    Sentence{"starting", QT_TRANSLATE_NOOP("sb::health", "the channel is starting")},
    Sentence{"enabled", QT_TRANSLATE_NOOP("sb::health", "enabled; waiting for the channel to connect")},
    Sentence{"unreadable", QT_TRANSLATE_NOOP("sb::health", "cannot read what the gateway says about this lane: %1")},
    Sentence{"restart-not-back", QT_TRANSLATE_NOOP("sb::health", "the channel has not come back since the operator's restart")},
    Sentence{"no-connection", QT_TRANSLATE_N_NOOP("sb::health", "no connection for %n min while the gateway retries"), true},
    Sentence{"no-connection-endpoint", QT_TRANSLATE_N_NOOP("sb::health", "no connection for %n min while the gateway retries: %1 does not answer"), true},
    Sentence{"stopped", QT_TRANSLATE_NOOP("sb::health", "the channel stopped")},
    Sentence{"stopped-detail", QT_TRANSLATE_NOOP("sb::health", "the channel stopped: %1")},
    Sentence{"disabled", QT_TRANSLATE_NOOP("sb::health", "disabled on purpose")},
    Sentence{"restart-requested", QT_TRANSLATE_NOOP("sb::health", "restart requested by the operator; waiting for the channel to start")},
    Sentence{"restarting", QT_TRANSLATE_NOOP("sb::health", "restarting at the operator's request")},
    Sentence{"reconnecting", QT_TRANSLATE_NOOP("sb::health", "the gateway is reconnecting")},
    Sentence{"reconnecting-detail", QT_TRANSLATE_NOOP("sb::health", "the gateway is reconnecting: %1")},
    Sentence{"drops-in-a-row", QT_TRANSLATE_N_NOOP("sb::health", "%n drops in a row"), true},
    Sentence{"send-failed-on-probation", QT_TRANSLATE_NOOP("sb::health", "a send failed%1 while on probation; if the channel is lost now, treat it as a possible ban")},
    Sentence{"possible-ban", QT_TRANSLATE_NOOP("sb::health", "possible ban: a send failed%1 while the lane was on probation, then %2"), false, 0b10},
    Sentence{"loss.disabled", QT_TRANSLATE_NOOP("sb::health", "the channel was disabled")},
    Sentence{"loss.stopped", QT_TRANSLATE_NOOP("sb::health", "the channel stopped")},
    Sentence{"loss.logged-out", QT_TRANSLATE_NOOP("sb::health", "the session was logged out")},
    Sentence{"loss.conflict", QT_TRANSLATE_NOOP("sb::health", "another session took over")},
    Sentence{"loss.auth-failed", QT_TRANSLATE_NOOP("sb::health", "the credentials were rejected")},
    Sentence{"loss.gave-up", QT_TRANSLATE_NOOP("sb::health", "the gateway gave up reconnecting")},
    Sentence{"loss.dropped", QT_TRANSLATE_NOOP("sb::health", "the connection dropped")},
    Sentence{"relinked-now", QT_TRANSLATE_NOOP("sb::health", "re-linked just now")},
    Sentence{"relinked", QT_TRANSLATE_N_NOOP("sb::health", "re-linked %n min ago"), true},
    Sentence{"reconnected-now", QT_TRANSLATE_NOOP("sb::health", "reconnected just now")},
    Sentence{"reconnected", QT_TRANSLATE_N_NOOP("sb::health", "reconnected %n min ago"), true},
    Sentence{"connected-now", QT_TRANSLATE_NOOP("sb::health", "connected just now")},
    Sentence{"connected", QT_TRANSLATE_N_NOOP("sb::health", "connected %n min ago"), true},
    Sentence{"deliveries-proven", QT_TRANSLATE_NOOP("sb::health", "%1 of %2 deliveries proven")},
    Sentence{"more-minutes-needed", QT_TRANSLATE_N_NOOP("sb::health", "%n more min connected needed"), true},
    Sentence{"send-failed-ban-risk", QT_TRANSLATE_NOOP("sb::health", "a send failed: a loss now would mean a possible ban")},
    Sentence{"flapping", QT_TRANSLATE_NOOP("sb::health", "flapping: %1 disconnects in the last %2 min")},
    Sentence{"proven", QT_TRANSLATE_NOOP("sb::health", "proven: %1 min connected without a disconnect and %2 deliveries since the last recovery")},
};
// clang-format on

const Sentence *sentenceFor(const QString &id)
{
    for (const Sentence &sentence : kSentences) {
        if (id == QLatin1String(sentence.id))
            return &sentence;
    }
    return nullptr;
}

QString filled(QString text, const QStringList &args)
{
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    case 2:
        return text.arg(args[0], args[1]);
    case 3:
        return text.arg(args[0], args[1], args[2]);
    default:
        for (const QString &arg : args)
            text = text.arg(arg);
        return text;
    }
}

QString partText(const Reason::Part &part)
{
    if (part.id == Reason::kVerbatim)
        return part.args.value(0) + part.tail;
    if (const Sentence *sentence = sentenceFor(part.id)) {
        QStringList args = part.args;
        int count = -1;
        if (sentence->plural && !args.isEmpty())
            count = args.takeFirst().toInt();
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (sentence->nested & (1u << i))
                args[i] = partText(Reason::Part{args[i], {}, {}});
        }
        return filled(QCoreApplication::translate("sb::health", sentence->source, nullptr, count), args) +
               part.tail;
    }
    // A classification row: its reason, %1 being the event's code.
    const QByteArray rowId = part.id.toUtf8();
    if (const ClassificationRow *row = findRow(rowId.constData())) {
        QString text = QCoreApplication::translate("sb::health", row->reason);
        if (!part.args.isEmpty() && text.contains(QLatin1String("%1")))
            text = text.arg(part.args[0]);
        return text + part.tail;
    }
    // Written by a newer Switchboard: the id is more use than nothing.
    return part.id + part.tail;
}

} // namespace

Reason Reason::verbatim(const QString &text)
{
    if (text.isEmpty())
        return {};
    return of(QString(kVerbatim), {text});
}

Reason &Reason::append(const Reason &more)
{
    m_parts.append(more.m_parts);
    return *this;
}

Reason Reason::withTail(const QString &tail) const
{
    Reason out = *this;
    if (!out.m_parts.isEmpty())
        out.m_parts.last().tail += tail;
    return out;
}

QString Reason::text() const
{
    QString out;
    for (const Part &part : m_parts) {
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += partText(part);
    }
    return out;
}

Reason Reason::mapped(const std::function<QString(const QString &)> &clean) const
{
    Reason out = *this;
    for (Part &part : out.m_parts) {
        const Sentence *sentence = sentenceFor(part.id);
        for (qsizetype i = 0; i < part.args.size(); ++i) {
            const qsizetype placeholder = sentence && sentence->plural ? i - 1 : i;
            if (sentence && placeholder >= 0 && (sentence->nested & (1u << placeholder)))
                continue; // an id, not free text
            part.args[i] = clean(part.args[i]);
        }
        if (!part.tail.isEmpty())
            part.tail = clean(part.tail);
    }
    return out;
}

QString Reason::encode() const
{
    if (m_parts.isEmpty())
        return {};
    QJsonArray parts;
    for (const Part &part : m_parts) {
        QJsonObject object{{QStringLiteral("id"), part.id}};
        if (!part.args.isEmpty())
            object.insert(QStringLiteral("args"), QJsonArray::fromStringList(part.args));
        if (!part.tail.isEmpty())
            object.insert(QStringLiteral("tail"), part.tail);
        parts.append(object);
    }
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

Reason Reason::decode(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (!stored.startsWith(QLatin1Char('[')))
        return verbatim(stored);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return verbatim(stored);
    Reason out;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        if (!object.value(QStringLiteral("id")).isString())
            return verbatim(stored);
        Part part;
        part.id = object.value(QStringLiteral("id")).toString();
        for (const QJsonValue &arg : object.value(QStringLiteral("args")).toArray())
            part.args.append(arg.toString());
        part.tail = object.value(QStringLiteral("tail")).toString();
        out.m_parts.append(part);
    }
    return out;
}

size_t qHash(const Reason &reason, size_t seed)
{
    for (const Reason::Part &part : reason.parts())
        seed = qHashMulti(seed, part.id, part.args, part.tail);
    return seed;
}

} // namespace sb::health
