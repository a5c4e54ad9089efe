#include "app/linking/QrMatrix.h"

#include <memory>

#include <qrencode.h>

namespace sb::linking {

std::optional<QrMatrix> encodeQr(const QByteArray &text)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.reserve(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.dark.append((code->data[i] & 1) != 0);
    return matrix;
}

QString terminalQr(const QrMatrix &matrix)
{
    constexpr int quiet = 4;
    // Light is drawn, dark is left blank: a terminal's blank is its background, and on the
    // usual dark background that reads as the code's dark modules.
    const QChar full(0x2588), upper(0x2580), lower(0x2584), blank(u' ');
    QString out;
    for (int y = -quiet; y < matrix.size + quiet; y += 2) {
        for (int x = -quiet; x < matrix.size + quiet; ++x) {
            const bool topLight = !matrix.at(x, y);
            const bool bottomLight = !matrix.at(x, y + 1);
            if (topLight && bottomLight)
                out += full;
            else if (topLight)
                out += upper;
            else if (bottomLight)
                out += lower;
            else
                out += blank;
        }
        out += u'\n';
    }
    return out;
}

} // namespace sb::linking
