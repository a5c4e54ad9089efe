#include "app/platform/Settings.h"
#include "models/GatewayProfileModel.h"
#include "tests/support/TestEnvironment.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace sb {

// The model must follow Settings with fine-grained signals (views keep their selection), and
// pass Qt's own model consistency checks after every change.
class TestGatewayProfileModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithWhatSettingsHolds();
    void insertsUpdatesAndRemovesOneRowAtATime();
    void removingTheMiddleRowRemovesOnlyThatRow();
    void exposesProfileFieldsThroughRoles();
    void isFlat();

private:
    GatewayProfile addProfile(const QString &name, const QString &url);

    std::unique_ptr<test::ScratchHome> m_home;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<GatewayProfileModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

GatewayProfile TestGatewayProfileModel::addProfile(const QString &name, const QString &url)
{
    const GatewayProfile profile = GatewayProfile::create(name, QUrl(url));
    m_settings->saveProfile(profile);
    return profile;
}

void TestGatewayProfileModel::init()
{
    m_home = std::make_unique<test::ScratchHome>();
    m_settings = std::make_unique<Settings>(m_home->filePath(QStringLiteral("switchboard.ini")));
    m_model = std::make_unique<GatewayProfileModel>(*m_settings);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestGatewayProfileModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_settings.reset();
    m_home.reset();
}

void TestGatewayProfileModel::startsWithWhatSettingsHolds()
{
    addProfile(QStringLiteral("Tokyo"), QStringLiteral("ws://127.0.0.1:18789"));
    addProfile(QStringLiteral("Osaka"), QStringLiteral("wss://osaka.example:443"));
    GatewayProfileModel fresh(*m_settings);
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fresh.rowCount(), 2);
    QCOMPARE(fresh.index(0).data().toString(), QStringLiteral("Tokyo"));
    QCOMPARE(fresh.index(1).data().toString(), QStringLiteral("Osaka"));
}

void TestGatewayProfileModel::insertsUpdatesAndRemovesOneRowAtATime()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    GatewayProfile tokyo = addProfile(QStringLiteral("Tokyo"), QStringLiteral("ws://127.0.0.1:18789"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);

    addProfile(QStringLiteral("Osaka"), QStringLiteral("wss://osaka.example"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);

    tokyo.name = QStringLiteral("Tokyo (primary)");
    m_settings->saveProfile(tokyo);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Tokyo (primary)"));
    QCOMPARE(inserted.count(), 2);

    // Saving an unchanged profile says nothing.
    m_settings->saveProfile(tokyo);
    QCOMPARE(changed.count(), 1);

    m_settings->removeProfile(tokyo.id);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Osaka"));
    QCOMPARE(reset.count(), 0);
}

void TestGatewayProfileModel::removingTheMiddleRowRemovesOnlyThatRow()
{
    addProfile(QStringLiteral("A"), QStringLiteral("ws://127.0.0.1:1"));
    const GatewayProfile middle = addProfile(QStringLiteral("B"), QStringLiteral("ws://127.0.0.1:2"));
    addProfile(QStringLiteral("C"), QStringLiteral("ws://127.0.0.1:3"));

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_settings->removeProfile(middle.id);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("C"));
    QCOMPARE(m_model->rowOf(middle.id), -1);
}

void TestGatewayProfileModel::exposesProfileFieldsThroughRoles()
{
    GatewayProfile profile = GatewayProfile::create(QString(), QUrl(QStringLiteral("ws://10.0.0.5:18789")));
    profile.displayTimeZone = QStringLiteral("Asia/Tokyo");
    profile.allowInsecure = true;
    profile.watchAtStart = true;
    m_settings->saveProfile(profile);

    const QModelIndex index = m_model->index(0);
    // An unnamed profile is shown by its URL rather than as an empty row.
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("ws://10.0.0.5:18789"));
    QCOMPARE(index.data(GatewayProfileModel::IdRole).toString(), profile.id);
    QCOMPARE(index.data(GatewayProfileModel::UrlRole).toUrl(), profile.url);
    QCOMPARE(index.data(GatewayProfileModel::TimeZoneRole).toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(index.data(GatewayProfileModel::AllowInsecureRole).toBool(), true);
    QCOMPARE(index.data(GatewayProfileModel::WatchAtStartRole).toBool(), true);
    QCOMPARE(m_model->profileAt(0), profile);
    QCOMPARE(m_model->rowOf(profile.id), 0);
    QVERIFY(m_model->profileAt(5).id.isEmpty());
    QVERIFY(m_model->roleNames().contains(GatewayProfileModel::IdRole));
}

void TestGatewayProfileModel::isFlat()
{
    addProfile(QStringLiteral("A"), QStringLiteral("ws://127.0.0.1:1"));
    QCOMPARE(m_model->rowCount(m_model->index(0)), 0);
}

} // namespace sb

QTEST_MAIN(sb::TestGatewayProfileModel)
#include "TestGatewayProfileModel.moc"
