// Edits become JSON merge patches: arrays that change are sent whole with replacePaths (a
// removal never without it), nothing is sent for an edit that changes nothing, identities are
// checked per channel, read-only channels and redacted secrets are refused.
#include "app/gateway/MergePatch.h"
#include "app/policy/PatchBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sb::policy::ConfigEdit;

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *kStory = R"({"channels":{"telegram":{"botToken":"__OPENCLAW_REDACTED__","groupPolicy":"open",
    "groupAllowFrom":["7123456789","7000000009"]},"whatsapp":{"allowFrom":["+818011112222"]}},
    "tools":{"elevated":{"enabled":true}}})";

sb::policy::PlannedWrite plan(const ConfigEdit &edit, const char *config = kStory)
{
    QString problem;
    auto planned = sb::policy::planWrite(json(config), QStringLiteral("hash-1"), edit, &problem);
    if (!planned)
        qFatal("refused: %s", qPrintable(problem));
    return *planned;
}

QString refusal(const ConfigEdit &edit, const char *config = kStory)
{
    QString problem;
    const auto planned = sb::policy::planWrite(json(config), QStringLiteral("hash-1"), edit, &problem);
    return planned ? QString() : problem;
}

} // namespace

class TestPatchBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScalarChangeIsOneKey()
    {
        const auto planned = plan(ConfigEdit().set(
            ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy")), QStringLiteral("allowlist")));
        QCOMPARE(planned.preview.patchJson,
                 QStringLiteral(R"({"channels":{"telegram":{"groupPolicy":"allowlist"}}})"));
        QVERIFY(planned.preview.replacePaths.isEmpty());
        QCOMPARE(planned.preview.baseHash, QStringLiteral("hash-1"));
        QCOMPARE(planned.preview.lines.size(), 1);
        QCOMPARE(planned.preview.lines.first().path, QStringLiteral("channels.telegram.groupPolicy"));
        QCOMPARE(planned.preview.lines.first().before, QStringLiteral("\"open\""));
        QCOMPARE(planned.preview.lines.first().after, QStringLiteral("\"allowlist\""));
        QVERIFY(planned.preview.inWords().contains(QStringLiteral("\"open\" → \"allowlist\"")));
        // The secret's sentinel is never part of the patch.
        QVERIFY(!planned.preview.patchJson.contains(QStringLiteral("REDACTED")));
    }

    void aRemovalFromAListCarriesReplacePaths()
    {
        const auto planned =
            plan(ConfigEdit().set(ConfigEdit::path(QStringLiteral("channels.telegram.groupAllowFrom")),
                                  QStringList{QStringLiteral("7123456789")}));
        QCOMPARE(planned.preview.replacePaths,
                 QStringList{QStringLiteral("channels.telegram.groupAllowFrom")});
        QCOMPARE(planned.patch.patch()[u"channels"][u"telegram"][u"groupAllowFrom"].toArray(),
                 QJsonArray{QStringLiteral("7123456789")});
        QCOMPARE(planned.preview.lines.first().before, QStringLiteral(R"(["7123456789","7000000009"])"));
    }

    void removingAKeySendsNull()
    {
        const auto planned =
            plan(ConfigEdit().remove(ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy"))));
        QCOMPARE(planned.preview.patchJson,
                 QStringLiteral(R"({"channels":{"telegram":{"groupPolicy":null}}})"));
        QCOMPARE(planned.preview.lines.first().after, QString());
        QVERIFY(planned.preview.lines.first().inWords().contains(QStringLiteral("remove")));
        QVERIFY(planned.preview.replacePaths.isEmpty());
        // Removing a list is a removal of its entries: replacePaths, or the gateway refuses.
        const auto list =
            plan(ConfigEdit().remove(ConfigEdit::path(QStringLiteral("channels.telegram.groupAllowFrom"))));
        QCOMPARE(list.preview.replacePaths, QStringList{QStringLiteral("channels.telegram.groupAllowFrom")});
    }

    void anEditThatChangesNothingSendsNothing()
    {
        const auto planned = plan(ConfigEdit().set(
            ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy")), QStringLiteral("open")));
        QVERIFY(planned.preview.isEmpty());
        QVERIFY(planned.patch.isEmpty());
        QCOMPARE(planned.preview.inWords(), QStringLiteral("Nothing to change."));
        // Removing what is not there is nothing too.
        QVERIFY(plan(ConfigEdit().remove(ConfigEdit::path(QStringLiteral("channels.signal.allowFrom"))))
                    .patch.isEmpty());
    }

    void keysWithDotsStayWhole()
    {
        const auto planned = plan(ConfigEdit().set(
            {QStringLiteral("channels"), QStringLiteral("whatsapp"), QStringLiteral("groups"),
             QStringLiteral("120363012345678901@g.us"), QStringLiteral("requireMention")},
            false));
        QCOMPARE(planned.patch.patch()[u"channels"][u"whatsapp"][u"groups"][u"120363012345678901@g.us"]
                                      [u"requireMention"],
                 QJsonValue(false));
    }

    void identitiesAreCheckedPerChannel_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("refusedFor"); // empty: accepted
        QTest::addColumn<QStringList>("sent");
        QTest::newRow("telegram id") << u"channels.telegram.allowFrom"_s << QStringList{u"123456789"_s}
                                     << u""_s << QStringList{u"123456789"_s};
        QTest::newRow("telegram phone") << u"channels.telegram.allowFrom"_s << QStringList{u"+818011112222"_s}
                                        << u"telegram"_s << QStringList{};
        QTest::newRow("whatsapp spaced number")
            << u"channels.whatsapp.allowFrom"_s << QStringList{u"+81 80 3333-4444"_s} << u""_s
            << QStringList{u"+818033334444"_s};
        QTest::newRow("whatsapp user name")
            << u"channels.whatsapp.allowFrom"_s << QStringList{u"@alice"_s} << u"whatsapp"_s << QStringList{};
        QTest::newRow("wildcard anywhere")
            << u"channels.signal.groupAllowFrom"_s << QStringList{u"*"_s} << u""_s << QStringList{u"*"_s};
        QTest::newRow("owner with channel")
            << u"commands.ownerAllowFrom"_s << QStringList{u"telegram:123456789"_s} << u""_s
            << QStringList{u"telegram:123456789"_s};
        QTest::newRow("telegram prefixed, written bare")
            << u"channels.telegram.allowFrom"_s << QStringList{u"tg:123456789"_s, u"telegram:7000000009"_s}
            << u""_s << QStringList{u"123456789"_s, u"7000000009"_s};
        QTest::newRow("one identity twice")
            << u"channels.telegram.allowFrom"_s << QStringList{u"123456789"_s, u"TG:123456789"_s} << u""_s
            << QStringList{u"123456789"_s};
        QTest::newRow("owner channel any case")
            << u"commands.ownerAllowFrom"_s << QStringList{u"Telegram:tg:123456789"_s} << u""_s
            << QStringList{u"telegram:123456789"_s};
        QTest::newRow("owner without channel") << u"commands.ownerAllowFrom"_s << QStringList{u"123456789"_s}
                                               << u"channel in front"_s << QStringList{};
        QTest::newRow("elevated per provider") << u"tools.elevated.allowFrom.whatsapp"_s
                                               << QStringList{u"12"_s} << u"whatsapp"_s << QStringList{};
    }

    void identitiesAreCheckedPerChannel()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, entries);
        QFETCH(QString, refusedFor);
        QFETCH(QStringList, sent);
        const ConfigEdit edit = ConfigEdit().set(ConfigEdit::path(path), entries);
        const QString problem = refusal(edit);
        if (!refusedFor.isEmpty()) {
            QVERIFY2(problem.contains(refusedFor), qPrintable(problem));
            return;
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QJsonValue value = plan(edit).patch.patch();
        for (const QString &key : ConfigEdit::path(path))
            value = value.toObject().value(key);
        QCOMPARE(value.toArray(), QJsonArray::fromStringList(sent));
    }

    // Entries already in the list stay as the operator (or OpenClaw) wrote them, even in a form
    // Switchboard would write otherwise; a new entry for the same identity adds nothing.
    void entriesAlreadyThereAreKeptAsWritten()
    {
        const char *config = R"({"channels":{"telegram":{"allowFrom":["tg:123456789","@legacy_name"]}}})";
        const QStringList path{u"channels"_s, u"telegram"_s, u"allowFrom"_s};
        const auto sent = [&](const QStringList &entries) {
            QJsonValue value = plan(ConfigEdit().set(path, entries), config).patch.patch();
            for (const QString &key : path)
                value = value.toObject().value(key);
            return value.toArray();
        };
        QCOMPARE(sent({u"tg:123456789"_s, u"@legacy_name"_s, u"tg:7000000009"_s}),
                 QJsonArray::fromStringList({u"tg:123456789"_s, u"@legacy_name"_s, u"7000000009"_s}));
        // "123456789" is the user "tg:123456789" already names: nothing changes, nothing is sent.
        QVERIFY(
            plan(ConfigEdit().set(path, QStringList{u"tg:123456789"_s, u"@legacy_name"_s, u"123456789"_s}),
                 config)
                .patch.isEmpty());
    }

    void theRedactedSentinelIsNeverAValue()
    {
        const QString problem =
            refusal(ConfigEdit().set(ConfigEdit::path(QStringLiteral("channels.telegram.botToken")),
                                     QStringLiteral("__OPENCLAW_REDACTED__")));
        QVERIFY2(problem.contains(QStringLiteral("redacted")), qPrintable(problem));
    }

    void aReadOnlyChannelIsNeverRewritten()
    {
        const char *odd = R"({"channels":{"telegram":{"dmPolicy":"friends"},"whatsapp":{}}})";
        const QString problem =
            refusal(ConfigEdit().set(ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy")),
                                     QStringLiteral("allowlist")),
                    odd);
        QVERIFY2(problem.contains(QStringLiteral("read-only")), qPrintable(problem));
        // Another, readable channel of the same config can still be edited.
        QVERIFY(!plan(ConfigEdit().set(ConfigEdit::path(QStringLiteral("channels.whatsapp.groupPolicy")),
                                       QStringLiteral("disabled")),
                      odd)
                     .patch.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPatchBuilder)
#include "TestPatchBuilder.moc"
