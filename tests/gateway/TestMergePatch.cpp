#include "app/gateway/MergePatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb::gateway;

class TestMergePatch : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

private Q_SLOTS:
    void buildsNestedPatch()
    {
        MergePatch patch;
        patch.set(QStringLiteral("channels.telegram.groupPolicy"), QStringLiteral("allowlist"))
            .set(QStringLiteral("channels.telegram.enabled"), true)
            .remove(QStringLiteral("channels.signal"));
        QCOMPARE(
            patch.patch(),
            json(R"({"channels":{"telegram":{"groupPolicy":"allowlist","enabled":true},"signal":null}})"));
        QCOMPARE(QJsonDocument::fromJson(patch.toText().toUtf8()).object(), patch.patch());
        QVERIFY(patch.replacePaths().isEmpty());
    }

    void keyWithDotUsesListPath()
    {
        MergePatch patch;
        patch.set(QStringList{QStringLiteral("groups"), QStringLiteral("-100.5")}, 1);
        QCOMPARE(patch.patch(), json(R"({"groups":{"-100.5":1}})"));
    }

    void diffRoundTripsThroughApply()
    {
        const QJsonObject before = json(
            R"({"a":1,"b":{"c":2,"d":[1,2,3],"keep":"x"},"gone":true,"secret":"__OPENCLAW_REDACTED__"})");
        const QJsonObject after = json(
            R"({"a":2,"b":{"c":2,"d":[1,3],"keep":"x","new":{"n":1}},"secret":"__OPENCLAW_REDACTED__"})");
        const MergePatch patch = MergePatch::diff(before, after);
        QCOMPARE(MergePatch::apply(before, patch.patch()).toObject(), after);
        QCOMPARE(patch.replacePaths(), QStringList{QStringLiteral("b.d")});
        // Unchanged values, secrets included, are not in the patch at all.
        QVERIFY(!patch.patch().contains(QStringLiteral("secret")));
        QVERIFY(!patch.patch().value(QStringLiteral("b")).toObject().contains(QStringLiteral("keep")));
        QVERIFY(patch.patch().value(QStringLiteral("gone")).isNull());
    }

    // The real gateway refuses a null that drops list entries, even inside a removed object,
    // unless each list is in replacePaths.
    void removedKeysListTheirArrays()
    {
        const QJsonObject before = json(
            R"({"t":{"allowFrom":["1"],"empty":[],"groups":{"-100":{"allowFrom":["2"],"requireMention":false}}}})");
        const QJsonObject after = json(R"({"t":{}})");
        const MergePatch patch = MergePatch::diff(before, after);
        QCOMPARE(MergePatch::apply(before, patch.patch()).toObject(), after);
        QStringList paths = patch.replacePaths();
        paths.sort();
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("t.allowFrom"), QStringLiteral("t.groups.-100.allowFrom")}));
    }

    void emptyDiffIsEmpty()
    {
        const QJsonObject same = json(R"({"a":{"b":[1]}})");
        QVERIFY(MergePatch::diff(same, same).isEmpty());
    }

    void applyFollowsRfc7396()
    {
        // RFC 7396 appendix A examples.
        QCOMPARE(MergePatch::apply(json(R"({"a":"b"})"), json(R"({"a":"c"})")).toObject(),
                 json(R"({"a":"c"})"));
        QCOMPARE(MergePatch::apply(json(R"({"a":"b"})"), json(R"({"a":null})")).toObject(), json(R"({})"));
        QCOMPARE(MergePatch::apply(json(R"({"a":[{"b":"c"}]})"), json(R"({"a":[1]})")).toObject(),
                 json(R"({"a":[1]})"));
        QCOMPARE(MergePatch::apply(json(R"({"e":null})"), json(R"({"a":1})")).toObject(),
                 json(R"({"e":null,"a":1})"));
        QCOMPARE(MergePatch::apply(QJsonValue(QStringLiteral("s")), json(R"({"a":{"bb":{"ccc":null}}})"))
                     .toObject(),
                 json(R"({"a":{"bb":{}}})"));
    }
};

QTEST_GUILESS_MAIN(TestMergePatch)
#include "TestMergePatch.moc"
