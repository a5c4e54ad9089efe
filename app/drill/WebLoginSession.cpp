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

void WebLoginSession::wait(const QJsonObject &params, const Reply &reply)
{
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
    if (!m_active)
        return;
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
    finishWaiters();
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
