#pragma once
// Private to the demo generator: the Builder that writes the demo city, and the calendar and
// row helpers its stages share. DemoGenerator.cpp holds the registry and sweep stages,
// DemoCases.cpp the cases with their leads and links, DemoFound.cpp the found-person records,
// DemoDuplicates.cpp the people on record twice, DemoFollowUp.cpp failed verification attempts and
// closings of the untraced list; one class split over several files keeps each
// a reviewable size while the stages share one working state.

#include "core/demo/DemoDraws.h"
#include "core/demo/DemoGenerator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>
#include <map>
#include <vector>

namespace hc::demo {

constexpr int kDays = 90; // 2026-03-01 .. 2026-05-29
constexpr int kSubBureaus = 6, kStationsPerSubBureau = 10;
constexpr double kHouseholds = 54300; // at scale 1: "5.4万余户"
inline QDate opStart()
{
    return QDate(2026, 3, 1);
}
inline QDate opEnd()
{
    return opStart().addDays(kDays - 1);
}
inline QDate latestOutcome()
{
    return QDate(2026, 11, 1);
}

// A moment as seconds since the operation's first day began (local time). Plain arithmetic keeps
// the generator free of time-zone rules and of the clock, so one seed always gives the same rows.
using Moment = qint64;
constexpr Moment kDay = 86400;
constexpr Moment kLastMoment = (kDays - 1) * kDay + 21 * 3600 + 30 * 60; // after the last visit
inline QDate dateOf(Moment m)
{
    return opStart().addDays(m / kDay);
}
inline QString stamp(Moment m)
{
    return dateOf(m).toString(Qt::ISODate) + QLatin1Char('T') +
           QTime::fromMSecsSinceStartOfDay(int(m % kDay) * 1000).toString(Qt::ISODate);
}

inline QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
inline QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

struct Station
{
    qint64 id = 0, supervisor = 0, households = 0;
    qint64 firstHousehold = 0; // its households' ids run firstHousehold .. + households - 1
    int subBureau = 0, code = 0;
    double mid = 40, spread = 8; // logistic coverage curve: day of the steepest progress, width
    QList<qint64> officers;
    QList<Area> areas;
};

// One action raised on a case (DemoActions.cpp): when raised, returned and reviewed; its status
// (allocated, returned, sent_back, signed_off) and which of the stock texts it asks.
struct ActionPlan
{
    Moment raised = 0, returned = 0, reviewed = 0;
    QString status;
    int what = 0;
};

// The generator's working state; lives for one generate() call, inside its transaction.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(hc::DemoGenerator)
public:
    Builder(QSqlDatabase& db, const DemoOptions& o) : m_db(db), m_options(o), m_rng(o.seed), m_scale(o.scale)
    {
    }
    Status run(DemoSummary& sum);

private:
    template <typename... Values> bool insert(QSqlQuery& q, const Values&... values)
    {
        int i = 0;
        (q.bindValue(i++, QVariant(values)), ...);
        if (q.exec())
            return true;
        m_error = storageError(q.lastError().text());
        return false;
    }
    Status progress(int percent);
    Status prepare();
    Status places();
    Status accounts();
    Status operation();
    Status households();
    Status household(int stationIndex, Area& area, qint64 done);
    CaseSeed reportedLater(const Member& m, int stationIndex, const Area& area, Moment visited);
    bool followUp(const Station& st, qint64 hh, qint64 own, Moment again);
    int coverDay(const Station& st);
    Moment visitMoment(int day);
    Moment daytimeAfter(Moment from, int maxDays);
    bool person(Member& m, const QString& idNumber, const QVariant& household, bool registered,
                const QString& notes);
    bool visit(qint64 household, qint64 officer, Moment at, Outcome outcome, const QString& note, qint64& id);
    bool screen(qint64 visitId, Moment at, const Member& m, qint64* id = nullptr);
    CaseSeed seedFor(const Member& m, int station, const QString& area, Moment opened);
    Status cases();
    Status writeCases();
    bool writeCase(CaseSeed& c);
    bool writeLeads(CaseSeed& c, int index, std::map<QString, std::vector<int>>& tipPhones,
                    std::vector<QString>& callers);
    Status writeLinks(const std::map<QString, std::vector<int>>& tipPhones);
    Status writeFoundPersons();
    Status duplicates();
    Status followUp(); // DemoFollowUp.cpp
    Status registrations();
    Status registration(Rng& rng, qint64 person, qint64 stationId, qint64 household, QDate on, int birthYear,
                        bool male, bool onRecordElsewhere);
    Status registrationSteps(Rng& rng, qint64 file, qint64 person, qint64 stationId, qint64 officer,
                             const QList<QDate>& dates, bool closed, bool onRecordElsewhere,
                             const QString& idNumber, qint64 household);
    Status crimes();
    // A crime of `kind` with the cases `victims` (indexes into m_cases), solved, with a phone as suspect.
    bool crime(QSqlQuery& insCrime, QSqlQuery& insVictim, QSqlQuery& insSuspect, const QString& kind,
               const std::vector<int>& victims, const QString& note);
    Status reunions();
    Status calls();          // DemoCalls.cpp
    Status investigations(); // DemoActions.cpp: officers in charge, actions
    bool caseActions(Rng& rng, const CaseSeed& c, QSqlQuery& insAction, QSqlQuery& insEvent,
                     const std::map<qint64, QString>& badgeOf);
    bool action(Rng& rng, const CaseSeed& c, const ActionPlan& p, qint64 investigator, QSqlQuery& insAction,
                QSqlQuery& insEvent, const std::map<qint64, QString>& badgeOf);
    Status leadCalls(QSqlQuery& ins, QSqlQuery& insLead);
    Status otherCalls(QSqlQuery& ins);
    bool link(const QString& aKind, const QString& aKey, const QString& bKind, const QString& bKey,
              const QString& kind, double confidence, const QString& note, qint64 by, Moment at);

    QSqlDatabase& m_db;
    const DemoOptions& m_options;
    demo::Rng m_rng;
    double m_scale;
    Error m_error;
    DemoSummary m_sum;
    int m_lastPercent = -1;
    QSqlQuery m_insHousehold{m_db}, m_insPerson{m_db}, m_insVisit{m_db}, m_insScreening{m_db},
        m_insCase{m_db}, m_insLead{m_db}, m_insLink{m_db}, m_insFound{m_db};
    QList<Station> m_stations;
    QList<QList<qint64>> m_investigators; // per sub-bureau
    qint64 m_operationId = 0, m_total = 0;
    demo::IdAllocator m_ids;
    std::vector<Member> m_members; // the household being generated
    demo::Quota m_unknown, m_unregistered, m_reported;
    std::vector<CaseSeed> m_cases;
    // The kidnapping and trafficking gangs' victims as the links grouped them (kind, cases).
    std::vector<std::pair<QString, std::vector<int>>> m_gangs;
    int m_crimeNumber = 0;
};

} // namespace hc::demo
