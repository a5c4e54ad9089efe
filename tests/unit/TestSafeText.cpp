#include "app/platform/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::SafeText;

namespace {

const QChar kRlo(0x202E);
const QChar kFsi(0x2068);
const QChar kPdi(0x2069);
const QChar kLoneHigh(0xD800);
const QChar kLoneLow(0xDC00);

bool hasRawControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    }
    return false;
}

} // namespace

class TestSafeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalEscapesControls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ESC") << QStringLiteral("\x1b[31mRED") << QStringLiteral("\\x1b[31mRED");
        QTest::newRow("LF") << QStringLiteral("a\nINJECTED-LINE") << QStringLiteral("a\\nINJECTED-LINE");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("a\\0b");
        QTest::newRow("BEL") << QStringLiteral("ding\a") << QStringLiteral("ding\\x07");
        QTest::newRow("DEL") << QStringLiteral("x\x7fy") << QStringLiteral("x\\x7fy");
        QTest::newRow("C1 CSI") << QString(QStringLiteral("x") + QChar(0x9b) + QStringLiteral("2J"))
                                << QStringLiteral("x\\u009b2J");
        QTest::newRow("RLO") << QString(QStringLiteral("abc") + kRlo + QStringLiteral("def"))
                             << QStringLiteral("abc\\u202edef");
        QTest::newRow("LRI") << QString(QChar(0x2066) + QStringLiteral("x")) << QStringLiteral("\\u2066x");
        QTest::newRow("ALM") << QString(QChar(0x061C) + QStringLiteral("x")) << QStringLiteral("\\u061cx");
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
                                        << QStringLiteral("a\\u2028b");
        QTest::newRow("lone high surrogate")
            << QString(QStringLiteral("a") + kLoneHigh + QStringLiteral("b"))
            << QString(QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b"));
        QTest::newRow("lone low surrogate") << QString(kLoneLow) << QString(QChar(0xFFFD));
        QTest::newRow("plain text stays")
            << QStringLiteral("Channel error: connect ECONNREFUSED 127.0.0.1:9")
            << QStringLiteral("Channel error: connect ECONNREFUSED 127.0.0.1:9");
        QTest::newRow("emoji pair stays")
            << QString::fromUtf8("ok \xf0\x9f\x98\x80") << QString::fromUtf8("ok \xf0\x9f\x98\x80");
        QTest::newRow("accents stay") << QString::fromUtf8("Zoë ünïcode") << QString::fromUtf8("Zoë ünïcode");
    }

    void terminalEscapesControls()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString shown = SafeText::forTerminal(input);
        QCOMPARE(shown, expected);
        QVERIFY(!hasRawControl(shown));
    }

    void terminalCutsHugeFieldsWithACount()
    {
        const QString huge(100 * 1024, QLatin1Char('A'));
        const QString shown = SafeText::forTerminal(huge, 50);
        QVERIFY2(shown.size() < 80, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.startsWith(QString(50, QLatin1Char('A'))));
        QVERIFY(shown.contains(QChar(0x2026)));                       // the ellipsis
        QVERIFY(shown.contains(QString::number(100 * 1024 - 50)));    // how much was left out
        QCOMPARE(SafeText::forTerminal(huge, 0).size(), huge.size()); // 0: no limit
        QVERIFY(SafeText::forTerminal(huge).size() < 2 * SafeText::terminalFieldLimit); // default bounded
    }

    void terminalCutNeverSplitsAnEscapeOrAPair()
    {
        const QString text =
            QStringLiteral("ab\x1b") + QString::fromUtf8("\xf0\x9f\x98\x80") + QStringLiteral("tail");
        for (qsizetype limit = 1; limit < 12; ++limit) {
            const QString shown = SafeText::forTerminal(text, limit);
            QVERIFY2(!shown.contains(QLatin1Char('\x1b')), qPrintable(shown));
            for (qsizetype i = 0; i < shown.size(); ++i) {
                const QChar c = shown.at(i);
                if (c.isHighSurrogate())
                    QVERIFY(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate());
                else if (c.isLowSurrogate())
                    QVERIFY(i > 0 && shown.at(i - 1).isHighSurrogate());
            }
            // Either the whole escape is there or none of it.
            QVERIFY2(!shown.endsWith(QLatin1String("\\")) && !shown.contains(QLatin1String("\\x1…")),
                     qPrintable(shown));
        }
    }

    void jsonWithALoneSurrogateParsesBack()
    {
        const QString hostile = QStringLiteral("bad ") + kLoneHigh + QStringLiteral(" and ") + kLoneLow +
                                QStringLiteral(" \x1b[2J end");
        const QJsonObject object{{QStringLiteral("lastError"), hostile},
                                 {hostile, QJsonArray{hostile, 1, true}}};
        const QByteArray raw = QJsonDocument(SafeText::forJson(object)).toJson(QJsonDocument::Compact);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(raw, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString back = parsed.object().value(QStringLiteral("lastError")).toString();
        QCOMPARE(back, QString(QStringLiteral("bad ") + QChar(0xFFFD) + QStringLiteral(" and ") +
                               QChar(0xFFFD) + QStringLiteral(" \x1b[2J end")));
        // The key was cleaned too, and the array inside it.
        const QString cleanKey = SafeText::forJson(hostile);
        QVERIFY(parsed.object().contains(cleanKey));
        QCOMPARE(parsed.object().value(cleanKey).toArray().at(0).toString(), cleanKey);
        QCOMPARE(parsed.object().value(cleanKey).toArray().at(1).toInt(), 1);
        // No byte of the output is a raw control character: the ESC went out as \u001b.
        for (const char byte : raw)
            QVERIFY(static_cast<unsigned char>(byte) >= 0x20);
    }

    void jsonKeepsValidPairs()
    {
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        QCOMPARE(SafeText::forJson(emoji), emoji);
    }

    void labelIsOneIsolatedLine()
    {
        const QString hostile =
            QStringLiteral("evil") + kRlo + QStringLiteral("txet\nINJECTED-LINE\r\tend\x1b");
        const QString label = SafeText::forLabel(hostile);
        QVERIFY(label.startsWith(kFsi));
        QVERIFY(label.endsWith(kPdi));
        QVERIFY(!label.contains(QLatin1Char('\n')));
        QVERIFY(!label.contains(QLatin1Char('\r')));
        QVERIFY(!label.contains(kRlo));
        QVERIFY(!hasRawControl(label));
        QCOMPARE(label, QString(kFsi + QStringLiteral("evil") + QStringLiteral("txet INJECTED-LINE  end") +
                                QChar(0xFFFD) + kPdi));
    }

    void labelDropsIsolatesThatWouldCloseOurs()
    {
        // A PDI of the gateway's own would end our isolate early and let the rest leak out.
        const QString label =
            SafeText::forLabel(QString(QStringLiteral("a") + kPdi + kRlo + QStringLiteral("b")));
        QCOMPARE(label.count(kPdi), 1);
        QCOMPARE(label.count(kFsi), 1);
        QCOMPARE(label, QString(kFsi + QStringLiteral("ab") + kPdi));
    }

    void labelIsShortened()
    {
        const QString label = SafeText::forLabel(QString(100 * 1024, QLatin1Char('x')));
        QVERIFY(label.size() < SafeText::labelLimit + 40);
        QVERIFY(label.endsWith(kPdi));
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "TestSafeText.moc"
