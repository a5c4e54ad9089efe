#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::linking {

// A PNG read into one luminance byte per pixel (alpha composited on white): enough to tell a
// QR code's dark modules from its light ones. Only non-interlaced PNGs, which is what QR
// encoders write; anything else is refused in words.
struct PngPixels
{
    int width = 0;
    int height = 0;
    QByteArray luminance; // width * height bytes, row by row; 0 black .. 255 white

    bool isDark(int x, int y) const { return quint8(luminance.at(y * width + x)) < 128; }
};

// A QR code as modules (one bool per module, true = dark), read from its picture.
struct QrModules
{
    int size = 0; // modules per side
    QList<bool> dark;

    bool isDark(int x, int y) const { return dark.at(y * size + x); }
};

// A QR code the gateway handed over as "data:image/png;base64,...", checked and decoded.
struct QrImage
{
    QString dataUrl; // as received: the wait call sends it back as currentQrDataUrl
    QByteArray png;
    PngPixels pixels;
};

// The gateway's limit on a QR data URL (web.login.wait currentQrDataUrl: 16384 characters).
constexpr qsizetype kMaxQrDataUrlLength = 16384;

std::optional<PngPixels> decodePng(const QByteArray &png, QString *problem);

// A qrDataUrl that is not a PNG data URL, is over 16 KB, is not base64 or does not decode as
// a PNG gives nothing, with the problem in words.
std::optional<QrImage> readQrDataUrl(const QString &dataUrl, QString *problem);

// The module grid of a QR picture: the top-left finder pattern gives the origin and the
// module size, the top-right one the width. Nothing when no finder pattern is found.
std::optional<QrModules> readQrModules(const PngPixels &pixels, QString *problem);

// The code drawn with Unicode half blocks, two modules per character cell, light modules as
// blocks (the convention of `qrencode -t UTF8` for a terminal with light text on a dark
// background), inside a quiet zone of `quietZone` modules. One line per two module rows.
QString drawQrWithHalfBlocks(const QrModules &modules, int quietZone = 2);

} // namespace sb::linking
