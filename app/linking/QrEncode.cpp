#include "app/linking/QrEncode.h"

#include <memory>

#include <qrencode.h>

namespace sb::linking {

std::optional<QrModules> encodeQr(const QByteArray &text)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrModules modules;
    modules.size = code->width;
    modules.dark.reserve(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        modules.dark.append((code->data[i] & 1) != 0);
    return modules;
}

} // namespace sb::linking
