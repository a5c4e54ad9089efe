#include "ui/PreferencesDialog.h"

#include "app/platform/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb {

namespace {

// The channels' own names are brands, not words to translate.
QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    if (channel == QLatin1String("signal"))
        return QStringLiteral("Signal");
    return channel;
}

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
    using P = MonitoringPreferences;
    auto *layout = new QVBoxLayout(this);

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
        entry.own = new QCheckBox(tr("Own rule for %1").arg(channelLabel(channel)));
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
    QDialog::accept();
}

} // namespace sb
