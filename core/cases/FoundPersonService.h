#pragma once
// Records of people found without identification (in a shelter, in hospital, or as remains):
// creating and correcting them (EditCases, one transaction with its audit record, numbered
// WM<year>-NNNNN), the list with its filters and one record. Every role reads them within its
// scope (Scope: an officer their own station's records, the other roles every station's);
// opening one and every refusal are audited.

#include "core/auth/Actor.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/IdentifyingMarks.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace hc {

class Database;

class FoundPersonService
{
    Q_DECLARE_TR_FUNCTIONS(hc::FoundPersonService)
public:
    FoundPersonService(Database& db, Actor actor);

    // Checks a record without writing; the error names the field (age_min, height_cm, ...).
    Status validate(const FoundPerson& record) const;
    // Returns the saved record, with its id and record number.
    Result<FoundPerson> create(const FoundPerson& record);
    Status update(qint64 id, const FoundPerson& record);
    Result<FoundPerson> load(qint64 id) const; // audited
    // The id of a record by its number (WM2026-00012), within the actor's scope.
    Result<qint64> findByNumber(const QString& recordNo) const;
    // Newest found first.
    Result<QList<FoundPerson>> list(const FoundPersonFilter& filter) const;

    // The record's identifying marks, in the order entered; setMarks replaces them all
    // (EditCases, one transaction, audited as "marks"; nothing is written when unchanged).
    Result<QList<IdentifyingMark>> marks(qint64 id) const;
    Status setMarks(qint64 id, const QList<IdentifyingMark>& marks);

    bool mayEdit() const { return m_actor.can(Right::EditCases); }

private:
    Result<FoundPerson> loadRecord(qint64 id) const; // load() without its audit record
    Error audited(const Error& e, qint64 id) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
