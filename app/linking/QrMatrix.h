#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::linking {

// A QR code as modules (libqrencode), for the Signal link URI: the wizard paints it, the
// terminal prints it with half blocks.
struct QrMatrix
{
    int size = 0;     // modules per side, without the quiet zone
    QList<bool> dark; // size*size, row by row

    bool at(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark.at(y * size + x); }
};

std::optional<QrMatrix> encodeQr(const QByteArray &text);

// The code in Unicode half blocks (two module rows per text line) with a 4-module quiet zone,
// dark modules as spaces on a light block background so it scans on dark terminals too.
QString terminalQr(const QrMatrix &matrix);

} // namespace sb::linking
