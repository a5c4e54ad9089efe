// The typed config model: what each account's effective policy is and where every field came
// from (account override / channel root / OpenClaw's default), and shapes it cannot read.
#include "app/policy/PolicyReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::policy::EffectivePolicy;
using sb::policy::Provenance;

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

EffectivePolicy policyOf(const QJsonObject &config, const QString &channel, const QString &account)
{
    for (const EffectivePolicy &policy :
         sb::policy::effectivePolicies(sb::policy::readPolicyConfig(config))) {
        if (policy.channel == channel && policy.accountId == account)
            return policy;
    }
    qFatal("no policy for %s/%s", qPrintable(channel), qPrintable(account));
}

// "value@provenance@path", so one column compares all three.
template <typename T>
QString describe(const sb::policy::Sourced<T> &field)
{
    QString value;
    if constexpr (std::is_same_v<T, QString>)
        value = field.value;
    else
        value = u'[' + field.value.join(u',') + u']';
    return value + u'@' + sb::policy::provenanceName(field.from) + u'@' + field.path;
}

} // namespace

class TestPolicyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveField_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        // openclaw#73756: the biz account opens DMs to anyone under a root allowlist.
        const QByteArray biz =
            R"({"channels":{"whatsapp":{"dmPolicy":"allowlist","allowFrom":["+818011112222"],
            "groupPolicy":"allowlist","accounts":{"default":{},"biz":{"dmPolicy":"open","allowFrom":["*"]}}}}})";
        QTest::newRow("biz dmPolicy from the account")
            << biz << u"whatsapp"_s << u"biz"_s << u"dmPolicy"_s
            << u"open@account@channels.whatsapp.accounts.biz.dmPolicy"_s;
        QTest::newRow("biz allowFrom from the account")
            << biz << u"whatsapp"_s << u"biz"_s << u"allowFrom"_s
            << u"[*]@account@channels.whatsapp.accounts.biz.allowFrom"_s;
        QTest::newRow("biz groupPolicy from the root")
            << biz << u"whatsapp"_s << u"biz"_s << u"groupPolicy"_s
            << u"allowlist@channel@channels.whatsapp.groupPolicy"_s;
        QTest::newRow("default dmPolicy from the root")
            << biz << u"whatsapp"_s << u"default"_s << u"dmPolicy"_s
            << u"allowlist@channel@channels.whatsapp.dmPolicy"_s;
        QTest::newRow("default allowFrom from the root")
            << biz << u"whatsapp"_s << u"default"_s << u"allowFrom"_s
            << u"[+818011112222]@channel@channels.whatsapp.allowFrom"_s;
        QTest::newRow("groupAllowFrom falls back to allowFrom")
            << biz << u"whatsapp"_s << u"biz"_s << u"groupAllowFrom"_s
            << u"[*]@default@channels.whatsapp.accounts.biz.groupAllowFrom"_s;

        // Nothing set: OpenClaw's defaults (pairing, allowlist, empty lists), on the implicit
        // default account, settable at the channel root.
        const QByteArray bare = R"({"channels":{"telegram":{"enabled":true}}})";
        QTest::newRow("default dmPolicy") << bare << u"telegram"_s << u"default"_s << u"dmPolicy"_s
                                          << u"pairing@default@channels.telegram.dmPolicy"_s;
        QTest::newRow("default groupPolicy") << bare << u"telegram"_s << u"default"_s << u"groupPolicy"_s
                                             << u"allowlist@default@channels.telegram.groupPolicy"_s;
        QTest::newRow("default allowFrom") << bare << u"telegram"_s << u"default"_s << u"allowFrom"_s
                                           << u"[]@default@channels.telegram.allowFrom"_s;
        QTest::newRow("default groupAllowFrom")
            << bare << u"telegram"_s << u"default"_s << u"groupAllowFrom"_s
            << u"[]@default@channels.telegram.groupAllowFrom"_s;

        // The story at 19:15: root groupPolicy open, a worker bot without its own policy.
        const QByteArray story = R"({"channels":{"telegram":{"dmPolicy":"pairing","groupPolicy":"open",
            "groupAllowFrom":[7123456789],"accounts":{"worker":{"name":"w","groupPolicy":"disabled"}}}}})";
        QTest::newRow("worker dmPolicy from the root")
            << story << u"telegram"_s << u"worker"_s << u"dmPolicy"_s
            << u"pairing@channel@channels.telegram.dmPolicy"_s;
        QTest::newRow("worker groupPolicy from the account")
            << story << u"telegram"_s << u"worker"_s << u"groupPolicy"_s
            << u"disabled@account@channels.telegram.accounts.worker.groupPolicy"_s;
        QTest::newRow("numeric ids read as text")
            << story << u"telegram"_s << u"worker"_s << u"groupAllowFrom"_s
            << u"[7123456789]@channel@channels.telegram.groupAllowFrom"_s;
        QTest::newRow("account default allowFrom names the account")
            << story << u"telegram"_s << u"worker"_s << u"allowFrom"_s
            << u"[]@default@channels.telegram.accounts.worker.allowFrom"_s;
    }

    void effectiveField()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, channel);
        QFETCH(QString, account);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const EffectivePolicy policy = policyOf(json(config.constData()), channel, account);
        QString actual;
        if (field == QLatin1String("dmPolicy"))
            actual = describe(policy.dmPolicy);
        else if (field == QLatin1String("groupPolicy"))
            actual = describe(policy.groupPolicy);
        else if (field == QLatin1String("allowFrom"))
            actual = describe(policy.allowFrom);
        else
            actual = describe(policy.groupAllowFrom);
        QCOMPARE(actual, expected);
    }

    void groupsAndTheirRules()
    {
        const auto config = json(R"({"channels":{"telegram":{"groups":{"-100123":{"requireMention":false,
            "allowFrom":["42"]},"*":{}},"accounts":{"a":{},"b":{"groups":{"-100999":{}}}}}}})");
        const EffectivePolicy a = policyOf(config, QStringLiteral("telegram"), QStringLiteral("a"));
        QCOMPARE(a.groups.from, Provenance::ChannelRoot);
        QCOMPARE(a.groups.value.size(), 2);
        const auto rule = std::find_if(a.groups.value.cbegin(), a.groups.value.cend(),
                                       [](const auto &g) { return g.groupId == QLatin1String("-100123"); });
        QVERIFY(rule != a.groups.value.cend());
        QCOMPARE(rule->requireMention, std::optional<bool>(false));
        QCOMPARE(rule->allowFrom, std::optional<QStringList>(QStringList{QStringLiteral("42")}));
        // An account's own groups map replaces the root's (key by key merge).
        const EffectivePolicy b = policyOf(config, QStringLiteral("telegram"), QStringLiteral("b"));
        QCOMPARE(b.groups.from, Provenance::Account);
        QCOMPARE(b.groups.value.size(), 1);
        QCOMPARE(b.groups.value.first().requireMention, std::optional<bool>());
    }

    void globalKeys()
    {
        const auto config = sb::policy::readPolicyConfig(json(R"({"tools":{"elevated":{"allowFrom":
            {"whatsapp":["+818011112222"]}}},"commands":{"ownerAllowFrom":["whatsapp:+818011112222"]},
            "agents":{"defaults":{"heartbeat":{"target":"telegram","to":"123"}},"entries":{"ops":{"heartbeat":{}}}}})"));
        // Elevated counts as enabled unless it says false.
        QCOMPARE(config.elevated.enabled.value, true);
        QCOMPARE(config.elevated.enabled.from, Provenance::Default);
        QCOMPARE(config.elevated.allowFrom.size(), 1);
        QCOMPARE(config.ownerAllowFrom.value, QStringList{QStringLiteral("whatsapp:+818011112222")});
        QCOMPARE(config.ownerAllowFrom.from, Provenance::Config);
        QCOMPARE(config.heartbeats.size(), 2);
        QCOMPARE(config.heartbeats.at(0).target.value, QStringLiteral("telegram"));
        QCOMPARE(config.heartbeats.at(0).to, QStringLiteral("123"));
        QCOMPARE(config.heartbeats.at(1).agent, QStringLiteral("ops"));
        QCOMPARE(config.heartbeats.at(1).target.value, QStringLiteral("owner"));
        QCOMPARE(config.heartbeats.at(1).target.from, Provenance::Default);

        const auto off = sb::policy::readPolicyConfig(json(R"({"tools":{"elevated":{"enabled":false}}})"));
        QCOMPARE(off.elevated.enabled.value, false);
        QCOMPARE(off.elevated.enabled.from, Provenance::Config);
    }

    void unknownShapesMakeTheChannelReadOnly_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("problemPath");
        QTest::newRow("policy outside the enum")
            << QByteArray(R"({"channels":{"telegram":{"dmPolicy":"friends"}}})")
            << u"channels.telegram.dmPolicy"_s;
        QTest::newRow("allowFrom not a list")
            << QByteArray(R"({"channels":{"signal":{"allowFrom":"+15555550100"}}})")
            << u"channels.signal.allowFrom"_s;
        QTest::newRow("legacy dm.policy")
            << QByteArray(R"({"channels":{"telegram":{"dm":{"policy":"open"}}}})")
            << u"channels.telegram.dm.policy"_s;
        QTest::newRow("account not an object")
            << QByteArray(R"({"channels":{"whatsapp":{"accounts":{"biz":true}}}})")
            << u"channels.whatsapp.accounts.biz"_s;
        QTest::newRow("an object in a list")
            << QByteArray(R"({"channels":{"whatsapp":{"accounts":{"biz":{"groupAllowFrom":[{"id":1}]}}}}})")
            << u"channels.whatsapp.accounts.biz.groupAllowFrom"_s;
    }

    void unknownShapesMakeTheChannelReadOnly()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, problemPath);
        const auto read = sb::policy::readPolicyConfig(json(config.constData()));
        QCOMPARE(read.channels.size(), 1);
        QVERIFY(read.channels.first().isReadOnly());
        QVERIFY2(read.channels.first().problems.first().startsWith(problemPath),
                 qPrintable(read.channels.first().problems.join(u'|')));
        for (const EffectivePolicy &policy : sb::policy::effectivePolicies(read))
            QVERIFY(policy.readOnly);
    }

    void readableChannelIsWritable()
    {
        const auto read = sb::policy::readPolicyConfig(json(
            R"({"channels":{"defaults":{"groupPolicy":"open"},"telegram":{"dmPolicy":"open","allowFrom":["*"]}}})"));
        QCOMPARE(read.channels.size(), 1); // channels.defaults is not a channel
        QVERIFY(!read.channels.first().isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestPolicyConfig)
#include "TestPolicyConfig.moc"
