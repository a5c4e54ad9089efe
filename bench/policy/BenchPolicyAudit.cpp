// Built-in audit of a 50-account config (budget ≤ 10 ms), and `openclaw security audit --json`
// on the very same config in the same run, for the ratio.
//   BenchPolicyAudit [OPENCLAW]   (OPENCLAW: the CLI; default $OPENCLAW_CLI, else none)
#include "app/policy/OpenClawAudit.h"
#include "app/policy/PolicyAudit.h"
#include "app/policy/PolicyReader.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

// 50 accounts: 17 Telegram bots, 17 WhatsApp numbers, 16 Signal numbers, each with its own
// allowlists (10 ids), group maps, a few looser overrides and open policies, elevated tools on:
// every rule has work to do.
QJsonObject fiftyAccounts()
{
    auto ids = [](const QString &prefix, int seed) {
        QJsonArray out;
        for (int i = 0; i < 10; ++i)
            out.append(QString(prefix + QString::number(100000000 + seed * 10 + i)));
        return out;
    };
    QJsonObject telegramAccounts;
    for (int i = 0; i < 17; ++i) {
        QJsonObject account{
            {QStringLiteral("botToken"),
             QStringLiteral("7%1:AAFakeTokenForBenchOnly00000000000000").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("allowFrom"), ids(QString(), i)},
            {QStringLiteral("groups"),
             QJsonObject{{QStringLiteral("-100%1").arg(i % 5),
                          QJsonObject{{QStringLiteral("requireMention"), i % 2 == 0}}},
                         {QStringLiteral("-100777"), QJsonObject{}}}}};
        if (i % 6 == 0)
            account.insert(QStringLiteral("groupPolicy"), QStringLiteral("open"));
        telegramAccounts.insert(QStringLiteral("bot%1").arg(i), account);
    }
    QJsonObject whatsappAccounts;
    for (int i = 0; i < 17; ++i) {
        QJsonObject account{{QStringLiteral("allowFrom"), ids(QStringLiteral("+81"), i)}};
        if (i % 5 == 0) {
            account.insert(QStringLiteral("dmPolicy"), QStringLiteral("open"));
            account.insert(QStringLiteral("allowFrom"), QJsonArray{QStringLiteral("*")});
        }
        whatsappAccounts.insert(QStringLiteral("wa%1").arg(i), account);
    }
    QJsonObject signalAccounts;
    for (int i = 0; i < 16; ++i) {
        signalAccounts.insert(
            QStringLiteral("sig%1").arg(i),
            QJsonObject{
                {QStringLiteral("account"), QStringLiteral("+1555555%1").arg(i, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("allowFrom"), ids(QStringLiteral("+1"), i)},
                {QStringLiteral("groupPolicy"),
                 i % 4 == 0 ? QStringLiteral("open") : QStringLiteral("allowlist")}});
    }
    return QJsonObject{
        {QStringLiteral("channels"),
         QJsonObject{{QStringLiteral("telegram"),
                      QJsonObject{{QStringLiteral("dmPolicy"), QStringLiteral("pairing")},
                                  {QStringLiteral("groupPolicy"), QStringLiteral("allowlist")},
                                  {QStringLiteral("accounts"), telegramAccounts}}},
                     {QStringLiteral("whatsapp"),
                      QJsonObject{{QStringLiteral("dmPolicy"), QStringLiteral("allowlist")},
                                  {QStringLiteral("allowFrom"), ids(QStringLiteral("+81"), 99)},
                                  {QStringLiteral("accounts"), whatsappAccounts}}},
                     {QStringLiteral("signal"), QJsonObject{{QStringLiteral("accounts"), signalAccounts}}}}},
        {QStringLiteral("tools"),
         QJsonObject{{QStringLiteral("elevated"), QJsonObject{{QStringLiteral("enabled"), true}}}}},
        {QStringLiteral("gateway"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("local")},
                                                {QStringLiteral("bind"), QStringLiteral("loopback")}}},
    };
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, static_cast<size_t>(p * double(values.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QJsonObject config = fiftyAccounts();

    // Warm-up, then 2,000 runs: read the parsed config into typed values and run every rule.
    int findings = 0;
    for (int i = 0; i < 50; ++i)
        findings = int(sb::policy::runBuiltInAudit(sb::policy::readPolicyConfig(config)).size());
    std::vector<double> total;
    std::vector<double> rulesOnly;
    const sb::policy::PolicyConfig typed = sb::policy::readPolicyConfig(config);
    int accounts = 0;
    for (const auto &channel : typed.channels)
        accounts += int(channel.accounts.size());
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = sb::policy::runBuiltInAudit(sb::policy::readPolicyConfig(config));
        total.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto rules = sb::policy::runBuiltInAudit(typed);
        rulesOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (result.size() != rules.size())
            return 1;
    }
    std::printf("config: %d accounts, %d findings\n", accounts, findings);
    std::printf(
        "built-in audit (read config + rules): median %.3f ms, p95 %.3f ms, max %.3f ms (budget <= 10 ms)\n",
        percentile(total, 0.5), percentile(total, 0.95), percentile(total, 1.0));
    std::printf("rules only (typed config given): median %.3f ms, p95 %.3f ms\n", percentile(rulesOnly, 0.5),
                percentile(rulesOnly, 0.95));

    // OpenClaw's own audit of the same config, from a throwaway state directory.
    const QString program = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("OPENCLAW_CLI");
    if (program.isEmpty()) {
        std::printf("openclaw: not given (pass the CLI's path or set OPENCLAW_CLI)\n");
        return 0;
    }
    QTemporaryDir state;
    QDir().mkpath(state.filePath(QStringLiteral("home/tmp")));
    QFile file(state.filePath(QStringLiteral("openclaw.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(config).toJson());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    sb::policy::OpenClawCli cli;
    cli.program = program;
    cli.timeoutMs = 300000;
    cli.environment.insert(QStringLiteral("HOME"), state.filePath(QStringLiteral("home")));
    cli.environment.insert(QStringLiteral("OPENCLAW_STATE_DIR"), state.path());
    cli.environment.insert(QStringLiteral("OPENCLAW_CONFIG_PATH"), file.fileName());
    cli.environment.insert(QStringLiteral("OPENCLAW_OFFLINE"), QStringLiteral("1"));
    cli.environment.insert(QStringLiteral("OPENCLAW_NO_AUTO_UPDATE"), QStringLiteral("1"));
    const QString runtime = QFileInfo(program).absolutePath();
    cli.environment.insert(QStringLiteral("PATH"), runtime + QStringLiteral(":/usr/bin:/bin"));
    for (int run = 1; run <= 2; ++run) {
        sb::policy::OpenClawAuditRun audit(cli);
        sb::policy::OpenClawAuditResult result;
        QEventLoop loop;
        QObject::connect(&audit, &sb::policy::OpenClawAuditRun::finished, &loop,
                         [&](const sb::policy::OpenClawAuditResult &done) {
                             result = done;
                             loop.quit();
                         });
        audit.start();
        loop.exec();
        if (!result.note.isEmpty())
            std::printf("openclaw run %d: %s\n", run, qPrintable(result.note));
        std::printf("openclaw security audit --json, run %d: %.0f ms, %d findings; ratio to the built-in "
                    "median: %.0fx\n",
                    run, double(result.elapsedMs), int(result.findings.size()),
                    double(result.elapsedMs) / percentile(total, 0.5));
    }
    return 0;
}
