#include "app/policy/OpenClawAudit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::OpenClawAudit", text);
}

} // namespace

std::optional<QList<Finding>> parseOpenClawAudit(const QByteArray &json, QString *problem)
{
    // The CLI may print a banner or warnings before the report: the report is the last
    // top-level object in the output.
    qsizetype start = json.startsWith('{') ? 0 : json.indexOf("\n{");
    if (start > 0)
        ++start;
    if (start < 0) {
        *problem = tr("no JSON report in the output");
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.mid(start), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = tr("the output is not a JSON report (%1)").arg(error.errorString());
        return std::nullopt;
    }
    QJsonObject report = document.object();
    if (report.value(QLatin1String("report")).isObject()) // --fix --json wraps it
        report = report.value(QLatin1String("report")).toObject();
    const QJsonValue findings = report.value(QLatin1String("findings"));
    if (!findings.isArray()) {
        *problem = tr("the report has no findings list");
        return std::nullopt;
    }
    QList<Finding> out;
    for (const QJsonValue &item : findings.toArray()) {
        const QJsonObject object = item.toObject();
        const QString checkId = object.value(QLatin1String("checkId")).toString();
        const std::optional<Severity> severity =
            severityFromName(object.value(QLatin1String("severity")).toString());
        if (checkId.isEmpty() || !severity) {
            *problem = tr("a finding without a checkId or a known severity");
            return std::nullopt;
        }
        Finding finding;
        finding.checkId = checkId;
        finding.severity = *severity;
        finding.title = object.value(QLatin1String("title")).toString();
        finding.detail = object.value(QLatin1String("detail")).toString();
        finding.remediation = object.value(QLatin1String("remediation")).toString();
        finding.source = FindingSource::OpenClaw;
        out << finding;
    }
    return out;
}

std::optional<OpenClawCli> OpenClawCli::find(const QProcessEnvironment &environment)
{
    QString program = environment.value(QStringLiteral("OPENCLAW_CLI"));
    if (program.isEmpty()) {
        const QStringList path =
            environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        program = QStandardPaths::findExecutable(QStringLiteral("openclaw"), path);
    }
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return std::nullopt;
    OpenClawCli cli;
    cli.program = program;
    cli.environment = environment;
    return cli;
}

OpenClawAuditRun::OpenClawAuditRun(OpenClawCli cli, QObject *parent)
    : QObject(parent)
    , m_cli(std::move(cli))
{}

OpenClawAuditRun::~OpenClawAuditRun()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool OpenClawAuditRun::isRunning() const
{
    return m_process != nullptr;
}

void OpenClawAuditRun::start()
{
    if (m_process)
        return;
    m_elapsed.start();
    m_process = new QProcess(this);
    m_process->setProgram(m_cli.program);
    m_process->setArguments(m_cli.arguments);
    m_process->setProcessEnvironment(m_cli.environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_process->kill();
        OpenClawAuditResult result;
        result.note =
            tr("openclaw security audit did not answer within %1 s; showing Switchboard's own findings.")
                .arg(m_cli.timeoutMs / 1000);
        conclude(result);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        OpenClawAuditResult result;
        result.note = tr("openclaw could not be started (%1); showing Switchboard's own findings.")
                          .arg(m_process->errorString());
        conclude(result);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        OpenClawAuditResult result;
        QString problem;
        const QByteArray output = m_process->readAllStandardOutput();
        std::optional<QList<Finding>> findings =
            status == QProcess::NormalExit ? parseOpenClawAudit(output, &problem) : std::nullopt;
        if (findings)
            result.findings = *findings;
        else if (status != QProcess::NormalExit)
            result.note = tr("openclaw security audit crashed; showing Switchboard's own findings.");
        else
            result.note =
                tr("openclaw security audit (exit %1) gave no usable report: %2; showing Switchboard's own "
                   "findings.")
                    .arg(exitCode)
                    .arg(problem);
        conclude(result);
    });
    m_deadline->start(m_cli.timeoutMs);
    m_process->start();
}

void OpenClawAuditRun::conclude(OpenClawAuditResult result)
{
    if (!m_process)
        return;
    result.elapsedMs = m_elapsed.elapsed();
    m_deadline->stop();
    m_deadline->deleteLater();
    m_deadline = nullptr;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    process->deleteLater();
    Q_EMIT finished(result);
}

} // namespace sb::policy
