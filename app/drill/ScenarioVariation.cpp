#include "app/drill/ScenarioVariation.h"

#include <QRegularExpression>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

// "+819011112222" with k = 3 → "+819011110003": the same country and length, another phone.
QString numberEndingIn(const QString &number, const QString &suffix)
{
    if (number.size() <= suffix.size())
        return number;
    return number.chopped(suffix.size()) + suffix;
}

QJsonObject renamedAccount(QJsonObject account, int gatewayNumber)
{
    const QString suffix = QString::number(gatewayNumber).rightJustified(4, u'0');
    if (account.value(u"name"_s).isString())
        account.insert(u"name"_s, u"gw%1_%2"_s.arg(gatewayNumber).arg(account.value(u"name"_s).toString()));
    if (account.value(u"self"_s).isObject()) {
        QJsonObject self = account.value(u"self"_s).toObject();
        if (self.value(u"e164"_s).isString())
            self.insert(u"e164"_s, numberEndingIn(self.value(u"e164"_s).toString(), suffix));
        if (self.value(u"jid"_s).isString()) {
            // "819011112222:12@s.whatsapp.net": the phone is the part before the device and host.
            const QString jid = self.value(u"jid"_s).toString();
            static const QRegularExpression userEndPattern(u"[:@]"_s);
            const qsizetype userEnd = jid.indexOf(userEndPattern);
            const QString user = userEnd < 0 ? jid : jid.left(userEnd);
            self.insert(u"jid"_s, QString(numberEndingIn(user, suffix) + jid.mid(user.size())));
        }
        account.insert(u"self"_s, self);
    }
    return account;
}

bool isWhatsAppOnly(const Scenario::Step &step)
{
    if (step.data.value(u"channel"_s).toString() == QLatin1String("whatsapp"))
        return true;
    if (step.kind == QLatin1String("webLogin"))
        return true;
    return step.kind == QLatin1String("log") &&
           step.data.value(u"subsystem"_s).toString().startsWith(QLatin1String("channels/whatsapp"));
}

// A gateway whose openclaw.json has WhatsApp switched off: the plugin is loaded but not
// configured, linked or running.
void withoutWhatsApp(QJsonObject &initial)
{
    QJsonObject config = initial.value(u"config"_s).toObject();
    QJsonObject configChannels = config.value(u"channels"_s).toObject();
    QJsonObject whatsappConfig = configChannels.value(u"whatsapp"_s).toObject();
    whatsappConfig.insert(u"enabled"_s, false);
    configChannels.insert(u"whatsapp"_s, whatsappConfig);
    config.insert(u"channels"_s, configChannels);
    initial.insert(u"config"_s, config);

    QJsonObject channels = initial.value(u"channels"_s).toObject();
    QJsonObject whatsapp = channels.value(u"whatsapp"_s).toObject();
    QJsonObject account = whatsapp.value(u"default"_s).toObject();
    const QJsonObject off{{u"enabled"_s, false},         {u"configured"_s, false},
                          {u"linked"_s, false},          {u"running"_s, false},
                          {u"connected"_s, false},       {u"healthState"_s, u"not-running"_s},
                          {u"lifecycle"_s, u"stopped"_s}};
    for (auto it = off.begin(); it != off.end(); ++it)
        account.insert(it.key(), it.value());
    whatsapp.insert(u"default"_s, account);
    channels.insert(u"whatsapp"_s, whatsapp);
    initial.insert(u"channels"_s, channels);
}

} // namespace

Scenario fleetVariation(const Scenario &story, int gatewayNumber)
{
    if (gatewayNumber <= 1)
        return story;
    Scenario variation = story;
    variation.name = u"%1-gw%2"_s.arg(story.name).arg(gatewayNumber);
    variation.title = u"%1 (fleet variation %2)"_s.arg(story.title).arg(gatewayNumber);

    const bool noWhatsApp = gatewayNumber % 2 == 0;
    QJsonObject initial = story.initial;
    QJsonObject channels = initial.value(u"channels"_s).toObject();
    for (auto channel = channels.begin(); channel != channels.end(); ++channel) {
        QJsonObject accounts = channel.value().toObject();
        for (auto account = accounts.begin(); account != accounts.end(); ++account)
            account.value() = renamedAccount(account.value().toObject(), gatewayNumber);
        channel.value() = accounts;
    }
    initial.insert(u"channels"_s, channels);
    if (noWhatsApp)
        withoutWhatsApp(initial);
    variation.initial = initial;

    const qint64 lag = (gatewayNumber - 1) * kFleetStaggerMs;
    variation.steps.clear();
    for (Scenario::Step step : story.steps) {
        if (noWhatsApp && isWhatsAppOnly(step))
            continue;
        step.at = step.at.addMSecs(lag);
        variation.steps.append(step);
    }
    return variation;
}

} // namespace sb::drill
