#include "app/drill/QrPng.h"

#include <array>
#include <memory>

#include <QtEndian>
#include <qrencode.h>

namespace sb::drill {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, static_cast<quint32>(data.size()));
    QByteArray body(type, 4);
    body.append(data);
    png.append(body);
    appendBigEndian(png, crc32(body));
}

} // namespace

QByteArray qrPng(const QByteArray &text, int moduleSize, int quietZone)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};

    const int modules = code->width + 2 * quietZone;
    const int side = modules * moduleSize;
    QByteArray raw;
    raw.reserve((side + 1) * side);
    for (int y = 0; y < side; ++y) {
        raw.append('\0'); // filter type "none" for each scanline
        const int my = y / moduleSize - quietZone;
        for (int x = 0; x < side; ++x) {
            const int mx = x / moduleSize - quietZone;
            bool dark = false;
            if (mx >= 0 && my >= 0 && mx < code->width && my < code->width)
                dark = (code->data[my * code->width + mx] & 1U) != 0;
            raw.append(dark ? '\0' : '\xff');
        }
    }

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(side));
    appendBigEndian(header, static_cast<quint32>(side));
    header.append('\x08'); // bit depth
    header.append('\x00'); // greyscale
    header.append('\x00'); // deflate
    header.append('\x00'); // adaptive filtering
    header.append('\x00'); // no interlace
    appendChunk(png, "IHDR", header);
    // qCompress prefixes a 4-byte length to a plain zlib stream; PNG wants the zlib stream.
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(png, "IEND", {});
    return png;
}

QString qrPngDataUrl(const QByteArray &text, int moduleSize, int quietZone)
{
    const QByteArray png = qrPng(text, moduleSize, quietZone);
    if (png.isEmpty())
        return {};
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace sb::drill
