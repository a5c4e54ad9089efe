#include "ui/GatewayPanel.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/platform/SafeText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return GatewayPanel::tr("%1 min").arg(minutes);
    return GatewayPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

GatewayPanel::GatewayPanel(const QString &title, gateway::GatewayMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("gatewayPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *titleLabel = new QLabel(title);
    titleLabel->setObjectName(QStringLiteral("gatewayTitleLabel"));
    titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    layout->addWidget(titleLabel);

    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("gatewayStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_stateLabel);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("gatewayErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *factsBox = new QGroupBox(tr("Gateway"));
    auto *facts = new QFormLayout(factsBox);
    m_versionLabel = addFact(facts, tr("Server version"), QStringLiteral("serverVersionLabel"));
    m_protocolLabel = addFact(facts, tr("Protocol"), QStringLiteral("protocolLabel"));
    m_uptimeLabel = addFact(facts, tr("Uptime"), QStringLiteral("uptimeLabel"));
    m_authLabel = addFact(facts, tr("Auth mode"), QStringLiteral("authModeLabel"));
    m_scopesLabel = addFact(facts, tr("Granted scopes"), QStringLiteral("scopesLabel"));
    m_tickLabel = addFact(facts, tr("Tick interval"), QStringLiteral("tickIntervalLabel"));
    m_configPathLabel = addFact(facts, tr("Config file"), QStringLiteral("configPathLabel"));
    layout->addWidget(factsBox);

    auto *channelsBox = new QGroupBox(tr("Channel accounts"));
    auto *channelsLayout = new QVBoxLayout(channelsBox);
    m_accountsTable = new QTableView;
    m_accountsTable->setObjectName(QStringLiteral("accountsTableView"));
    m_accountsTable->setModel(&m_accounts);
    m_accountsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountsTable->verticalHeader()->hide();
    m_accountsTable->horizontalHeader()->setStretchLastSection(true);
    channelsLayout->addWidget(m_accountsTable);
    m_issuesLabel = new QLabel;
    m_issuesLabel->setObjectName(QStringLiteral("statusIssuesLabel"));
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setWordWrap(true);
    channelsLayout->addWidget(m_issuesLabel);
    layout->addWidget(channelsBox, 1);

    connect(&m_monitor, &gateway::GatewayMonitor::stateChanged, this, &GatewayPanel::updateState);
    connect(&m_monitor, &gateway::GatewayMonitor::helloReceived, this, &GatewayPanel::showHello);
    connect(&m_monitor, &gateway::GatewayMonitor::channelsUpdated, this, &GatewayPanel::showChannels);
    connect(&m_monitor, &gateway::GatewayMonitor::pollFailed, this, &GatewayPanel::updateState);
    if (const auto &hello = m_monitor.connection().hello())
        showHello(*hello);
    if (const auto &status = m_monitor.lastStatus())
        showChannels(*status);
    updateState();
}

QLabel *GatewayPanel::addFact(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(QStringLiteral("–"));
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void GatewayPanel::updateState()
{
    m_stateLabel->setText(SafeText::forLabel(m_monitor.describeState()));
    const auto &connectionError = m_monitor.connection().lastError();
    const auto &pollError = m_monitor.lastPollError();
    const gateway::GatewayError *error = nullptr;
    if (m_monitor.connection().state() != gateway::ConnectionState::Connected && connectionError)
        error = &*connectionError;
    else if (pollError)
        error = &*pollError;
    if (!error) {
        m_errorLabel->hide();
        return;
    }
    // Connection errors come from Connection, below the redaction in GatewayClient.
    const gateway::GatewayError clean = error->redacted();
    QString text = tr("Last error: %1").arg(SafeText::forLabel(clean.userMessage()));
    const QString next = clean.recommendedNextStep();
    if (!next.isEmpty())
        text += QLatin1Char('\n') + tr("Recommended next step: %1").arg(SafeText::forLabel(next));
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

void GatewayPanel::showHello(const gateway::HelloOk &hello)
{
    m_versionLabel->setText(hello.serverVersion.isEmpty() ? tr("not reported")
                                                          : SafeText::forLabel(hello.serverVersion));
    m_protocolLabel->setText(QString::number(hello.protocol));
    m_uptimeLabel->setText(hello.uptimeMs ? durationText(*hello.uptimeMs) : tr("not reported"));
    m_authLabel->setText(hello.authMode.isEmpty() ? tr("not reported") : SafeText::forLabel(hello.authMode));
    m_scopesLabel->setText(hello.scopes.isEmpty()
                               ? tr("none reported")
                               : SafeText::forLabel(hello.scopes.join(QStringLiteral(", "))));
    m_tickLabel->setText(tr("%1 s").arg(hello.tickIntervalMs / 1000.0));
    m_configPathLabel->setText(hello.configPath.isEmpty() ? tr("not reported")
                                                          : SafeText::forLabel(hello.configPath));
}

void GatewayPanel::showChannels(const gateway::ChannelsStatus &status)
{
    m_accounts.setStatus(status);
    m_accountsTable->resizeColumnsToContents();

    QStringList issues;
    for (const gateway::StatusIssue &issue : status.issues) {
        QString line = QStringLiteral("%1/%2: %3")
                           .arg(SafeText::forLabel(issue.channel), SafeText::forLabel(issue.accountId),
                                SafeText::forLabel(issue.message));
        if (!issue.fix.isEmpty())
            line += QStringLiteral(" — ") + SafeText::forLabel(issue.fix);
        issues << line;
    }
    QStringList unreadable;
    for (const gateway::ChannelStatus &channel : status.channels) {
        for (const QString &problem : channel.problems)
            unreadable << SafeText::forLabel(problem);
    }
    QStringList sections;
    if (!unreadable.isEmpty())
        sections
            << tr("Could not read (these lanes read unknown):\n%1").arg(unreadable.join(QLatin1Char('\n')));
    if (!issues.isEmpty())
        sections << tr("Status issues:\n%1").arg(issues.join(QLatin1Char('\n')));
    m_issuesLabel->setText(sections.join(QStringLiteral("\n\n")));
    updateState();
}

} // namespace sb
