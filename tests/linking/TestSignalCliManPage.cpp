// signal-cli's own documentation is the peer the console is checked against: the real daemon
// needs Java 21 and cannot run here. This test reads the man pages of signal-cli 0.13.19
// (signal-cli(1), signal-cli-jsonrpc(5), unpacked by scripts/signal-cli-manpages.sh) and checks
// that every method and parameter the Signal flows send, and every error they branch on, is
// documented there, and that the drill's emulator implements them as documented.
#include "app/drill/SignalCliEmulator.h"
#include "app/linking/SignalDaemonProblem.h"
#include "app/linking/SignalInput.h"
#include "app/linking/signalcli/SignalCliClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using sb::linking::signalcli::MethodSpec;
using sb::linking::signalcli::SignalCliClient;

namespace {

// The man page's troff, its escapes undone, as lines: "\fB\-\-captcha\fR" → "--captcha".
QStringList readPage(const QString &relativePath)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SIGNAL_CLI_MAN_DIR");
    QFile file(QDir(dir).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QStringLiteral("\\&"));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    text.replace(QStringLiteral("\\(cq"), QStringLiteral("'"));
    return text.split(u'\n');
}

// signal-cli(1): the lines of `.SS "name"` up to the next section.
QStringList commandSection(const QStringList &page, const QString &name)
{
    const qsizetype start = page.indexOf(QStringLiteral(".SS \"%1\"").arg(name));
    if (start < 0)
        return {};
    QStringList lines;
    for (qsizetype i = start + 1; i < page.size(); ++i) {
        if (page.at(i).startsWith(QLatin1String(".SS ")) || page.at(i).startsWith(QLatin1String(".SH ")))
            break;
        lines << page.at(i);
    }
    return lines;
}

// signal-cli-jsonrpc(5), "Additional JSON-RPC commands": the lines after the heading `name`.
QStringList jsonRpcSection(const QStringList &page, const QString &name)
{
    qsizetype start = -1;
    for (qsizetype i = 1; i < page.size(); ++i) {
        if (page.at(i) == name && page.at(i - 1).startsWith(QLatin1String(".ps +1")))
            start = i;
    }
    if (start < 0)
        return {};
    QStringList lines;
    for (qsizetype i = start + 1; i < page.size(); ++i) {
        if (page.at(i).startsWith(QLatin1String(".it 1 an-trap")) ||
            page.at(i).startsWith(QLatin1String(".SH ")))
            break;
        lines << page.at(i);
    }
    return lines;
}

// "--device-name" → "deviceName" (signal-cli-jsonrpc(5): "Parameter names are provided in
// camelCase format instead of the hyphen format on the cli").
QString camelCase(const QString &option)
{
    const QStringList words = option.split(u'-', Qt::SkipEmptyParts);
    QString name = words.value(0);
    for (qsizetype i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name;
}

// The parameters a section documents, lower-cased for comparison: long options in camelCase,
// positional arguments (VERIFICATIONCODE), and jsonrpc(5)'s "name: description" params.
QStringList documentedParams(const QStringList &section)
{
    static const QRegularExpression longOption(QStringLiteral("(?:^|, )--([a-z][a-z-]*)"));
    static const QRegularExpression positional(QStringLiteral("^([A-Z][A-Z_]+)$"));
    static const QRegularExpression jsonParam(QStringLiteral("^([a-z][A-Za-z]+): "));
    QStringList params;
    for (qsizetype i = 0; i < section.size(); ++i) {
        const QString &line = section.at(i);
        const bool entry = i > 0 && section.at(i - 1) == QLatin1String(".PP");
        if (entry) {
            const QRegularExpressionMatch option = longOption.match(line);
            if (option.hasMatch())
                params << camelCase(option.captured(1)).toLower();
            else if (const QRegularExpressionMatch word = positional.match(line); word.hasMatch())
                params << word.captured(1).toLower();
        }
        if (const QRegularExpressionMatch param = jsonParam.match(line); param.hasMatch())
            params << param.captured(1).toLower();
    }
    return params;
}

QString firstUrl(const QStringList &section)
{
    static const QRegularExpression url(QStringLiteral("https://[^\\s]+\\.html"));
    for (const QString &line : section) {
        if (const QRegularExpressionMatch match = url.match(line); match.hasMatch())
            return match.captured(0);
    }
    return {};
}

// The JSON after "RESPONSE: " in a section (the first one).
QJsonObject documentedResponse(const QStringList &section, const QString &requestContains = {})
{
    bool requestSeen = requestContains.isEmpty();
    for (const QString &line : section) {
        if (line.startsWith(QLatin1String("REQUEST:")) && line.contains(requestContains))
            requestSeen = true;
        if (requestSeen && line.startsWith(QLatin1String("RESPONSE: ")))
            return QJsonDocument::fromJson(line.mid(10).toUtf8()).object();
    }
    return {};
}

QJsonObject post(const QString &baseUrl, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/api/v1/rpc")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    const QJsonObject response = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return response;
}

QJsonObject call(const QString &baseUrl, const QString &method, const QJsonObject &params)
{
    QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("id"), QStringLiteral("t1")}};
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    return post(baseUrl, QJsonDocument(request).toJson(QJsonDocument::Compact));
}

// A value of the right shape for each parameter the flows send.
QJsonValue sampleValue(const QString &param)
{
    static const QHash<QString, QJsonValue> samples{
        {QStringLiteral("account"), QStringLiteral("+819000000053")},
        {QStringLiteral("captcha"),
         QStringLiteral("signalcaptcha://signal-hcaptcha.abcdefabcdefabcdefabcdef")},
        {QStringLiteral("voice"), true},
        {QStringLiteral("reregister"), true},
        {QStringLiteral("verificationCode"), QStringLiteral("123456")},
        {QStringLiteral("pin"), QStringLiteral("4711")},
        {QStringLiteral("deviceLinkUri"), QStringLiteral("sgnl://linkdevice?uuid=X&pub_key=X")},
        {QStringLiteral("deviceName"), QStringLiteral("switchboard")},
        {QStringLiteral("challenge"), QStringLiteral("challenge-token")},
    };
    return samples.value(param);
}

QStringList lowered(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result << name.toLower();
    return result;
}

} // namespace

class TestSignalCliManPage : public QObject
{
    Q_OBJECT

    QStringList m_cli;
    QStringList m_jsonRpc;
    sb::drill::SignalCliEmulator m_emulator;

    bool isMultiAccountCommand(const QString &method) const
    {
        // "…will provide all local accounts and additional commands to register (register)
        // and link (startLink, finishLink) new accounts." verify belongs to register: its
        // section in signal-cli(1) says "Use the verify command to complete the verification".
        const QString sentence = m_jsonRpc.filter(QStringLiteral("additional commands to register")).value(0);
        if (method == QLatin1String("verify"))
            return sentence.contains(QLatin1String("(register)")) &&
                   commandSection(m_cli, QStringLiteral("register"))
                       .join(u' ')
                       .contains(QLatin1String("Use the verify command to complete the verification"));
        return sentence.contains(u'(' + method + u')') || sentence.contains(method + u',') ||
               sentence.contains(method + u')');
    }

    // The parameters the man pages document for a method the daemon offers in multi-account
    // mode, lower-cased: its own, plus `account` for the commands that act on one account.
    QStringList manParams(const QString &method) const
    {
        QStringList params = jsonRpcSection(m_jsonRpc, method).isEmpty()
                                 ? documentedParams(commandSection(m_cli, method))
                                 : documentedParams(jsonRpcSection(m_jsonRpc, method));
        const bool accountParamDocumented =
            !m_jsonRpc
                 .filter(QStringLiteral("requests for a single account require an additional account param"))
                 .isEmpty();
        const bool linksANewAccount =
            method == QLatin1String("startLink") || method == QLatin1String("finishLink");
        if (accountParamDocumented && !linksANewAccount)
            params << QStringLiteral("account");
        return params;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = readPage(QStringLiteral("man1/signal-cli.1"));
        m_jsonRpc = readPage(QStringLiteral("man5/signal-cli-jsonrpc.5"));
        QVERIFY2(m_cli.size() > 100 && m_jsonRpc.size() > 100,
                 qPrintable(QStringLiteral("signal-cli's man pages are not in \"%1\": run "
                                           "scripts/signal-cli-manpages.sh (scripts/test.sh does)")
                                .arg(qEnvironmentVariable("SWITCHBOARD_SIGNAL_CLI_MAN_DIR"))));
        QVERIFY(m_emulator.listen());
    }

    void everyMethodTheFlowsUseIsDocumented()
    {
        const QList<MethodSpec> used = SignalCliClient::methodsUsed();
        QCOMPARE(used.size(), 5);
        for (const MethodSpec &spec : used) {
            const bool ownSection = !jsonRpcSection(m_jsonRpc, spec.method).isEmpty();
            const bool cliCommand = !commandSection(m_cli, spec.method).isEmpty();
            QVERIFY2(ownSection || cliCommand,
                     qPrintable(spec.method + QStringLiteral(" is in neither man page")));
            // signal-cli-jsonrpc(5): "the same as the cli commands (except register, verify and link)".
            const QString except =
                m_jsonRpc.filter(QStringLiteral("except register, verify and link")).value(0);
            QVERIFY(!except.isEmpty());
            if (except.contains(spec.method))
                QVERIFY2(isMultiAccountCommand(spec.method),
                         qPrintable(spec.method + QStringLiteral(" is offered only in multi-account mode, "
                                                                 "and the man page does not say so")));
            const QStringList documented = manParams(spec.method);
            for (const QString &param : spec.params)
                QVERIFY2(documented.contains(param.toLower()),
                         qPrintable(QStringLiteral("%1 sends %2; the man pages document %3")
                                        .arg(spec.method, param, documented.join(QStringLiteral(", ")))));
        }
    }

    void theEmulatorTakesExactlyTheDocumentedParameters()
    {
        for (const MethodSpec &spec : SignalCliClient::methodsUsed()) {
            const QStringList emulated = sb::drill::SignalCliEmulator::documentedParams(spec.method);
            QStringList emulatedNames = lowered(emulated);
            QStringList manNames = manParams(spec.method);
            emulatedNames.sort();
            manNames.sort();
            QCOMPARE(emulatedNames, manNames);
            for (const QString &param : spec.params)
                QVERIFY(emulated.contains(param));

            // Every documented parameter accepted…
            QJsonObject params;
            for (const QString &param : emulated)
                params.insert(param, sampleValue(param));
            const QJsonObject answer = call(m_emulator.baseUrl(), spec.method, params);
            QVERIFY2(
                answer.contains(QStringLiteral("result")) ||
                    answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt() >
                        -32000,
                qPrintable(spec.method + QString::fromUtf8(QJsonDocument(answer).toJson())));
            QCOMPARE(m_emulator.lastParams(spec.method), params);
            // …an undocumented one refused.
            params.insert(QStringLiteral("undocumentedOption"), true);
            const QJsonObject refused = call(m_emulator.baseUrl(), spec.method, params);
            QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                     -32602);
        }
    }

    void linkResponsesHaveTheDocumentedShape()
    {
        for (const QString &method : {QStringLiteral("startLink"), QStringLiteral("finishLink")}) {
            const QJsonObject documented = documentedResponse(jsonRpcSection(m_jsonRpc, method));
            QVERIFY2(!documented.isEmpty(), qPrintable(method));
            QJsonObject params;
            for (const QString &param : sb::drill::SignalCliEmulator::documentedParams(method))
                params.insert(param, sampleValue(param));
            const QJsonObject answer = call(m_emulator.baseUrl(), method, params);
            QCOMPARE(answer.value(QStringLiteral("result")).toObject().keys(),
                     documented.value(QStringLiteral("result")).toObject().keys());
            QVERIFY(answer.value(QStringLiteral("result"))
                        .toObject()
                        .value(QStringLiteral("deviceLinkUri"))
                        .toString()
                        .startsWith(QLatin1String("sgnl://linkdevice?uuid=")));
        }
    }

    void missingMethodIsAnsweredAsDocumented()
    {
        const QJsonObject documented =
            documentedResponse(m_jsonRpc, QStringLiteral("REQUEST: {\"jsonrpc\":\"2.0\"}"));
        QCOMPARE(documented.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 -32600);
        const QJsonObject answer = post(m_emulator.baseUrl(), QByteArrayLiteral("{\"jsonrpc\":\"2.0\"}"));
        QCOMPARE(answer, documented);
    }

    // signal-cli's JSON-RPC errors carry minus its exit code; the flows branch on three.
    void errorCodesAreTheDocumentedExitCodes()
    {
        const QStringList exitCodes = m_cli.mid(m_cli.indexOf(QStringLiteral(".SH \"EXIT CODES\"")));
        QVERIFY(exitCodes.size() > 1);
        auto meaning = [&exitCodes](int code) {
            return exitCodes.filter(QRegularExpression(QStringLiteral("^%1: ").arg(code))).value(0);
        };
        QVERIFY(meaning(-sb::linking::kRpcUserError).contains(QLatin1String("fixable by the user")));
        QVERIFY(meaning(-sb::linking::kRpcIoError).contains(QLatin1String("Server or IO error")));
        QVERIFY(meaning(-sb::linking::kRpcRateLimitError).contains(QLatin1String("Server rate limiting")));

        struct Case
        {
            const char *outcome;
            int code;
        };
        for (const Case &c : {Case{"captcha-required", sb::linking::kRpcUserError},
                              Case{"authorization-failed", sb::linking::kRpcIoError},
                              Case{"rate-limited", sb::linking::kRpcRateLimitError},
                              Case{"challenge", sb::linking::kRpcRateLimitError}}) {
            m_emulator.configure({{QStringLiteral("register"), QLatin1String(c.outcome)}});
            const QJsonObject answer = call(m_emulator.baseUrl(), QStringLiteral("register"),
                                            {{QStringLiteral("account"), QStringLiteral("+819000000053")}});
            QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                     c.code);
        }
        m_emulator.configure({{QStringLiteral("register"), QStringLiteral("ok")}});
    }

    void captchaPagesAndWordsAreTheManPages()
    {
        const QStringList registerSection = commandSection(m_cli, QStringLiteral("register"));
        const QString registrationPage = firstUrl(registerSection);
        QCOMPARE(sb::linking::registrationCaptchaPage(), registrationPage);
        const QStringList challengeSection =
            commandSection(m_cli, QStringLiteral("submitRateLimitChallenge"));
        QCOMPARE(sb::linking::challengeCaptchaPage(), firstUrl(challengeSection));
        QVERIFY(challengeSection.join(u' ').contains(QLatin1String("starting with signalcaptcha://")));

        // The emulator's "captcha required" points where the man page does, in its words.
        const QString instruction =
            registerSection.filter(QStringLiteral("After solving the captcha")).value(0);
        QVERIFY(!instruction.isEmpty());
        m_emulator.configure({{QStringLiteral("register"), QStringLiteral("captcha-required")}});
        const QString message = call(m_emulator.baseUrl(), QStringLiteral("register"),
                                     {{QStringLiteral("account"), QStringLiteral("+819000000053")}})
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(registrationPage), qPrintable(message));
        QVERIFY2(message.contains(instruction), qPrintable(message));
        m_emulator.configure({{QStringLiteral("register"), QStringLiteral("ok")}});

        // submitRateLimitChallenge takes the captcha "starting with signalcaptcha://".
        const QJsonObject bare =
            call(m_emulator.baseUrl(), QStringLiteral("submitRateLimitChallenge"),
                 {{QStringLiteral("account"), QStringLiteral("+819000000053")},
                  {QStringLiteral("challenge"), QStringLiteral("challenge-token")},
                  {QStringLiteral("captcha"), QStringLiteral("signal-hcaptcha.abcdef")}});
        QCOMPARE(bare.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 -32602);
    }
};

QTEST_GUILESS_MAIN(TestSignalCliManPage)
#include "TestSignalCliManPage.moc"
