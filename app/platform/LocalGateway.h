#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace sb {

// What a local OpenClaw install says about its gateway, for "Use local gateway": the URL from
// OPENCLAW_GATEWAY_PORT or gateway.port in ~/.openclaw/openclaw.json (default 18789, always
// loopback), the token from OPENCLAW_GATEWAY_TOKEN or gateway.auth.token. The token found is
// registered with the Redactor so it never reaches a log.
struct LocalGateway
{
    bool found = false; // an install (config file or environment) was seen
    QUrl url;
    QString token;      // empty when none could be read
    QString configPath; // the file that was read, if any
    QString problem;    // why something is missing, in words (plain text)
};

LocalGateway
discoverLocalGateway(const QString &homeDirectory,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace sb
