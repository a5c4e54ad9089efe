// The Allowlists & Security window's models under QAbstractItemModelTester: the effective
// policy with an account override marked, and the findings worst first.
#include "app/policy/PolicyAudit.h"
#include "app/policy/PolicyReader.h"
#include "models/policy/EffectivePolicyModel.h"
#include "models/policy/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonDocument>
#include <QTest>

using sb::policy::EffectivePolicyModel;
using sb::policy::FindingsModel;

namespace {

sb::policy::PolicyConfig config(const char *json)
{
    return sb::policy::readPolicyConfig(QJsonDocument::fromJson(QByteArray(json)).object());
}

const char *kBiz = R"({"channels":{"whatsapp":{"dmPolicy":"allowlist","allowFrom":["+818011112222"],
    "accounts":{"default":{},"biz":{"dmPolicy":"open","allowFrom":["*"]}}}}})";

} // namespace

class TestPolicyModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectivePolicyMarksOverrides()
    {
        EffectivePolicyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(config(kBiz));
        QCOMPARE(model.rowCount(), 10); // two accounts × five fields
        int overrides = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, EffectivePolicyModel::ValueColumn);
            if (!model.data(index, EffectivePolicyModel::OverrideRole).toBool())
                continue;
            ++overrides;
            QCOMPARE(model.data(index, EffectivePolicyModel::AccountRole).toString(), QStringLiteral("biz"));
            QVERIFY(model.data(index, Qt::FontRole).value<QFont>().bold());
            QCOMPARE(model.data(model.index(row, EffectivePolicyModel::SourceColumn)).toString(),
                     QStringLiteral("account override"));
        }
        QCOMPARE(overrides, 2); // biz's dmPolicy and allowFrom
        // Accounts in config order (biz, default); the default account follows the channel.
        int defaultDm = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), EffectivePolicyModel::AccountRole) ==
                    QStringLiteral("default") &&
                model.data(model.index(row, 0), EffectivePolicyModel::FieldRole) ==
                    QStringLiteral("dmPolicy"))
                defaultDm = row;
        }
        QVERIFY(defaultDm >= 0);
        QVERIFY(model.data(model.index(defaultDm, EffectivePolicyModel::LaneColumn))
                    .toString()
                    .contains(QStringLiteral("whatsapp/default")));
        QVERIFY(model.data(model.index(defaultDm, EffectivePolicyModel::ValueColumn))
                    .toString()
                    .contains(QStringLiteral("allowlist")));
        QCOMPARE(model.data(model.index(defaultDm, EffectivePolicyModel::SourceColumn)).toString(),
                 QStringLiteral("channel"));
        QCOMPARE(model.data(model.index(defaultDm + 1, 0), EffectivePolicyModel::ListRole).toStringList(),
                 QStringList{QStringLiteral("+818011112222")});

        model.setPolicy(config(R"({"channels":{"telegram":{"dmPolicy":"friends"}}})"));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.data(model.index(0, 0), EffectivePolicyModel::ReadOnlyRole).toBool());
        QVERIFY(model.data(model.index(0, EffectivePolicyModel::SourceColumn))
                    .toString()
                    .contains(QStringLiteral("read-only")));
    }

    void findingsWorstFirst()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(sb::policy::runBuiltInAudit(config(kBiz)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, FindingsModel::SeverityColumn)).toString(),
                 QStringLiteral("CRITICAL"));
        QCOMPARE(model.rowOf(QStringLiteral("security.exposure.open_groups_with_elevated")), 0);
        QVERIFY(model.data(model.index(0, 0), FindingsModel::FixableRole).toBool());
        QCOMPARE(model.data(model.index(0, FindingsModel::SourceColumn)).toString(),
                 QStringLiteral("Switchboard"));
        QCOMPARE(model.data(model.index(2, FindingsModel::SeverityColumn)).toString(),
                 QStringLiteral("warning"));
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model.finding(3));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyModels)
#include "TestPolicyModels.moc"
