#include "app/drill/ScenarioPlayer.h"

#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioSteps.h"

#include <QJsonArray>
namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {
// Re-check at least this often, so a speed change or a clock jump is noticed.
constexpr qint64 kMaxWaitMs = 1000;
} // namespace

ScenarioPlayer::ScenarioPlayer(Scenario scenario, DrillWorld *world, DrillGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_world(world)
    , m_gateway(gateway)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScenarioPlayer::onTimer);
}

void ScenarioPlayer::applyInitialState()
{
    const QJsonObject initial = m_scenario.initial;
    if (initial.contains(u"config"_s)) {
        // The initial config replaces the drill's; keep gateway.auth so the token stays valid.
        QJsonObject config = initial.value(u"config"_s).toObject();
        const QJsonObject current = m_world->config().config();
        QJsonObject gatewaySection = config.value(u"gateway"_s).toObject();
        gatewaySection.insert(u"auth"_s, current.value(u"gateway"_s).toObject().value(u"auth"_s));
        config.insert(u"gateway"_s, gatewaySection);
        m_world->config().replace(config);
    }
    const QJsonObject channels = initial.value(u"channels"_s).toObject();
    for (auto channel = channels.begin(); channel != channels.end(); ++channel) {
        const QJsonObject accounts = channel.value().toObject();
        for (auto account = accounts.begin(); account != accounts.end(); ++account)
            m_world->channels().merge(channel.key(), account.key(), account.value().toObject());
    }
    for (const QJsonValue &line : initial.value(u"logs"_s).toArray()) {
        const QJsonObject entry = line.toObject();
        m_world->log(entry.value(u"level"_s).toString(u"INFO"_s), entry.value(u"subsystem"_s).toString(),
                     entry.value(u"message"_s).toString());
    }
}

void ScenarioPlayer::start()
{
    // While playing, the world answers as of its clock (steps already due applied first).
    m_catchUp = connect(m_world, &DrillWorld::catchUpRequested, this, [this] {
        if (!m_applying)
            applyDue();
    });
    schedule();
}

void ScenarioPlayer::stop()
{
    disconnect(m_catchUp);
    m_timer.stop();
}

void ScenarioPlayer::schedule()
{
    if (isFinished()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_world->clock().wallMsUntil(m_scenario.steps.at(m_next).at);
    m_timer.start(static_cast<int>(std::min(wait, kMaxWaitMs)));
}

void ScenarioPlayer::onTimer()
{
    applyDue();
    schedule();
}

void ScenarioPlayer::applyDue()
{
    const QDateTime now = m_world->now();
    const bool wasFinished = isFinished();
    m_applying = true;
    while (!isFinished() && m_scenario.steps.at(m_next).at <= now) {
        const Scenario::Step &step = m_scenario.steps.at(m_next);
        ++m_next;
        apply(step);
        Q_EMIT stepApplied(m_next - 1, step.kind);
    }
    m_applying = false;
    if (!wasFinished && isFinished())
        Q_EMIT finished();
}

void ScenarioPlayer::fastForwardTo(const QDateTime &at)
{
    const bool wasFinished = isFinished();
    while (!isFinished() && m_scenario.steps.at(m_next).at <= at) {
        const Scenario::Step &step = m_scenario.steps.at(m_next);
        if (m_world->now() < step.at)
            m_world->clock().jumpTo(step.at);
        ++m_next;
        apply(step);
        Q_EMIT stepApplied(m_next - 1, step.kind);
    }
    if (m_world->now() < at)
        m_world->clock().jumpTo(at);
    if (!wasFinished && isFinished())
        Q_EMIT finished();
    schedule();
}

void ScenarioPlayer::runToEnd()
{
    fastForwardTo(m_scenario.end());
}

void ScenarioPlayer::apply(const Scenario::Step &step)
{
    StepTargets targets{m_world, m_gateway.data(), m_signal.data()};
    m_world->setEventTime(step.at);
    applyStep(step, targets);
    m_world->setEventTime(std::nullopt);
}

} // namespace sb::drill
