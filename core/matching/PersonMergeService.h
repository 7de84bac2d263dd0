#pragma once
// Acts on a possible duplicate pair: merge (every reference moves to the kept person, the
// fields the kept record lacks are filled from the dropped one, the dropped row is deleted;
// one transaction, audited with both records before and after) or dismiss (the pair is
// remembered as two different people). Also reads one person's record for the side-by-side
// comparison. Needs the MergePeople right (investigators, administrators).

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace hc {

class Database;

struct PersonRecord
{
    qint64 id = 0;
    QString name;
    QString idNumber;
    QString sex; // M, F or empty
    QString birthDate;
    int birthYear = 0;
    QString phone;
    qint64 householdId = 0;
    QString householdNo;
    QString address;
    QString area;
    QString station;
    QString relation;
    bool registered = true;
    QString notes;
    // What refers to the person.
    int screenings = 0;
    int cases = 0;
    int links = 0;

    QJsonObject toJson() const;
};

struct MergeSummary
{
    qint64 keptId = 0;
    qint64 droppedId = 0;
    int screeningsMoved = 0;
    int screeningsDropped = 0; // both screened in the same visit: the kept person's screening stays
    int casesMoved = 0;
    int linksMoved = 0;
    int linksRemoved = 0; // links between the two, which would now join the person to itself
    QStringList filledFields;
};

class PersonMergeService
{
    Q_DECLARE_TR_FUNCTIONS(hc::PersonMergeService)
public:
    PersonMergeService(Database& db, Actor actor);

    // For the roles that merge or review duplicates (MergePeople or EditCases); audited.
    Result<PersonRecord> record(qint64 personId) const;
    Result<MergeSummary> merge(qint64 keepId, qint64 dropId);
    Status dismiss(qint64 personA, qint64 personB);

private:
    // Every reference to the dropped person moves to the kept one (the same-visit conflicts
    // listed); the fields the kept record lacks come from the dropped one, which goes.
    Status moveReferences(qint64 keepId, qint64 dropId, MergeSummary& sum, QJsonArray& conflicts) const;
    Status fillFields(qint64 keepId, qint64 dropId, MergeSummary& sum) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
