#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

namespace sb::drill::test {

// A bare RFC 6455 client over QTcpSocket, for what QWebSocket hides: Qt 6.4 rewrites close
// codes it does not know (1012 service restart, 1013 try again later) into 1002, and reports
// 1000 for a connection that ended without any close frame. Tests that must see the code the
// drill actually put on the wire use this.
class RawWebSocket
{
public:
    bool open(const QUrl &url, int timeoutMs = 5000);
    void sendText(const QByteArray &text);
    // Reads frames until a text frame arrives (returned) or the connection ends.
    std::optional<QByteArray> readText(int timeoutMs = 5000);
    // Reads until the server closes: the close frame's code, or nothing when the TCP
    // connection ended without a close frame.
    std::optional<int> waitClose(int timeoutMs = 5000);
    bool sawCloseFrame() const { return m_closeCode.has_value(); }

private:
    bool readFrame(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<QByteArray> m_texts;
    std::optional<int> m_closeCode;
    bool m_ended = false;
};

} // namespace sb::drill::test
