#pragma once

// Reads QR codes back with a real decoder (zbarimg, Debian zbar-tools): the picture the wizard
// shows and the half blocks the terminal draws must both scan to what the gateway encoded.
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace sb::test {

// What zbarimg reads in `image`, or an empty string (with a warning) when it reads nothing.
inline QString scanQr(const QImage &image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    if (!image.save(path)) {
        qWarning("cannot write %s", qPrintable(path));
        return {};
    }
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0) {
        qWarning("zbarimg: exit %d %s", zbar.exitCode(), zbar.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

inline bool haveZbar()
{
    return !QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty();
}

// The terminal's half blocks as a picture: light where a block is drawn, dark elsewhere (the
// terminal's own background, also around the drawing), `scale` pixels per module.
inline QImage pictureOfHalfBlocks(const QString &text, int scale = 6)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    qsizetype width = 0;
    for (const QString &line : lines)
        width = qMax(width, line.size());
    const int border = 4;
    QImage image(int(width + 2 * border) * scale, int(lines.size() * 2 + 2 * border) * scale,
                 QImage::Format_Grayscale8);
    image.fill(Qt::black);
    const auto paint = [&](qsizetype column, qsizetype row) {
        for (int dy = 0; dy < scale; ++dy)
            for (int dx = 0; dx < scale; ++dx)
                image.setPixel(int(column + border) * scale + dx, int(row + border) * scale + dy, 0xffffffff);
    };
    for (qsizetype y = 0; y < lines.size(); ++y) {
        for (qsizetype x = 0; x < lines.at(y).size(); ++x) {
            const char16_t c = lines.at(y).at(x).unicode();
            if (c == 0x2588 || c == 0x2580)
                paint(x, y * 2);
            if (c == 0x2588 || c == 0x2584)
                paint(x, y * 2 + 1);
        }
    }
    return image;
}

} // namespace sb::test
