#include "tests/drill/RawWebSocket.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

namespace sb::drill::test {

namespace {
// The drill server lives in the test's own thread, so never block: spin the event loop.
template <typename Predicate>
bool pumpUntil(Predicate done, const QDeadlineTimer &deadline)
{
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(2);
    }
    return true;
}
} // namespace

bool RawWebSocket::open(const QUrl &url, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!pumpUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, deadline))
        return false;
    const QByteArray request =
        "GET / HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port()) +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n";
    m_socket.write(request);
    if (!pumpUntil(
            [this] {
                m_buffer += m_socket.readAll();
                return m_buffer.contains("\r\n\r\n");
            },
            deadline))
        return false;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    const bool upgraded = m_buffer.startsWith("HTTP/1.1 101");
    m_buffer.remove(0, end + 4);
    return upgraded;
}

void RawWebSocket::sendText(const QByteArray &text)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (text.size() < 126) {
        frame.append(char(0x80 | text.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((text.size() >> 8) & 0xff));
        frame.append(char(text.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < text.size(); ++i)
        frame.append(char(text.at(i) ^ key[i % 4]));
    m_socket.write(frame);
    m_socket.flush();
}

bool RawWebSocket::readFrame(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_buffer.size() >= 2) {
            const auto b0 = static_cast<quint8>(m_buffer.at(0));
            const auto b1 = static_cast<quint8>(m_buffer.at(1));
            qsizetype header = 2;
            quint64 length = b1 & 0x7f;
            if (length == 126 && m_buffer.size() >= 4) {
                length = (quint64(quint8(m_buffer.at(2))) << 8) | quint8(m_buffer.at(3));
                header = 4;
            } else if (length == 127 && m_buffer.size() >= 10) {
                length = 0;
                for (int i = 0; i < 8; ++i)
                    length = (length << 8) | quint8(m_buffer.at(2 + i));
                header = 10;
            }
            if ((b1 & 0x7f) < 126 || header > 2) {
                if (quint64(m_buffer.size()) >= header + length) {
                    const QByteArray payload = m_buffer.mid(header, qsizetype(length));
                    m_buffer.remove(0, header + qsizetype(length));
                    const int opcode = b0 & 0x0f;
                    if (opcode == 0x1)
                        m_texts.append(payload);
                    else if (opcode == 0x8)
                        m_closeCode =
                            payload.size() >= 2 ? (quint8(payload.at(0)) << 8) | quint8(payload.at(1)) : 1005;
                    return true;
                }
            }
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0) {
            m_ended = true;
            return false;
        }
        if (deadline.hasExpired())
            return false;
        QTest::qWait(2);
        m_buffer += m_socket.readAll();
    }
}

std::optional<QByteArray> RawWebSocket::readText(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_texts.isEmpty()) {
        if (m_closeCode || m_ended ||
            !readFrame(static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    return m_texts.takeFirst();
}

std::optional<int> RawWebSocket::waitClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closeCode && !m_ended && !deadline.hasExpired())
        readFrame(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    return m_closeCode;
}

} // namespace sb::drill::test
