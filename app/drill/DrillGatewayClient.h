#pragma once

#include "app/drill/DrillGateway.h"

#include <QJsonObject>
#include <QStringList>

class QWebSocket;

namespace sb::drill {

// One WebSocket connection as the drill server tracks it (shared by DrillGateway.cpp and
// DrillFaults.cpp, nobody else).
struct DrillGateway::Client
{
    QWebSocket *socket = nullptr;
    QString connId;
    QString nonce;
    bool authenticated = false;
    bool closing = false;
    qint64 seq = 0; // per-connection event sequence, first event after hello-ok is 1
    QString role;
    QStringList scopes;
    QJsonObject clientInfo;
    qint64 connectedAtMs = 0;
};

} // namespace sb::drill
