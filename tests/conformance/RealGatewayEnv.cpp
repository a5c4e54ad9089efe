#include "tests/conformance/RealGatewayEnv.h"

#include <QDir>
#include <QFile>

namespace sb::test {

QHash<QString, QString> readRealGatewayEnv(QString *why)
{
    const QString stateDir = qEnvironmentVariable("SWITCHBOARD_REAL_GATEWAY_STATE");
    QHash<QString, QString> env;
    QFile file(QDir(stateDir).filePath(QStringLiteral("env")));
    if (stateDir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (why)
            *why =
                QStringLiteral("no real gateway state (SWITCHBOARD_REAL_GATEWAY_STATE=%1): run through "
                               "ctest (fixture RealGateway) or tests/conformance/real-gateway.sh start DIR")
                    .arg(stateDir);
        return env;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

} // namespace sb::test
