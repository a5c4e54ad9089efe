#pragma once

#include <QByteArray>
#include <QString>

namespace sb::drill {

// Encodes text as a QR code (libqrencode) and returns it as a "data:image/png;base64,..." URL,
// the form web.login.start/wait hand to the console. The PNG is written by hand (greyscale,
// zlib via qCompress) because switchboard_core links Qt Core only, not Qt Gui's QImage.
QString qrPngDataUrl(const QByteArray &text, int moduleSize = 4, int quietZone = 4);

// The raw PNG bytes; exposed for tests that decode it.
QByteArray qrPng(const QByteArray &text, int moduleSize = 4, int quietZone = 4);

} // namespace sb::drill
