#include "ui/PreferencesDialog.h"

#include "app/failover/Operators.h"
#include "app/health/LaneKey.h"
#include "app/platform/Settings.h"
#include "models/failover/OperatorsModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *pages = new QTabWidget;
    pages->setObjectName(QStringLiteral("preferencesPages"));
    pages->addTab(monitoringPage(), tr("Monitoring"));
    pages->addTab(operatorsPage(), tr("Operators"));
    layout->addWidget(pages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(MonitoringPreferences{}); });
    layout->addWidget(buttons);

    setPreferences(m_settings.monitoring());
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::monitoringPage()
{
    using P = MonitoringPreferences;
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("monitoringPage"));
    auto *layout = new QVBoxLayout(page);

    auto *proofBox = new QGroupBox(tr("Proof of recovery"));
    auto *proofLayout = new QVBoxLayout(proofBox);
    proofLayout->addWidget(
        note(tr("A lane that comes back stays on probation until it has been connected this long "
                "and delivered this many messages, with no drop in between.")));
    auto *proofGrid = new QGridLayout;
    proofGrid->addWidget(new QLabel(tr("Connected for")), 0, 1);
    proofGrid->addWidget(new QLabel(tr("Deliveries")), 0, 2);
    proofGrid->addWidget(new QLabel(tr("Every channel")), 1, 0);
    m_proofMinutes = spinBox(QStringLiteral("proofMinutesSpinBox"), P::kMinConnectedMinutes,
                             P::kMaxConnectedMinutes, tr(" min"));
    m_proofDeliveries =
        spinBox(QStringLiteral("proofDeliveriesSpinBox"), P::kMinDeliveries, P::kMaxDeliveries, QString());
    proofGrid->addWidget(m_proofMinutes, 1, 1);
    proofGrid->addWidget(m_proofDeliveries, 1, 2);
    int row = 2;
    for (const QString &channel : P::knownChannels()) {
        ChannelRow entry;
        entry.channel = channel;
        entry.own = new QCheckBox(tr("Own rule for %1").arg(channelDisplayName(channel)));
        entry.own->setObjectName(channel + QStringLiteral("OwnProofCheckBox"));
        entry.minutes = spinBox(channel + QStringLiteral("ProofMinutesSpinBox"), P::kMinConnectedMinutes,
                                P::kMaxConnectedMinutes, tr(" min"));
        entry.deliveries = spinBox(channel + QStringLiteral("ProofDeliveriesSpinBox"), P::kMinDeliveries,
                                   P::kMaxDeliveries, QString());
        connect(entry.own, &QCheckBox::toggled, entry.minutes, &QWidget::setEnabled);
        connect(entry.own, &QCheckBox::toggled, entry.deliveries, &QWidget::setEnabled);
        proofGrid->addWidget(entry.own, row, 0);
        proofGrid->addWidget(entry.minutes, row, 1);
        proofGrid->addWidget(entry.deliveries, row, 2);
        m_channels << entry;
        ++row;
    }
    proofLayout->addLayout(proofGrid);
    layout->addWidget(proofBox);

    auto *trouble = new QGroupBox(tr("Incidents and alerts"));
    auto *troubleForm = new QFormLayout(trouble);
    m_incidentGrace =
        spinBox(QStringLiteral("incidentGraceSpinBox"), 0, P::kMaxIncidentGraceSeconds, tr(" s"));
    troubleForm->addRow(tr("Open an incident after a lane is out of healthy for"), m_incidentGrace);
    m_reconnectLimit = spinBox(QStringLiteral("reconnectLimitSpinBox"), P::kMinReconnectLimitMinutes,
                               P::kMaxReconnectLimitMinutes, tr(" min"));
    troubleForm->addRow(tr("A lane whose endpoint does not answer needs a person after"), m_reconnectLimit);
    m_alertStrikes =
        spinBox(QStringLiteral("alertStrikesSpinBox"), P::kMinAlertStrikes, P::kMaxAlertStrikes, {});
    troubleForm->addRow(tr("Notify about a flapping lane after this many drops"), m_alertStrikes);
    m_alertWindow = spinBox(QStringLiteral("alertWindowSpinBox"), P::kMinAlertWindowMinutes,
                            P::kMaxAlertWindowMinutes, tr(" min"));
    troubleForm->addRow(tr("...within"), m_alertWindow);
    troubleForm->addRow(note(tr("A lane that needs a person (logged out, conflict, blocked, stopped) is "
                                "notified at once, whatever the count.")));
    layout->addWidget(trouble);

    auto *history = new QGroupBox(tr("History"));
    auto *historyForm = new QFormLayout(history);
    m_retention = spinBox(QStringLiteral("retentionSpinBox"), 0, P::kMaxRetentionDays, tr(" days"));
    m_retention->setSpecialValueText(tr("forever"));
    historyForm->addRow(tr("Keep events for"), m_retention);
    historyForm->addRow(
        note(tr("Older events are deleted; the timeline's state segments and incidents are kept.")));
    layout->addWidget(history);

    return page;
}

QWidget *PreferencesDialog::operatorsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("operatorsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        note(tr("The people a failover keeps reachable: a name and where each answers per channel "
                "(WhatsApp: phone number as +15555550100; Signal: phone number or uuid:…; Telegram: "
                "numeric user id). The Failover window and switchboardctl failover read this list.")));
    m_operators = new failover::OperatorsModel(this);
    m_operatorsView = new QTableView;
    m_operatorsView->setObjectName(QStringLiteral("operatorsView"));
    m_operatorsView->setModel(m_operators);
    m_operatorsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_operatorsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operatorsView->verticalHeader()->hide();
    m_operatorsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_operatorsView, 1);
    m_operatorsProblem = new QLabel;
    m_operatorsProblem->setObjectName(QStringLiteral("operatorsProblem"));
    m_operatorsProblem->setTextFormat(Qt::PlainText);
    m_operatorsProblem->setWordWrap(true);
    m_operatorsProblem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_operatorsProblem->hide();
    layout->addWidget(m_operatorsProblem);
    auto *add = new QPushButton(tr("&Add operator"));
    add->setObjectName(QStringLiteral("addOperatorButton"));
    auto *remove = new QPushButton(tr("&Remove operator"));
    remove->setObjectName(QStringLiteral("removeOperatorButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex name =
            m_operators->index(m_operators->addOperator(), failover::OperatorsModel::NameColumn);
        m_operatorsView->setCurrentIndex(name);
        m_operatorsView->edit(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_operatorsView->currentIndex().isValid())
            m_operators->removeOperator(m_operatorsView->currentIndex().row());
    });
    connect(m_operators, &failover::OperatorsModel::refused, this, [this](const QString &problem) {
        m_operatorsProblem->setText(problem);
        m_operatorsProblem->show();
    });
    const auto edited = [this] {
        m_operatorsEdited = true;
        m_operatorsProblem->hide();
    };
    connect(m_operators, &QAbstractItemModel::dataChanged, this, edited);
    connect(m_operators, &QAbstractItemModel::rowsInserted, this, edited);
    connect(m_operators, &QAbstractItemModel::rowsRemoved, this, edited);

    QString problem;
    const std::optional<QList<failover::Operator>> stored =
        failover::operatorsFromSettings(m_settings, &problem);
    if (stored) {
        m_operators->setOperators(*stored);
    } else {
        // Kept in the file as it is until this list is edited: nothing is lost by looking.
        m_operatorsProblem->setText(
            tr("The operators in the settings file do not read (%1). They are left as they are unless you "
               "edit this list.")
                .arg(problem));
        m_operatorsProblem->show();
    }
    return page;
}

QSpinBox *PreferencesDialog::spinBox(const QString &objectName, int minimum, int maximum,
                                     const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

MonitoringPreferences PreferencesDialog::preferences() const
{
    MonitoringPreferences p;
    p.proof = {m_proofMinutes->value(), m_proofDeliveries->value()};
    for (const ChannelRow &entry : m_channels) {
        if (entry.own->isChecked())
            p.proofByChannel.insert(entry.channel, {entry.minutes->value(), entry.deliveries->value()});
    }
    p.incidentGraceSeconds = m_incidentGrace->value();
    p.reconnectLimitMinutes = m_reconnectLimit->value();
    p.alertStrikes = m_alertStrikes->value();
    p.alertWindowMinutes = m_alertWindow->value();
    p.retentionDays = m_retention->value();
    return p.clamped();
}

void PreferencesDialog::setPreferences(const MonitoringPreferences &preferences)
{
    const MonitoringPreferences p = preferences.clamped();
    m_proofMinutes->setValue(p.proof.connectedMinutes);
    m_proofDeliveries->setValue(p.proof.deliveries);
    for (const ChannelRow &entry : std::as_const(m_channels)) {
        const bool own = p.proofByChannel.contains(entry.channel);
        const ProofPreference proof = p.proofFor(entry.channel);
        entry.own->setChecked(own);
        entry.minutes->setValue(proof.connectedMinutes);
        entry.deliveries->setValue(proof.deliveries);
        entry.minutes->setEnabled(own);
        entry.deliveries->setEnabled(own);
    }
    m_incidentGrace->setValue(p.incidentGraceSeconds);
    m_reconnectLimit->setValue(p.reconnectLimitMinutes);
    m_alertStrikes->setValue(p.alertStrikes);
    m_alertWindow->setValue(p.alertWindowMinutes);
    m_retention->setValue(p.retentionDays);
}

void PreferencesDialog::accept()
{
    const MonitoringPreferences p = preferences();
    // Only a change is news: the running session re-reads on monitoringChanged.
    if (!(p == m_settings.monitoring()))
        m_settings.setMonitoring(p);
    if (m_operatorsEdited)
        failover::saveOperators(m_settings, m_operators->operators());
    QDialog::accept();
}

} // namespace sb
