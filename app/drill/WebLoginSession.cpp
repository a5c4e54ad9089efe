#include "app/drill/WebLoginSession.h"

#include "app/drill/DrillWorld.h"
#include "app/drill/QrPng.h"

#include <QRandomGenerator>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultWaitMs = 120000;
const QString kSubsystem = u"channels/whatsapp"_s;
} // namespace

WebLoginSession::WebLoginSession(DrillWorld *world, QObject *parent)
    : QObject(parent)
    , m_world(world)
{
    m_rotateTimer.setSingleShot(false);
    connect(&m_rotateTimer, &QTimer::timeout, this, &WebLoginSession::rotate);
    m_completeTimer.setSingleShot(true);
    connect(&m_completeTimer, &QTimer::timeout, this, &WebLoginSession::completeScan);
}

QString WebLoginSession::makeQr()
{
    // Shaped like a WhatsApp Web pairing payload (ref,publicKey,identityKey,advSecret) so the
    // code looks real to a phone camera app; it links nothing.
    const auto random = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
        return bytes.toBase64();
    };
    const QByteArray payload = "2@" + random().left(40) + "," + random() + "," + random() + "," + random();
    ++m_generation;
    return qrPngDataUrl(payload);
}

void WebLoginSession::start(const QJsonObject &params, const Reply &reply)
{
    if (!m_options.available) {
        reply.ok(QJsonObject{{u"message"_s, m_options.failureMessage}});
        return;
    }
    const QString accountId = params.value(u"accountId"_s).toString(u"default"_s);
    const QJsonObject snapshot = m_world->channels().account(u"whatsapp"_s, accountId);
    const bool force = params.value(u"force"_s).toBool();
    if (snapshot.value(u"linked"_s).toBool() && snapshot.value(u"connected"_s).toBool() && !force) {
        reply.ok(QJsonObject{
            {u"message"_s,
             u"WhatsApp is already linked (+81 90-0000-0000). Say “relink” if you want a fresh QR."_s}});
        return;
    }
    if (m_active && !force) {
        reply.ok(QJsonObject{{u"message"_s, u"QR already active. Scan it in WhatsApp → Linked Devices."_s},
                             {u"qrDataUrl"_s, m_qr}});
        return;
    }
    m_active = true;
    m_scanned = false;
    m_undelivered.reset();
    m_startedAt.start();
    m_accountId = accountId;
    m_qr = makeQr();
    // The gateway stops the channel for the QR takeover.
    m_world->channels().stopped(u"whatsapp"_s, accountId, m_world->now(), false);
    m_world->log(u"INFO"_s, kSubsystem, u"[%1] web login started; waiting for QR scan"_s.arg(accountId));
    m_rotateTimer.start(m_options.qrRotateMs);
    if (m_options.completeAfterMs >= 0)
        m_completeTimer.start(m_options.completeAfterMs);
    reply.ok(
        QJsonObject{{u"qrDataUrl"_s, m_qr}, {u"message"_s, u"Scan this QR in WhatsApp → Linked Devices."_s}});
}

std::optional<WebLoginSession::ScanOutcome> WebLoginSession::outcomeFromName(const QString &name)
{
    static const QHash<QString, ScanOutcome> names{{u"link"_s, ScanOutcome::Link},
                                                   {u"restart515"_s, ScanOutcome::RestartThenLink},
                                                   {u"conflict440"_s, ScanOutcome::Conflict},
                                                   {u"loggedOut401"_s, ScanOutcome::LoggedOut},
                                                   {u"cooldown"_s, ScanOutcome::Cooldown},
                                                   {u"fail"_s, ScanOutcome::Fail}};
    const auto it = names.constFind(name);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

void WebLoginSession::wait(const QJsonObject &params, const Reply &reply)
{
    ++m_waitCalls;
    if (m_undelivered) {
        reply.ok(*std::exchange(m_undelivered, std::nullopt));
        return;
    }
    // Freshness is checked when a wait begins, as isLoginFresh() does in the plugin.
    if (m_active && m_startedAt.elapsed() > m_options.loginTtlMs) {
        endLogin({});
        reply.ok(QJsonObject{{u"connected"_s, false},
                             {u"message"_s, u"The login QR expired. Ask me to generate a new one."_s}});
        return;
    }
    if (!m_active) {
        reply.ok(
            QJsonObject{{u"connected"_s, false}, {u"message"_s, u"No active WhatsApp login in progress."_s}});
        return;
    }
    const QString shown = params.value(u"currentQrDataUrl"_s).toString();
    if (!shown.isEmpty() && shown != m_qr) {
        reply.ok(
            QJsonObject{{u"connected"_s, false},
                        {u"message"_s, u"QR refreshed. Scan the latest code in WhatsApp → Linked Devices."_s},
                        {u"qrDataUrl"_s, m_qr}});
        return;
    }
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    const int waitMs = params.value(u"timeoutMs"_s).toInt(kDefaultWaitMs);
    m_waiters.append(Waiter{reply, m_qr, timeout});
    connect(timeout, &QTimer::timeout, this, [this, timeout] {
        for (qsizetype i = 0; i < m_waiters.size(); ++i) {
            if (m_waiters.at(i).timeout == timeout) {
                const Waiter waiter = m_waiters.takeAt(i);
                waiter.reply.ok(QJsonObject{
                    {u"connected"_s, false},
                    {u"message"_s, u"Still waiting for the QR scan. Let me know when you’ve scanned it."_s}});
                break;
            }
        }
        timeout->deleteLater();
    });
    timeout->start(waitMs);
}

void WebLoginSession::rotate()
{
    if (!m_active)
        return;
    m_qr = makeQr();
    finishWaiters();
}

void WebLoginSession::completeScan()
{
    if (!m_active || m_scanned)
        return;
    m_rotateTimer.stop();
    m_completeTimer.stop();
    switch (m_options.outcome) {
    case ScanOutcome::Link:
        link();
        return;
    case ScanOutcome::RestartThenLink: {
        // The plugin logs the 515 and restarts the login socket once. Its wait stays open
        // meanwhile; the drill answers the waiting console with the log line instead, so
        // the console's "expected, carrying on" page is shown (the console then waits again).
        m_scanned = true;
        const QString restart =
            u"WhatsApp asked for a restart after pairing (code 515); waiting for creds to save…"_s;
        m_world->log(u"INFO"_s, kSubsystem, restart);
        answerWaiters(QJsonObject{{u"connected"_s, false}, {u"message"_s, restart}});
        QTimer::singleShot(m_options.restartDelayMs, this, [this] {
            if (m_active)
                link();
        });
        return;
    }
    case ScanOutcome::Conflict:
        endLogin(u"WhatsApp login failed: Stream Errored (conflict)"_s);
        return;
    case ScanOutcome::LoggedOut:
        endLogin(
            u"WhatsApp reported the session is logged out. Cleared cached web session; please scan a new QR."_s);
        return;
    case ScanOutcome::Cooldown:
        endLogin(u"WhatsApp login failed: Can’t link new devices at this time. Try again later."_s);
        return;
    case ScanOutcome::Fail:
        endLogin(u"Login ended without a connection."_s);
        return;
    }
}

void WebLoginSession::endLogin(const QString &message)
{
    m_active = false;
    m_scanned = false;
    m_rotateTimer.stop();
    m_completeTimer.stop();
    if (!message.isEmpty()) {
        m_world->log(u"ERROR"_s, kSubsystem, u"[%1] %2"_s.arg(m_accountId, message));
        answerWaiters(QJsonObject{{u"connected"_s, false}, {u"message"_s, message}});
    } else {
        answerWaiters(QJsonObject{{u"connected"_s, false},
                                  {u"message"_s, u"The login QR expired. Ask me to generate a new one."_s}});
    }
}

void WebLoginSession::answerWaiters(const QJsonObject &answer)
{
    // Like the plugin, an outcome nobody was waiting for is kept for the next wait.
    if (m_waiters.isEmpty())
        m_undelivered = answer;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        waiter.timeout->stop();
        waiter.timeout->deleteLater();
        waiter.reply.ok(answer);
    }
}

void WebLoginSession::link()
{
    m_scanned = true;
    m_active = false;
    m_rotateTimer.stop();
    m_completeTimer.stop();
    const QDateTime now = m_world->now();
    m_world->channels().connected(u"whatsapp"_s, m_accountId, now);
    m_world->log(
        u"INFO"_s, kSubsystem,
        u"[%1] WhatsApp Web linked; listening for personal WhatsApp inbound messages."_s.arg(m_accountId));
    m_world->publishHealth();
    answerWaiters(QJsonObject{{u"connected"_s, true}, {u"message"_s, u"✅ Linked! WhatsApp is ready."_s}});
    Q_EMIT linked(m_accountId);
}

void WebLoginSession::finishWaiters()
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        waiter.timeout->stop();
        waiter.timeout->deleteLater();
        if (m_scanned) {
            waiter.reply.ok(
                QJsonObject{{u"connected"_s, true}, {u"message"_s, u"✅ Linked! WhatsApp is ready."_s}});
        } else {
            waiter.reply.ok(QJsonObject{
                {u"connected"_s, false},
                {u"message"_s, u"QR refreshed. Scan the latest code in WhatsApp → Linked Devices."_s},
                {u"qrDataUrl"_s, m_qr}});
        }
    }
}

} // namespace sb::drill
