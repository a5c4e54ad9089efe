#include "app/platform/Settings.h"

#include "app/platform/BuildInfo.h"
#include "app/platform/PrivateFiles.h"

#include <algorithm>

#include <QFileInfo>
#include <QMetaEnum>

namespace sb {

namespace {

const QString kProfiles = QStringLiteral("gateways/profiles");
const QString kLastProfile = QStringLiteral("gateways/lastProfileId");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kLaneSort = QStringLiteral("timeline/laneSortOrder");
const QString kTimelineSpan = QStringLiteral("timeline/spanMs");
const QString kTimelineFollow = QStringLiteral("timeline/followsNow");
const QString kLaneFilter = QStringLiteral("timeline/laneFilter");
const QString kLiveViewState = QStringLiteral("timeline/splitterState");
const QString kCollapsedGateways = QStringLiteral("timeline/collapsedGateways");
const QString kLanguage = QStringLiteral("general/language");
const QString kMonitoring = QStringLiteral("monitoring");
const QString kProofOverrides = QStringLiteral("monitoring/proofByChannel");
const QString kMutedUntil = QStringLiteral("alerts/mutedUntilMs");
const QString kTestRecipients = QStringLiteral("testRecipients");
const QString kOperators = QStringLiteral("failover/operators");

template <typename Enum>
QString enumToString(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

template <typename Enum>
Enum enumFromString(const QString &text, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? static_cast<Enum>(value) : fallback;
}

// QSettings' INI keys treat '/' as a group separator; lane names contain it.
QString recipientKey(const QString &lane)
{
    return kTestRecipients + u'/' +
           QString::fromLatin1(
               lane.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The file exists, 0600, before QSettings first writes it: QSaveFile keeps an existing file's
// mode, so every later write stays private too.
void makePrivate(const QString &file, files::ExistingFolder folder)
{
    if (files::ensurePrivateFolder(QFileInfo(file).absolutePath(), folder))
        files::ensurePrivateFile(file);
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QLatin1String(build::organizationName),
                                             QLatin1String(build::applicationName)))
{
    makePrivate(m_settings->fileName(), files::ExistingFolder::Tighten);
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    makePrivate(m_settings->fileName(), files::ExistingFolder::Keep);
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
    files::restrictToOwner(m_settings->fileName());
}

QList<GatewayProfile> Settings::profiles() const
{
    QList<GatewayProfile> result;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        GatewayProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
        profile.displayTimeZone = m_settings->value(QStringLiteral("displayTimeZone")).toString();
        profile.allowInsecure = m_settings->value(QStringLiteral("allowInsecure"), false).toBool();
        profile.watchAtStart = m_settings->value(QStringLiteral("watchAtStart"), false).toBool();
        if (!profile.id.isEmpty())
            result.append(profile);
    }
    m_settings->endArray();
    return result;
}

std::optional<GatewayProfile> Settings::profile(const QString &id) const
{
    const QList<GatewayProfile> all = profiles();
    for (const GatewayProfile &profile : all) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void Settings::saveProfile(const GatewayProfile &profile)
{
    QList<GatewayProfile> all = profiles();
    auto it =
        std::find_if(all.begin(), all.end(), [&](const GatewayProfile &p) { return p.id == profile.id; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeProfiles(all);
}

void Settings::removeProfile(const QString &id)
{
    QList<GatewayProfile> all = profiles();
    all.removeIf([&](const GatewayProfile &p) { return p.id == id; });
    writeProfiles(all);
    if (lastProfileId() == id)
        setLastProfileId({});
}

void Settings::writeProfiles(const QList<GatewayProfile> &profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const GatewayProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("url"), profile.url.toString());
        m_settings->setValue(QStringLiteral("displayTimeZone"), profile.displayTimeZone);
        m_settings->setValue(QStringLiteral("allowInsecure"), profile.allowInsecure);
        m_settings->setValue(QStringLiteral("watchAtStart"), profile.watchAtStart);
    }
    m_settings->endArray();
    sync();
    Q_EMIT profilesChanged();
}

QString Settings::lastProfileId() const
{
    return m_settings->value(kLastProfile).toString();
}

void Settings::setLastProfileId(const QString &id)
{
    m_settings->setValue(kLastProfile, id);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

Settings::LaneSortOrder Settings::laneSortOrder() const
{
    return enumFromString(m_settings->value(kLaneSort).toString(), LaneSortOrder::Severity);
}

void Settings::setLaneSortOrder(LaneSortOrder order)
{
    m_settings->setValue(kLaneSort, enumToString(order));
}

qint64 Settings::timelineSpanMs() const
{
    return m_settings->value(kTimelineSpan, 0).toLongLong();
}

void Settings::setTimelineSpanMs(qint64 span)
{
    m_settings->setValue(kTimelineSpan, span);
}

bool Settings::timelineFollowsNow() const
{
    return m_settings->value(kTimelineFollow, true).toBool();
}

void Settings::setTimelineFollowsNow(bool follow)
{
    m_settings->setValue(kTimelineFollow, follow);
}

QString Settings::laneFilter() const
{
    return m_settings->value(kLaneFilter).toString();
}

void Settings::setLaneFilter(const QString &filter)
{
    m_settings->setValue(kLaneFilter, filter);
}

QStringList Settings::collapsedGateways() const
{
    return m_settings->value(kCollapsedGateways).toStringList();
}

void Settings::setCollapsedGateways(const QStringList &gatewayIds)
{
    m_settings->setValue(kCollapsedGateways, gatewayIds);
}

QByteArray Settings::liveViewState() const
{
    return m_settings->value(kLiveViewState).toByteArray();
}

void Settings::setLiveViewState(const QByteArray &state)
{
    m_settings->setValue(kLiveViewState, state);
}

QString Settings::languageOverride() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguageOverride(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

MonitoringPreferences Settings::monitoring() const
{
    MonitoringPreferences p;
    const auto number = [this](const QString &key, int fallback) {
        bool ok = false;
        const int value = m_settings->value(kMonitoring + u'/' + key, fallback).toInt(&ok);
        return ok ? value : fallback;
    };
    p.proof.connectedMinutes = number(QStringLiteral("proofConnectedMinutes"), p.proof.connectedMinutes);
    p.proof.deliveries = number(QStringLiteral("proofDeliveries"), p.proof.deliveries);
    p.incidentGraceSeconds = number(QStringLiteral("incidentGraceSeconds"), p.incidentGraceSeconds);
    p.reconnectLimitMinutes = number(QStringLiteral("reconnectLimitMinutes"), p.reconnectLimitMinutes);
    p.alertStrikes = number(QStringLiteral("alertStrikes"), p.alertStrikes);
    p.alertWindowMinutes = number(QStringLiteral("alertWindowMinutes"), p.alertWindowMinutes);
    p.retentionDays = number(QStringLiteral("retentionDays"), p.retentionDays);
    const int count = m_settings->beginReadArray(kProofOverrides);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString channel = m_settings->value(QStringLiteral("channel")).toString().trimmed();
        bool minutesOk = false;
        bool deliveriesOk = false;
        const ProofPreference proof{m_settings->value(QStringLiteral("connectedMinutes")).toInt(&minutesOk),
                                    m_settings->value(QStringLiteral("deliveries")).toInt(&deliveriesOk)};
        if (!channel.isEmpty() && minutesOk && deliveriesOk)
            p.proofByChannel.insert(channel, proof);
    }
    m_settings->endArray();
    return p.clamped();
}

void Settings::setMonitoring(const MonitoringPreferences &preferences)
{
    const MonitoringPreferences p = preferences.clamped();
    m_settings->setValue(kMonitoring + QStringLiteral("/proofConnectedMinutes"), p.proof.connectedMinutes);
    m_settings->setValue(kMonitoring + QStringLiteral("/proofDeliveries"), p.proof.deliveries);
    m_settings->setValue(kMonitoring + QStringLiteral("/incidentGraceSeconds"), p.incidentGraceSeconds);
    m_settings->setValue(kMonitoring + QStringLiteral("/reconnectLimitMinutes"), p.reconnectLimitMinutes);
    m_settings->setValue(kMonitoring + QStringLiteral("/alertStrikes"), p.alertStrikes);
    m_settings->setValue(kMonitoring + QStringLiteral("/alertWindowMinutes"), p.alertWindowMinutes);
    m_settings->setValue(kMonitoring + QStringLiteral("/retentionDays"), p.retentionDays);
    m_settings->remove(kProofOverrides);
    m_settings->beginWriteArray(kProofOverrides, int(p.proofByChannel.size()));
    int i = 0;
    for (auto it = p.proofByChannel.cbegin(); it != p.proofByChannel.cend(); ++it, ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("channel"), it.key());
        m_settings->setValue(QStringLiteral("connectedMinutes"), it.value().connectedMinutes);
        m_settings->setValue(QStringLiteral("deliveries"), it.value().deliveries);
    }
    m_settings->endArray();
    sync();
    Q_EMIT monitoringChanged();
}

qint64 Settings::alertsMutedUntilMs() const
{
    return std::max<qint64>(0, m_settings->value(kMutedUntil, 0).toLongLong());
}

void Settings::setAlertsMutedUntilMs(qint64 until)
{
    m_settings->setValue(kMutedUntil, std::max<qint64>(0, until));
}

QString Settings::testRecipient(const QString &lane) const
{
    return m_settings->value(recipientKey(lane)).toString();
}

void Settings::setTestRecipient(const QString &lane, const QString &recipient)
{
    m_settings->setValue(recipientKey(lane), recipient);
}

QString Settings::operatorsJson() const
{
    return m_settings->value(kOperators).toString();
}

void Settings::setOperatorsJson(const QString &json)
{
    m_settings->setValue(kOperators, json);
}

} // namespace sb
