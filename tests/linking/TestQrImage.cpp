// QR pictures: the gateway's data URL checked (PNG, 16 KB, base64), read by the small PNG
// reader in every colour type a QR encoder writes, and both the wizard's picture and the
// terminal's half blocks scanned by zbarimg back to what the drill encoded.
#include "app/drill/QrPng.h"
#include "app/linking/QrImage.h"
#include "tests/linking/QrScan.h"

#include <QBuffer>
#include <QTest>

using namespace sb::linking;

namespace {

const QByteArray kPayload = "2@Xy12AbCdEfGh,IjKlMnOpQrStUvWxYz0123456789+/=,AAAA,BBBB";

QString dataUrlOf(const QByteArray &png)
{
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestQrImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatIsNotAQrPicture_data()
    {
        QTest::addColumn<QString>("dataUrl");
        QTest::addColumn<QString>("words");
        QTest::newRow("jpeg") << QStringLiteral("data:image/jpeg;base64,/9j/4AAQ")
                              << QStringLiteral("not a PNG");
        QTest::newRow("not a data url")
            << QStringLiteral("https://example.com/qr.png") << QStringLiteral("not a PNG");
        QTest::newRow("over 16 KB") << QStringLiteral("data:image/png;base64,") + QString(17000, u'A')
                                    << QStringLiteral("more than the 16 KB");
        QTest::newRow("not base64") << QStringLiteral("data:image/png;base64,iVBO<script>")
                                    << QStringLiteral("not valid base64");
        QTest::newRow("base64 of text")
            << dataUrlOf("hello, not a png") << QStringLiteral("the image is not a PNG");
        QByteArray cut = sb::drill::qrPng(kPayload);
        cut.truncate(cut.size() / 2);
        QTest::newRow("cut short") << dataUrlOf(cut) << QStringLiteral("cannot be read");
    }

    void refusesWhatIsNotAQrPicture()
    {
        QFETCH(QString, dataUrl);
        QFETCH(QString, words);
        QString problem;
        QVERIFY(!readQrDataUrl(dataUrl, &problem));
        QVERIFY2(problem.contains(words), qPrintable(problem));
    }

    // The colour types QR encoders write (the drill's greyscale, the plugin's RGBA, palette).
    void readsEveryColourType_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("1-bit palette") << int(QImage::Format_Mono);
        QTest::newRow("grey") << int(QImage::Format_Grayscale8);
        QTest::newRow("rgb") << int(QImage::Format_RGB888);
        QTest::newRow("rgba") << int(QImage::Format_ARGB32);
        QTest::newRow("8-bit palette") << int(QImage::Format_Indexed8);
    }

    void readsEveryColourType()
    {
        QFETCH(int, format);
        QImage source;
        QVERIFY(source.loadFromData(sb::drill::qrPng(kPayload)));
        QImage converted = source.convertToFormat(QImage::Format(format));
        if (format == int(QImage::Format_ARGB32)) // light modules transparent: read as on white
            for (int y = 0; y < converted.height(); ++y)
                for (int x = 0; x < converted.width(); ++x)
                    if (qGray(converted.pixel(x, y)) > 128)
                        converted.setPixel(x, y, qRgba(0, 0, 0, 0));
        QString problem;
        const auto pixels = decodePng(pngOf(converted), &problem);
        QVERIFY2(pixels, qPrintable(problem));
        QCOMPARE(pixels->width, source.width());
        for (int y = 0; y < source.height(); y += 3)
            for (int x = 0; x < source.width(); x += 3)
                QCOMPARE(pixels->isDark(x, y), qGray(source.pixel(x, y)) < 128);
    }

    // What the wizard shows (the PNG at >= 264 px) and what the terminal draws both scan.
    void bothPicturesScanToWhatTheDrillEncoded()
    {
        if (!sb::test::haveZbar())
            QSKIP("zbarimg (zbar-tools) is not installed");
        const QString dataUrl = sb::drill::qrPngDataUrl(kPayload);
        QString problem;
        const auto image = readQrDataUrl(dataUrl, &problem);
        QVERIFY2(image, qPrintable(problem));

        QImage shown;
        QVERIFY(shown.loadFromData(image->png));
        shown = shown.scaled(qMax(264, shown.width()), qMax(264, shown.height()), Qt::KeepAspectRatio,
                             Qt::FastTransformation);
        QCOMPARE(sb::test::scanQr(shown), QString::fromLatin1(kPayload));

        const auto modules = readQrModules(image->pixels, &problem);
        QVERIFY2(modules, qPrintable(problem));
        QVERIFY(modules->size >= 21 && (modules->size - 17) % 4 == 0);
        const QString drawn = drawQrWithHalfBlocks(*modules);
        QCOMPARE(drawn.count(u'\n'), (modules->size + 4 + 1) / 2);
        QCOMPARE(sb::test::scanQr(sb::test::pictureOfHalfBlocks(drawn)), QString::fromLatin1(kPayload));
    }
};

QTEST_MAIN(TestQrImage)
#include "TestQrImage.moc"
