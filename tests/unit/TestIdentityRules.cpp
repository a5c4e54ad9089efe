// Recipient and allowlist identities per channel: what each accepts, how pasted numbers are
// normalised, and that a rejection says what the channel expects.
#include "app/policy/IdentityRules.h"

#include <QTest>

using sb::policy::normalizeIdentity;

class TestIdentityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identities_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::addColumn<QString>("problemMentions");

        QTest::newRow("wa e164") << "whatsapp"
                                 << "+15555550100"
                                 << "+15555550100"
                                 << "";
        QTest::newRow("wa printed") << "whatsapp"
                                    << " +81 90-1234.5678 "
                                    << "+819012345678"
                                    << "";
        QTest::newRow("wa no plus") << "whatsapp"
                                    << "15555550100"
                                    << ""
                                    << "E.164";
        QTest::newRow("wa leading zero") << "whatsapp"
                                         << "+0815555550"
                                         << ""
                                         << "leading 0";
        QTest::newRow("wa too long") << "whatsapp"
                                     << "+1234567890123456"
                                     << ""
                                     << "15 digits";
        QTest::newRow("wa group") << "whatsapp"
                                  << "120363012345678901@g.us"
                                  << "120363012345678901@g.us"
                                  << "";
        QTest::newRow("wa bad jid") << "whatsapp"
                                    << "someone@s.whatsapp.net"
                                    << ""
                                    << "@g.us";
        QTest::newRow("tg user id") << "telegram"
                                    << "7123456789"
                                    << "7123456789"
                                    << "";
        QTest::newRow("tg supergroup") << "telegram"
                                       << "-1002026021219"
                                       << "-1002026021219"
                                       << "";
        QTest::newRow("tg username") << "telegram"
                                     << "@grace_ops"
                                     << "@grace_ops"
                                     << "";
        QTest::newRow("tg short username") << "telegram"
                                           << "@abc"
                                           << ""
                                           << "5 to 32";
        QTest::newRow("tg phone") << "telegram"
                                  << "+15555550100"
                                  << ""
                                  << "numeric id";
        QTest::newRow("sig e164") << "signal"
                                  << "+15555550100"
                                  << "+15555550100"
                                  << "";
        QTest::newRow("sig uuid") << "signal"
                                  << "uuid:1b2c3d4e-0000-4000-8000-123456789abc"
                                  << "uuid:1b2c3d4e-0000-4000-8000-123456789abc"
                                  << "";
        QTest::newRow("sig bad uuid") << "signal"
                                      << "uuid:1234"
                                      << ""
                                      << "uuid:";
        QTest::newRow("sig group") << "signal"
                                   << "group:aGVsbG8gd29ybGQgZ3JvdXAgaWQ="
                                   << "group:aGVsbG8gd29ybGQgZ3JvdXAgaWQ="
                                   << "";
        QTest::newRow("sig bad group") << "signal"
                                       << "group:x"
                                       << ""
                                       << "base64";
        QTest::newRow("empty") << "signal"
                               << "   "
                               << ""
                               << "enter a recipient";
        QTest::newRow("other channel") << "discord"
                                       << " 123456 "
                                       << "123456"
                                       << "";
        QTest::newRow("other with space") << "discord"
                                          << "a b"
                                          << ""
                                          << "no spaces";
        // Provider prefixes OpenClaw accepts (2026.9: extensions/telegram/src/allow-from.ts,
        // extensions/whatsapp/src/normalize-target.ts, extensions/signal/src/identity.ts),
        // written in the canonical form OpenClaw compares.
        QTest::newRow("tg prefix") << "telegram"
                                   << "tg:7123456789"
                                   << "7123456789"
                                   << "";
        QTest::newRow("telegram prefix any case") << "telegram"
                                                  << " TELEGRAM: 7123456789 "
                                                  << "7123456789"
                                                  << "";
        QTest::newRow("tg prefix group") << "telegram"
                                         << "Tg:-1002026021219"
                                         << "-1002026021219"
                                         << "";
        QTest::newRow("tg prefix username") << "telegram"
                                            << "tg:@grace_ops"
                                            << "@grace_ops"
                                            << "";
        QTest::newRow("tg prefix only once") << "telegram"
                                             << "tg:tg:7123456789"
                                             << ""
                                             << "numeric id";
        QTest::newRow("tg prefix not an id") << "telegram"
                                             << "tg:grace"
                                             << ""
                                             << "numeric id";
        QTest::newRow("other prefix on telegram") << "telegram"
                                                  << "signal:7123456789"
                                                  << ""
                                                  << "numeric id";
        QTest::newRow("wa prefix") << "whatsapp"
                                   << "whatsapp:+15555550100"
                                   << "+15555550100"
                                   << "";
        QTest::newRow("wa prefix twice any case") << "whatsapp"
                                                  << "WhatsApp:whatsapp: +1 555 555 0100"
                                                  << "+15555550100"
                                                  << "";
        QTest::newRow("wa user jid") << "whatsapp"
                                     << "15555550100@s.whatsapp.net"
                                     << "+15555550100"
                                     << "";
        QTest::newRow("wa user jid with device") << "whatsapp"
                                                 << "whatsapp:15555550100:12@s.whatsapp.net"
                                                 << "+15555550100"
                                                 << "";
        QTest::newRow("wa legacy jid") << "whatsapp"
                                       << "15555550100@c.us"
                                       << "+15555550100"
                                       << "";
        QTest::newRow("wa prefixed group") << "whatsapp"
                                           << "whatsapp:group:120363012345678901@G.US"
                                           << "120363012345678901@g.us"
                                           << "";
        QTest::newRow("tg prefix on whatsapp") << "whatsapp"
                                               << "tg:15555550100"
                                               << ""
                                               << "E.164";
        QTest::newRow("sig prefix phone") << "signal"
                                          << "signal:+15555550100"
                                          << "+15555550100"
                                          << "";
        QTest::newRow("sig prefix uuid any case") << "signal"
                                                  << "Signal:UUID:1b2c3d4e-0000-4000-8000-123456789abc"
                                                  << "uuid:1b2c3d4e-0000-4000-8000-123456789abc"
                                                  << "";
        QTest::newRow("sig bare uuid") << "signal"
                                       << "1b2c3d4e-0000-4000-8000-123456789abc"
                                       << "uuid:1b2c3d4e-0000-4000-8000-123456789abc"
                                       << "";
        QTest::newRow("sig compact uuid") << "signal"
                                          << "1b2c3d4e000040008000123456789abc"
                                          << "uuid:1b2c3d4e000040008000123456789abc"
                                          << "";
        QTest::newRow("sig prefixed group") << "signal"
                                            << "signal:group:aGVsbG8gd29ybGQgZ3JvdXAgaWQ="
                                            << "group:aGVsbG8gd29ybGQgZ3JvdXAgaWQ="
                                            << "";
        QTest::newRow("sig tg prefix") << "signal"
                                       << "tg:+15555550100"
                                       << ""
                                       << "E.164";
        QTest::newRow("markup") << "telegram"
                                << "<img src=x>"
                                << ""
                                << "numeric id";
    }

    void identities()
    {
        QFETCH(QString, channel);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, problemMentions);
        QString problem;
        const std::optional<QString> result = normalizeIdentity(channel, input, &problem);
        if (expected.isEmpty()) {
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
            QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
        } else {
            QVERIFY2(result, qPrintable(problem));
            QCOMPARE(*result, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityRules)
#include "TestIdentityRules.moc"
