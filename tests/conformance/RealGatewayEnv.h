#pragma once

#include <QHash>
#include <QString>

namespace sb::test {

// STATE_DIR/env as tests/conformance/real-gateway.sh writes it (KEY=value lines: the URL,
// token, config file, log file... of the one real gateway the conformance tests share), the
// state directory named by SWITCHBOARD_REAL_GATEWAY_STATE. Empty when there is none, with
// `why` saying so.
QHash<QString, QString> readRealGatewayEnv(QString *why = nullptr);

} // namespace sb::test
