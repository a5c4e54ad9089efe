#pragma once

#include "app/linking/QrImage.h"

#include <optional>

#include <QByteArray>

namespace sb::linking {

// A QR code for `text` (libqrencode, error correction M), for the Signal link URI: the wizard
// paints its modules, the terminal prints them with drawQrWithHalfBlocks().
std::optional<QrModules> encodeQr(const QByteArray &text);

} // namespace sb::linking
