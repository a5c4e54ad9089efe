// Reasons as ids and arguments: what the history stores survives a round trip, text written
// before ids still reads, and the English rendering is the wording the engine always used
// (expected strings written from DESIGN §4 and the strings tests have compared for releases).
#include "app/health/Reason.h"

#include <QTest>

using sb::health::Reason;

class TestReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeDecodeRoundTrip()
    {
        Reason reason = Reason::of(QStringLiteral("relinked"), {QStringLiteral("4")});
        reason.append(Reason::of(QStringLiteral("stopped-detail"),
                                 {QStringLiteral("quote \" backslash \\ newline\n 日本語 ; [x]")}));
        reason.append(Reason::of(QStringLiteral("possible-ban"),
                                 {QStringLiteral(" (503)"), QStringLiteral("loss.dropped")},
                                 QStringLiteral(" (428)")));
        reason.append(Reason::verbatim(QStringLiteral("[not json")));
        const QString stored = reason.encode();
        QCOMPARE(Reason::decode(stored), reason);
        QCOMPARE(Reason::decode(stored).text(), reason.text());

        QCOMPARE(Reason().encode(), QString());
        QVERIFY(Reason::decode(QString()).isEmpty());
        QVERIFY(Reason::verbatim(QString()).isEmpty());
    }

    void storedFormHoldsIdsNotWords()
    {
        const Reason reason = Reason::of(QStringLiteral("reconnected"), {QStringLiteral("3")})
                                  .append(Reason::of(QStringLiteral("deliveries-proven"),
                                                     {QStringLiteral("1"), QStringLiteral("3")}));
        const QString stored = reason.encode();
        QVERIFY2(!stored.contains(QLatin1String("min ago")), qPrintable(stored));
        QVERIFY2(!stored.contains(QLatin1String("deliveries proven")), qPrintable(stored));
        QVERIFY(stored.contains(QLatin1String("deliveries-proven")));
    }

    void textWrittenBeforeIdsReadsAsWritten()
    {
        for (const QString &old : {QStringLiteral("session revoked (401)"), QStringLiteral("[half a bracket"),
                                   QStringLiteral("[1, 2]"), QStringLiteral("[{\"no\":\"id\"}]")}) {
            const Reason reason = Reason::decode(old);
            QCOMPARE(reason.text(), old);
            QCOMPARE(reason.parts().size(), 1);
            QCOMPARE(reason.parts()[0].id, QString(Reason::kVerbatim));
        }
    }

    void rendersTheEnglishWording()
    {
        Reason probation = Reason::of(QStringLiteral("relinked"), {QStringLiteral("4")});
        probation.append(
            Reason::of(QStringLiteral("deliveries-proven"), {QStringLiteral("1"), QStringLiteral("3")}));
        probation.append(Reason::of(QStringLiteral("more-minutes-needed"), {QStringLiteral("11")}));
        QCOMPARE(
            probation.text(),
            QStringLiteral("re-linked 4 min ago; 1 of 3 deliveries proven; 11 more min connected needed"));

        QCOMPARE(Reason::of(QStringLiteral("possible-ban"),
                            {QStringLiteral(" (503)"), QStringLiteral("loss.dropped")},
                            QStringLiteral(" (428)"))
                     .text(),
                 QStringLiteral("possible ban: a send failed (503) while the lane was on probation, then the "
                                "connection dropped (428)"));
        QCOMPARE(
            Reason::of(QStringLiteral("no-connection-endpoint"),
                       {QStringLiteral("7"), QStringLiteral("http://127.0.0.1:9")},
                       QStringLiteral(" (connect ECONNREFUSED 127.0.0.1:9)"))
                .text(),
            QStringLiteral("no connection for 7 min while the gateway retries: http://127.0.0.1:9 does not "
                           "answer (connect ECONNREFUSED 127.0.0.1:9)"));
        QCOMPARE(Reason::of(QStringLiteral("stopped-detail"), {QStringLiteral("not running")}).text(),
                 QStringLiteral("the channel stopped: not running"));
    }

    void classificationRowsRenderThroughTheirRule()
    {
        QCOMPARE(Reason::of(QStringLiteral("whatsapp.401-logged-out")).text(),
                 QStringLiteral(
                     "session revoked (401): the device was unlinked, the stored credentials are useless"));
        QCOMPARE(Reason::of(QStringLiteral("signal.5xx-server-error"), {QStringLiteral("502")}).text(),
                 QStringLiteral("the Signal daemon or server failed (502); the gateway reconnects"));
        QCOMPARE(Reason::of(QStringLiteral("any.delivery-failed")).withTail(QStringLiteral(" (500)")).text(),
                 QStringLiteral("a send failed (500)"));
    }

    void anUnknownIdShowsTheId()
    {
        // A history written by a newer Switchboard.
        QCOMPARE(Reason::of(QStringLiteral("engine.from-the-future"), {QStringLiteral("x")}).text(),
                 QStringLiteral("engine.from-the-future"));
    }

    void mappedCleansFreeTextOnly()
    {
        const Reason reason =
            Reason::of(QStringLiteral("possible-ban"),
                       {QStringLiteral(" (503)"), QStringLiteral("loss.dropped")},
                       QStringLiteral(" (+15551234567)"))
                .append(Reason::of(QStringLiteral("unreadable"), {QStringLiteral("+15551234567 said no")}));
        const Reason clean = reason.mapped([](const QString &text) {
            return QString(text).replace(QStringLiteral("+15551234567"), QStringLiteral("<redacted>"));
        });
        QCOMPARE(clean.parts()[0].args[1], QStringLiteral("loss.dropped")); // an id stays an id
        QCOMPARE(clean.parts()[0].tail, QStringLiteral(" (<redacted>)"));
        QCOMPARE(clean.parts()[1].args[0], QStringLiteral("<redacted> said no"));
        QCOMPARE(clean.parts()[1].id, QStringLiteral("unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestReason)
#include "TestReason.moc"
