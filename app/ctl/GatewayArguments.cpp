#include "app/ctl/GatewayArguments.h"

#include "app/gateway/Connection.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Redactor.h"
#include "app/platform/Settings.h"

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

// Tokens are read from the environment, stdin or the keychain, never from argv, where every
// user on the machine can read them (ps, /proc/<pid>/cmdline).
std::optional<QString> tokenFromEnvironment(const QString &variable, QString *why)
{
    const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    if (token.isEmpty()) {
        *why = Text::tr("environment variable %1 is unset or empty").arg(variable);
        return std::nullopt;
    }
    return token;
}

std::optional<QString> tokenFromStdin(QString *why)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *why = Text::tr("cannot read the token from standard input");
        return std::nullopt;
    }
    const QString token = QString::fromUtf8(input.readLine()).trimmed();
    if (token.isEmpty()) {
        *why = Text::tr("no token on standard input");
        return std::nullopt;
    }
    return token;
}

// The token the window stored for the profile. None stored reads as an empty token, as in the
// window: the gateway may run without auth. The keychain answers asynchronously; a locked
// keychain waiting for a password prompt must not hang a monitoring script.
std::optional<QString> tokenFromKeychain(SecretStore &secrets, const GatewayProfile &profile,
                                         int timeoutSeconds, QString *why)
{
    std::optional<SecretStore::Result> result;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    secrets.read(profile.secretKey(), &loop, [&](const SecretStore::Result &answer) {
        result = answer;
        loop.quit();
    });
    deadline.start(timeoutSeconds * 1000);
    if (!result)
        loop.exec();
    if (!result) {
        *why = Text::tr("the keychain did not answer within %1 s for the token of profile \"%2\"")
                   .arg(timeoutSeconds)
                   .arg(profile.name);
        return std::nullopt;
    }
    if (!result->ok() && result->status != SecretStore::Status::NotFound) {
        *why = Text::tr("cannot read the token of profile \"%1\" from the keychain: %2")
                   .arg(profile.name, result->message);
        return std::nullopt;
    }
    return result->secret;
}

// --profile NAME: the window's profile of that name, or of that id.
std::optional<GatewayProfile> findProfile(const QList<GatewayProfile> &profiles, const QString &wanted,
                                          QString *why)
{
    QList<GatewayProfile> named;
    for (const GatewayProfile &profile : profiles) {
        if (profile.id == wanted)
            return profile;
        if (profile.name == wanted)
            named << profile;
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1) {
        *why = Text::tr("--profile: %1 profiles are named \"%2\"; give the id of one (%3)")
                   .arg(named.size())
                   .arg(wanted, [&] {
                       QStringList ids;
                       for (const GatewayProfile &profile : named)
                           ids << profile.id;
                       return ids.join(QStringLiteral(", "));
                   }());
        return std::nullopt;
    }
    QStringList names;
    for (const GatewayProfile &profile : profiles)
        names << QStringLiteral("\"%1\"").arg(profile.name);
    *why = names.isEmpty()
               ? Text::tr("--profile: no profile named \"%1\" (the settings have no profiles)").arg(wanted)
               : Text::tr("--profile: no profile named \"%1\" (profiles: %2)")
                     .arg(wanted, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("switchboardctl: ") << message << '\n'
        << Text::tr("Run 'switchboardctl --help' for usage.") << '\n';
    return ExitUsage;
}

// The gateways a status or watch command line names (--gateway with --token-env or
// --token-stdin; --profile with the keychain), each with its URL, name and token. Returns
// ExitHealthy, or the code to stop with: a usage error, or a keychain that would not say.
int readGateways(const QCommandLineParser &parser, const StatusOptions &common, const Settings &settings,
                 SecretStore *secrets, QTextStream &err, QList<StatusOptions> *gateways)
{
    const QStringList urls = parser.values(QStringLiteral("gateway"));
    const QStringList profileNames = parser.values(QStringLiteral("profile"));
    const QStringList tokenVariables = parser.values(QStringLiteral("token-env"));
    const bool tokenFromInput = parser.isSet(QStringLiteral("token-stdin"));
    const qsizetype gatewayCount = urls.size() + profileNames.size();
    if (gatewayCount == 0)
        return usageError(err, Text::tr("--gateway URL or --profile NAME is required"));
    if (tokenVariables.size() > urls.size()) {
        return usageError(err, Text::tr("%1 --token-env for %2 --gateway: give one --token-env per "
                                        "--gateway, in the same order (a --profile's token comes "
                                        "from the keychain)")
                                   .arg(tokenVariables.size())
                                   .arg(urls.size()));
    }
    if (tokenFromInput && gatewayCount > 1) {
        return usageError(err, Text::tr("--token-stdin reads a single token and there are %1 gateways: "
                                        "give --token-env VAR once per --gateway instead")
                                   .arg(gatewayCount));
    }
    if (tokenFromInput && urls.isEmpty())
        return usageError(err, Text::tr("--token-stdin is for a --gateway; a --profile's token comes from "
                                        "the keychain"));
    if (!urls.isEmpty()) {
        if (urls.size() == 1 && tokenVariables.isEmpty() == !tokenFromInput)
            return usageError(err, Text::tr("give exactly one of --token-env VAR or --token-stdin"));
        if (urls.size() > 1 && tokenVariables.size() != urls.size()) {
            return usageError(err, Text::tr("%1 --gateway but %2 --token-env: each --gateway needs its own "
                                            "--token-env VAR, in the same order")
                                       .arg(urls.size())
                                       .arg(tokenVariables.size()));
        }
    }

    for (const QString &url : urls) {
        StatusOptions options = common;
        options.url = QUrl(url, QUrl::StrictMode);
        if (const QString why = validateGatewayUrl(options.url, options.allowInsecure); !why.isEmpty())
            return usageError(err, why);
        gateways->append(options);
    }
    QList<GatewayProfile> profiles;
    for (const QString &name : profileNames) {
        QString why;
        const std::optional<GatewayProfile> profile = findProfile(settings.profiles(), name, &why);
        if (!profile)
            return usageError(err, why);
        StatusOptions options = common;
        options.url = profile->url;
        options.profileName = profile->name;
        options.allowInsecure = common.allowInsecure || profile->allowInsecure;
        if (const QString invalid = validateGatewayUrl(options.url, options.allowInsecure);
            !invalid.isEmpty())
            return usageError(err, Text::tr("--profile %1: %2").arg(name, invalid));
        profiles << *profile;
        gateways->append(options);
    }
    // Two names for one gateway would read its lanes twice under one key.
    for (qsizetype i = 0; i < gateways->size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (gatewayIdForUrl(gateways->at(i).url) != gatewayIdForUrl(gateways->at(j).url))
                continue;
            const StatusOptions &first = gateways->at(j);
            const StatusOptions &second = gateways->at(i);
            if (first.profileName.isEmpty() && second.profileName.isEmpty())
                return usageError(err, Text::tr("--gateway %1 is given twice").arg(second.url.toString()));
            const StatusOptions &profiled = second.profileName.isEmpty() ? first : second;
            const StatusOptions &other = second.profileName.isEmpty() ? second : first;
            return usageError(
                err,
                other.profileName.isEmpty()
                    ? Text::tr(
                          "--profile %1 is the gateway at %2, which --gateway names too: give one of them")
                          .arg(profiled.profileName, profiled.url.toString())
                    : Text::tr("--profile %1 and --profile %2 are the same gateway (%3)")
                          .arg(other.profileName, profiled.profileName, profiled.url.toString()));
        }
    }

    QString why;
    // Tokens last: nothing is read from stdin or the keychain for a command line that is wrong.
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const auto token =
            tokenFromInput ? tokenFromStdin(&why) : tokenFromEnvironment(tokenVariables.at(i), &why);
        if (!token)
            return usageError(err, why);
        (*gateways)[i].token = *token;
    }
    if (!profiles.isEmpty()) {
        std::unique_ptr<SecretStore> keychain;
        if (!secrets) {
            keychain = std::make_unique<KeychainSecretStore>();
            secrets = keychain.get();
        }
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const auto token = tokenFromKeychain(*secrets, profiles.at(i), common.timeoutSeconds, &why);
            if (!token) {
                err << QStringLiteral("switchboardctl: ") << why << '\n';
                return ExitCritical;
            }
            (*gateways)[urls.size() + i].token = *token;
        }
    }
    for (const StatusOptions &options : *gateways)
        Redactor::registerSecret(options.token);

    return ExitHealthy;
}

void addGatewayOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("gateway"), Text::tr("Gateway WebSocket URL, e.g. ws://127.0.0.1:18789."),
         QStringLiteral("url")},
        {QStringLiteral("token-env"), Text::tr("Read the gateway token from environment variable VAR."),
         QStringLiteral("VAR")},
        {QStringLiteral("token-stdin"),
         Text::tr("Read the gateway token from the first line of standard input.")},
        {QStringLiteral("profile"),
         Text::tr("A gateway profile of the window (its name or id): its URL from the settings, its "
                  "token from the keychain."),
         QStringLiteral("name")},
        {QStringLiteral("config"), Text::tr("Find --profile in this settings file (default: the window's)."),
         QStringLiteral("file")},
        {QStringLiteral("timeout"), Text::tr("Give up after S seconds (default 20)."), QStringLiteral("S"),
         QStringLiteral("20")},
        {QStringLiteral("allow-insecure"),
         Text::tr("Allow ws:// to a host that is not loopback (sends the token unencrypted).")},
    });
}

int readGatewayList(const QCommandLineParser &parser, SecretStore *secrets, QTextStream &err,
                    QList<StatusOptions> *gateways)
{
    StatusOptions common;
    common.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    bool numeric = false;
    common.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || common.timeoutSeconds <= 0 || common.timeoutSeconds > 3600)
        return usageError(err, Text::tr("--timeout needs a whole number of seconds between 1 and 3600"));
    const QString config = parser.value(QStringLiteral("config"));
    if (!config.isEmpty() && !QFile::exists(config))
        return usageError(err, Text::tr("--config: cannot read %1").arg(config));
    const Settings settings = config.isEmpty() ? Settings() : Settings(config);
    common.policy = health::HealthPolicy::from(settings.monitoring());
    return readGateways(parser, common, settings, secrets, err, gateways);
}

int readOneGateway(const QCommandLineParser &parser, SecretStore *secrets, QTextStream &err,
                   StatusOptions *gateway)
{
    if (parser.values(QStringLiteral("gateway")).size() + parser.values(QStringLiteral("profile")).size() > 1)
        return usageError(err, Text::tr("this command acts on one gateway: give one --gateway or --profile"));
    QList<StatusOptions> gateways;
    if (const int stop = readGatewayList(parser, secrets, err, &gateways); stop != ExitHealthy)
        return stop;
    *gateway = gateways.first();
    return ExitHealthy;
}

CommandConnection connectForCommand(const StatusOptions &gateway)
{
    CommandConnection result;
    auto connection = std::make_unique<gateway::Connection>(connectionOptionsFor(gateway));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(connection.get(), &gateway::Connection::connected, &loop, &QEventLoop::quit);
    QObject::connect(connection.get(), &gateway::Connection::stateChanged, &loop,
                     [&loop](gateway::ConnectionState state) {
                         if (state == gateway::ConnectionState::Failed)
                             loop.quit();
                     });
    deadline.start(gateway.timeoutSeconds * 1000);
    connection->open();
    if (connection->state() != gateway::ConnectionState::Connected)
        loop.exec();
    if (connection->state() == gateway::ConnectionState::Connected) {
        result.connection = std::move(connection);
        return result;
    }
    result.error = connection->lastError().value_or(
        gateway::GatewayError::timeout(QStringLiteral("connect"), qint64(gateway.timeoutSeconds) * 1000));
    connection->close();
    return result;
}

} // namespace sb::ctl
