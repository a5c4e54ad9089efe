#include "tests/drill/DrillTestClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace sb::drill::test {

using namespace Qt::StringLiterals;

namespace {

// Processes events until the condition holds or the deadline passes; never sleeps blindly.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace

DrillTestClient::DrillTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_raw.append(text);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isObject()) {
            m_frames.append(document.object());
            Q_EMIT frameReceived(document.object());
        }
    });
}

QJsonObject DrillTestClient::consoleConnectParams(const QString &token)
{
    return {{u"minProtocol"_s, 3},
            {u"maxProtocol"_s, 4},
            {u"client"_s, QJsonObject{{u"id"_s, u"cli"_s},
                                      {u"mode"_s, u"cli"_s},
                                      {u"version"_s, u"0.1.0"_s},
                                      {u"platform"_s, u"linux"_s},
                                      {u"displayName"_s, u"Switchboard"_s}}},
            {u"role"_s, u"operator"_s},
            {u"scopes"_s, QJsonArray{u"operator.admin"_s, u"operator.read"_s, u"operator.write"_s,
                                     u"operator.approvals"_s, u"operator.pairing"_s}},
            {u"auth"_s, QJsonObject{{u"token"_s, token}}}};
}

bool DrillTestClient::open(const QUrl &url, int timeoutMs)
{
    m_frames.clear();
    m_raw.clear();
    m_socket.open(url);
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

bool DrillTestClient::waitForChallenge(int timeoutMs)
{
    return !waitEvent(u"connect.challenge"_s, timeoutMs).isEmpty();
}

QJsonObject DrillTestClient::connectWith(const QJsonObject &params, int timeoutMs)
{
    const QString id = sendRequest(u"connect"_s, params);
    return waitResponse(id, timeoutMs);
}

bool DrillTestClient::handshake(const QUrl &url, const QString &token)
{
    if (!open(url) || !waitForChallenge())
        return false;
    const QJsonObject response = connectWith(consoleConnectParams(token));
    return response.value(u"ok"_s).toBool();
}

QString DrillTestClient::sendRequest(const QString &method, const QJsonValue &params)
{
    const QString id = u"t%1"_s.arg(m_nextId++);
    QJsonObject frame{{u"type"_s, u"req"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isUndefined())
        frame.insert(u"params"_s, params);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    return id;
}

QJsonObject DrillTestClient::waitResponse(const QString &id, int timeoutMs)
{
    QJsonObject found;
    waitUntil(
        [&] {
            for (const QJsonObject &frame : std::as_const(m_frames)) {
                if (frame.value(u"type"_s) == u"res"_s && frame.value(u"id"_s) == id) {
                    found = frame;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonObject DrillTestClient::call(const QString &method, const QJsonValue &params, int timeoutMs)
{
    return waitResponse(sendRequest(method, params), timeoutMs);
}

QJsonObject DrillTestClient::waitEvent(const QString &event, int timeoutMs, qsizetype fromIndex)
{
    QJsonObject found;
    waitUntil(
        [&] {
            for (qsizetype i = fromIndex; i < m_frames.size(); ++i) {
                const QJsonObject &frame = m_frames.at(i);
                if (frame.value(u"type"_s) == u"event"_s && frame.value(u"event"_s) == event) {
                    found = frame;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool DrillTestClient::waitDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

QList<QJsonObject> DrillTestClient::events(const QString &name) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(u"type"_s) == u"event"_s && (name.isEmpty() || frame.value(u"event"_s) == name))
            out.append(frame);
    }
    return out;
}

} // namespace sb::drill::test
