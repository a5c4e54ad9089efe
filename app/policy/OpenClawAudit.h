#pragma once

#include "app/policy/PolicyAudit.h"

#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;
class QTimer;

namespace sb::policy {

// `openclaw security audit --json`'s report ({ts, summary, findings:[{checkId, severity,
// title, detail, remediation?}]}) as findings marked OpenClaw, or nothing with the problem in
// words when the text is not such a report.
std::optional<QList<Finding>> parseOpenClawAudit(const QByteArray &json, QString *problem);

// How to run the CLI on this machine.
struct OpenClawCli
{
    QString program; // the `openclaw` executable
    QStringList arguments{QStringLiteral("security"), QStringLiteral("audit"), QStringLiteral("--json")};
    QProcessEnvironment environment =
        QProcessEnvironment::systemEnvironment(); // HOME decides the config read
    int timeoutMs = 120000;                       // measured: 16-80 s on a loaded machine

    // `openclaw` on PATH (or OPENCLAW_CLI), or nothing when there is none.
    static std::optional<OpenClawCli> find(const QProcessEnvironment &environment);
};

struct OpenClawAuditResult
{
    QList<Finding> findings; // empty when the run failed
    QString note;            // why OpenClaw's findings are missing, in words; empty when they are here
    qint64 elapsedMs = 0;
};

// Runs the CLI in the background (never on the UI thread: it takes seconds). A missing
// program, a run past the timeout, a non-zero exit without a report or text that is not a
// report all end in `finished` with no findings and a note, so the caller shows the built-in
// findings alone.
class OpenClawAuditRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenClawAuditRun)

public:
    explicit OpenClawAuditRun(OpenClawCli cli, QObject *parent = nullptr);
    ~OpenClawAuditRun() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const sb::policy::OpenClawAuditResult &result);

private:
    void conclude(OpenClawAuditResult result);

    OpenClawCli m_cli;
    QProcess *m_process = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_elapsed;
};

} // namespace sb::policy

Q_DECLARE_METATYPE(sb::policy::OpenClawAuditResult)
