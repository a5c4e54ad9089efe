// The incident list under QAbstractItemModelTester: open ones first, then the newest; the
// filters by gateway, channel, state and date; titles shown as plain text.
#include "models/incidents/IncidentListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using sb::LaneKey;
using sb::LaneState;
using sb::health::Incident;
using sb::incidents::IncidentListModel;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kT0 = 1'770'822'000'000;

Incident incident(qint64 id, const QString &gateway, const QString &channel, qint64 openedAt,
                  std::optional<qint64> closedAt, LaneState worst)
{
    Incident i;
    i.id = id;
    i.groupId = id;
    i.lane = LaneKey{gateway, channel, QStringLiteral("default")};
    i.openedAt = openedAt;
    i.closedAt = closedAt;
    i.worstState = worst;
    i.lastState = worst;
    i.openReason = sb::health::Reason::verbatim(QStringLiteral("connection closed (499)"));
    return i;
}

QList<qint64> ids(const IncidentListModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), IncidentListModel::IncidentIdRole).toLongLong();
    return out;
}

} // namespace

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderFiltersAndTitles()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone("Asia/Tokyo"));
        model.setIncidents({incident(1, QStringLiteral("home"), QStringLiteral("whatsapp"), kT0, kT0 + kHour,
                                     LaneState::Reconnecting),
                            incident(2, QStringLiteral("home"), QStringLiteral("whatsapp"), kT0 + 2 * kHour,
                                     std::nullopt, LaneState::Blocked),
                            incident(3, QStringLiteral("office"), QStringLiteral("signal"), kT0 + 3 * kHour,
                                     kT0 + 4 * kHour, LaneState::LoggedOut),
                            incident(4, QStringLiteral("office"), QStringLiteral("telegram"), kT0 + 5 * kHour,
                                     std::nullopt, LaneState::Conflict)},
                           {{3, QStringLiteral("<b>re-registered</b>")}});
        QCOMPARE(ids(model), (QList<qint64>{4, 2, 3, 1})); // open first, newest first
        QCOMPARE(model.data(model.index(0, IncidentListModel::Opened)).toString(),
                 QStringLiteral("[Feb 12, 05:00 JST]"));
        QCOMPARE(model.data(model.index(0, IncidentListModel::Duration)).toString(), QStringLiteral("open"));
        QCOMPARE(model.data(model.index(2, IncidentListModel::Duration)).toString(),
                 QStringLiteral("1 h 0 min"));
        QVERIFY(model.data(model.index(2, IncidentListModel::Title))
                    .toString()
                    .contains(QLatin1String("<b>re-registered</b>")));
        QVERIFY(model.data(model.index(3, IncidentListModel::Title))
                    .toString()
                    .contains(QLatin1String("connection closed (499)")));

        IncidentListModel::Filter filter;
        filter.gateway = QStringLiteral("office");
        model.setFilter(filter);
        QCOMPARE(ids(model), (QList<qint64>{4, 3}));
        filter = {};
        filter.channel = QStringLiteral("whatsapp");
        model.setFilter(filter);
        QCOMPARE(ids(model), (QList<qint64>{2, 1}));
        filter = {};
        filter.state = LaneState::LoggedOut;
        model.setFilter(filter);
        QCOMPARE(ids(model), (QList<qint64>{3}));
        filter = {};
        filter.from = kT0 + 90 * 60 * 1000; // after incident 1 closed
        filter.to = kT0 + 3 * kHour + 1;
        model.setFilter(filter);
        QCOMPARE(ids(model), (QList<qint64>{2, 3}));

        // The engine closes incident 2 while the list is shown: it moves below the open ones.
        model.setFilter({});
        Incident closed = *model.incidentAt(model.rowOf(2));
        closed.closedAt = kT0 + 6 * kHour;
        model.upsert(closed);
        QCOMPARE(ids(model), (QList<qint64>{4, 3, 2, 1}));
        QVERIFY(!model.incidentAt(9).has_value());
    }
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "TestIncidentListModel.moc"
