#include "app/linking/QrImage.h"

#include <QCoreApplication>
#include <QtEndian>

namespace sb::linking {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::linking::QrImage", text);
}

constexpr int kMaxSide = 4096;
const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);
const QString kDataUrlPrefix = QStringLiteral("data:image/png;base64,");

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

struct Header
{
    int width = 0;
    int height = 0;
    int bitDepth = 0;
    int colourType = 0;
    int interlace = 0;
};

int channelsOf(int colourType)
{
    switch (colourType) {
    case 0:
    case 3:
        return 1;
    case 2:
        return 3;
    case 4:
        return 2;
    case 6:
        return 4;
    default:
        return 0;
    }
}

bool validDepth(int colourType, int depth)
{
    switch (colourType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

// Undoes the per-row filters in place; `rows` holds a filter byte before each row.
bool unfilter(QByteArray &rows, int height, qsizetype rowBytes, int pixelBytes)
{
    auto *data = reinterpret_cast<quint8 *>(rows.data());
    for (int y = 0; y < height; ++y) {
        quint8 *row = data + y * (rowBytes + 1);
        const quint8 filter = row[0];
        quint8 *line = row + 1;
        const quint8 *above = y > 0 ? data + (y - 1) * (rowBytes + 1) + 1 : nullptr;
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int left = i >= pixelBytes ? line[i - pixelBytes] : 0;
            const int up = above ? above[i] : 0;
            const int upLeft = above && i >= pixelBytes ? above[i - pixelBytes] : 0;
            int add = 0;
            switch (filter) {
            case 0:
                break;
            case 1:
                add = left;
                break;
            case 2:
                add = up;
                break;
            case 3:
                add = (left + up) / 2;
                break;
            case 4:
                add = paeth(left, up, upLeft);
                break;
            default:
                return false;
            }
            line[i] = quint8(line[i] + add);
        }
    }
    return true;
}

} // namespace

std::optional<PngPixels> decodePng(const QByteArray &png, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!png.startsWith(kPngSignature))
        return fail(tr("the image is not a PNG"));
    Header header;
    QByteArray palette;
    QByteArray compressed;
    bool sawHeader = false;
    bool sawEnd = false;
    for (qsizetype at = kPngSignature.size(); at + 12 <= png.size() && !sawEnd;) {
        const quint32 length = bigEndian32(png, at);
        if (length > quint32(png.size() - at - 12))
            return fail(tr("the PNG is cut short"));
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray body = png.mid(at + 8, qsizetype(length));
        if (type == "IHDR") {
            if (body.size() != 13)
                return fail(tr("the PNG header is damaged"));
            header.width = int(qMin<quint32>(bigEndian32(body, 0), kMaxSide + 1));
            header.height = int(qMin<quint32>(bigEndian32(body, 4), kMaxSide + 1));
            header.bitDepth = quint8(body.at(8));
            header.colourType = quint8(body.at(9));
            header.interlace = quint8(body.at(12));
            sawHeader = true;
        } else if (type == "PLTE") {
            palette = body;
        } else if (type == "IDAT") {
            compressed += body;
        } else if (type == "IEND") {
            sawEnd = true;
        }
        at += 12 + qsizetype(length);
    }
    if (!sawHeader || compressed.isEmpty())
        return fail(tr("the PNG has no image data"));
    if (header.width < 1 || header.height < 1 || header.width > kMaxSide || header.height > kMaxSide)
        return fail(tr("the PNG is %1 × %2 pixels, not a QR code").arg(header.width).arg(header.height));
    if (!validDepth(header.colourType, header.bitDepth))
        return fail(tr("the PNG's colour type %1 at %2 bits is not valid")
                        .arg(header.colourType)
                        .arg(header.bitDepth));
    if (header.interlace != 0)
        return fail(tr("interlaced PNGs are not read here"));
    if (header.colourType == 3 && palette.isEmpty())
        return fail(tr("the PNG's palette is missing"));

    const int channels = channelsOf(header.colourType);
    const int bitsPerPixel = channels * header.bitDepth;
    const qsizetype rowBytes = (qsizetype(header.width) * bitsPerPixel + 7) / 8;
    const qsizetype expected = (rowBytes + 1) * header.height;
    // qUncompress reads zlib data behind a 4-byte big-endian size: PNG's IDAT is plain zlib.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(expected), framed.data());
    QByteArray rows = qUncompress(framed + compressed);
    if (rows.size() < expected)
        return fail(tr("the PNG's image data does not decompress"));
    if (!unfilter(rows, header.height, rowBytes, qMax(1, bitsPerPixel / 8)))
        return fail(tr("the PNG uses an unknown row filter"));

    const auto *data = reinterpret_cast<const quint8 *>(rows.constData());
    const int maxSample = (1 << qMin(header.bitDepth, 8)) - 1;
    const auto sample = [&](const quint8 *line, int index) -> int {
        // Sample `index` of the row, scaled to 0..255 (16-bit samples: the high byte).
        if (header.bitDepth == 16)
            return line[index * 2];
        if (header.bitDepth == 8)
            return line[index];
        const int perByte = 8 / header.bitDepth;
        const int shift = 8 - header.bitDepth * (index % perByte + 1);
        const int value = (line[index / perByte] >> shift) & maxSample;
        return header.colourType == 3 ? value : value * 255 / maxSample;
    };
    PngPixels pixels;
    pixels.width = header.width;
    pixels.height = header.height;
    pixels.luminance.resize(qsizetype(header.width) * header.height);
    for (int y = 0; y < header.height; ++y) {
        const quint8 *line = data + y * (rowBytes + 1) + 1;
        for (int x = 0; x < header.width; ++x) {
            int r = 0, g = 0, b = 0, alpha = 255;
            switch (header.colourType) {
            case 0:
                r = g = b = sample(line, x);
                break;
            case 4:
                r = g = b = sample(line, x * 2);
                alpha = sample(line, x * 2 + 1);
                break;
            case 2:
                r = sample(line, x * 3);
                g = sample(line, x * 3 + 1);
                b = sample(line, x * 3 + 2);
                break;
            case 6:
                r = sample(line, x * 4);
                g = sample(line, x * 4 + 1);
                b = sample(line, x * 4 + 2);
                alpha = sample(line, x * 4 + 3);
                break;
            case 3: {
                const int index = sample(line, x);
                if ((index + 1) * 3 > palette.size())
                    return fail(tr("the PNG points past its palette"));
                r = quint8(palette.at(index * 3));
                g = quint8(palette.at(index * 3 + 1));
                b = quint8(palette.at(index * 3 + 2));
                break;
            }
            }
            const int grey = (r * 299 + g * 587 + b * 114) / 1000;
            const int onWhite = (grey * alpha + 255 * (255 - alpha)) / 255;
            pixels.luminance[qsizetype(y) * header.width + x] = char(onWhite);
        }
    }
    return pixels;
}

std::optional<QrImage> readQrDataUrl(const QString &dataUrl, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!dataUrl.startsWith(kDataUrlPrefix))
        return fail(
            tr("The gateway's QR code is not a PNG image (it does not start with %1).").arg(kDataUrlPrefix));
    if (dataUrl.size() > kMaxQrDataUrlLength)
        return fail(tr("The gateway's QR code is %1 characters long, more than the 16 KB a QR image may be.")
                        .arg(dataUrl.size()));
    const auto decoded = QByteArray::fromBase64Encoding(dataUrl.mid(kDataUrlPrefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(tr("The gateway's QR code is not valid base64."));
    QString why;
    auto pixels = decodePng(decoded.decoded, &why);
    if (!pixels)
        return fail(tr("The gateway's QR code cannot be read: %1.").arg(why));
    return QrImage{dataUrl, decoded.decoded, std::move(*pixels)};
}

std::optional<QrModules> readQrModules(const PngPixels &pixels, QString *problem)
{
    // The first dark pixel in reading order is the top-left corner of the top-left finder
    // pattern, whose top edge is 7 modules of dark.
    int originX = -1;
    int originY = -1;
    for (int y = 0; y < pixels.height && originX < 0; ++y) {
        for (int x = 0; x < pixels.width; ++x) {
            if (pixels.isDark(x, y)) {
                originX = x;
                originY = y;
                break;
            }
        }
    }
    if (originX < 0) {
        if (problem)
            *problem = tr("the picture has no dark modules");
        return std::nullopt;
    }
    int run = 0;
    while (originX + run < pixels.width && pixels.isDark(originX + run, originY))
        ++run;
    int lastDark = originX;
    for (int x = pixels.width - 1; x > originX; --x) {
        if (pixels.isDark(x, originY)) {
            lastDark = x;
            break;
        }
    }
    const double module = run / 7.0;
    const int size = int((lastDark - originX + 1) / module + 0.5);
    if (run < 7 || size < 21 || originY + size * module > pixels.height + 1) {
        if (problem)
            *problem = tr("no QR finder pattern in the picture");
        return std::nullopt;
    }
    QrModules modules;
    modules.size = size;
    modules.dark.reserve(qsizetype(size) * size);
    for (int row = 0; row < size; ++row) {
        for (int column = 0; column < size; ++column) {
            const int x = qMin(pixels.width - 1, int(originX + (column + 0.5) * module));
            const int y = qMin(pixels.height - 1, int(originY + (row + 0.5) * module));
            modules.dark.append(pixels.isDark(x, y));
        }
    }
    return modules;
}

QString drawQrWithHalfBlocks(const QrModules &modules, int quietZone)
{
    const int side = modules.size + 2 * quietZone;
    const auto light = [&](int x, int y) {
        const int mx = x - quietZone;
        const int my = y - quietZone;
        if (mx < 0 || my < 0 || mx >= modules.size || my >= modules.size)
            return true;
        return !modules.isDark(mx, my);
    };
    QString text;
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < side ? light(x, y + 1) : false;
            if (top && bottom)
                text += QChar(0x2588); // █
            else if (top)
                text += QChar(0x2580); // ▀
            else if (bottom)
                text += QChar(0x2584); // ▄
            else
                text += u' ';
        }
        text += u'\n';
    }
    return text;
}

} // namespace sb::linking
