#pragma once
// The catalogue of tst_scopes: what each station holds for the table's calls, and every public
// method of the core services as an action with the roles that may call it.

#include "core/auth/Actor.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace hc {
class Database;
}

namespace hc::test::scopes {

// What one station holds for the table's calls (ids are the same in every copy).
struct Site
{
    qint64 station = 0;
    QString stationName;
    qint64 household = 0;
    QString householdNo;
    qint64 person = 0; // a registered resident of the household
    QString idNumber;
    QString searchText;        // finds that person
    qint64 visit = 0;          // a saved visit to a household of the station
    qint64 visitPerson = 0;    // screened in that visit
    qint64 freshScreening = 0; // whereabouts unknown, no case yet
    qint64 openCase = 0;
    QString openCaseNo;
    qint64 closedCase = 0;
    qint64 foundCase = 0; // closed with the person found alive: a family to reunite
    qint64 found = 0;     // a found-person record of the station
    qint64 link = 0;      // between two of its residents
    qint64 mergeKeep = 0, mergeDrop = 0;
    qint64 officer = 0; // an active user of the station, for revisit assignments
    QString officerBadge;
    qint64 area = 0; // the household's area
    QString areaName;
    qint64 unregistered = 0;    // found living there without registration (no file yet)
    qint64 crime = 0;           // victims openCase and foundCase, one suspect (kSuspectPhone)
    qint64 reunitedCase = 0;    // closed found alive, with its reunion
    qint64 call = 0;            // logged at the station
    qint64 closedOperation = 0; // a closed operation (the same in both sites), for reopening
};

// The phone number on each site's crime as its suspect.
inline const QString kSuspectPhone = QStringLiteral("13900000055");

struct Call
{
    Database& db;
    const Actor& actor;
    const Site& at;
    qint64 operation;
    QString dir;
};

struct Action
{
    const char* name;
    QList<Role> roles;  // who may call it at all
    bool stationBound;  // an officer only on their own station's data
    bool auditsRefusal; // false for checks that only check (validate)
    std::function<Status(Call&)> run;
};

inline constexpr Role O = Role::Officer, S = Role::Supervisor, I = Role::Investigator, A = Role::Admin;
inline const QList<Role> kAll = {O, S, I, A};
inline const QList<Role> kVisitors = {O, S, A};    // RecordVisits
inline const QList<Role> kCaseEditors = {S, I, A}; // EditCases
inline const QList<Role> kMergers = {I, A};        // MergePeople
inline const QList<Role> kImporters = {S, A};      // ImportRegistry, ImportVisits, ManageOperations
inline const QList<Role> kAdmins = {A};            // ManageUsers

QList<Action> allActions();
// A public report and a found-person record at the call's station.
PublicReport reportAt(const Call& c);
FoundPerson foundAt(const Call& c);
// Every base table but the audit log (and the phonetic cache and the search index), hashed
// row by row, on either engine.
QByteArray dataHash(Database& db);
qint64 countOf(Database& db, const QString& sql);

} // namespace hc::test::scopes
