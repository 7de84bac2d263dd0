#pragma once
// Printed door-to-door sheets for one area: who may print them, which households, and what of
// each resident goes on paper. Those who record visits print them for the stations they reach
// (an officer: their own); ID numbers are masked, since paper leaves the station; printing is
// audited as an export of the area's residents. The SQL is SheetStore's, the PDF ui/'s.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/sheets/DoorSheet.h"

#include <QCoreApplication>

namespace hc {

class Database;

class SheetService
{
    Q_DECLARE_TR_FUNCTIONS(hc::SheetService)
public:
    SheetService(Database& db, Actor actor);

    // The sheets of the request's area, refused for an area the actor does not reach, an
    // unknown area or operation, or an area with nothing to print.
    Result<SheetSet> sheets(const SheetRequest& request) const;

    // An area given by its id or its name; a name that several stations use is refused with
    // their ids, so the caller can choose.
    Result<qint64> findArea(const QString& idOrName) const;

    // "110105********1234": the region (six digits) and the last four; shorter numbers keep
    // only their last four characters; empty stays empty.
    static QString maskIdNumber(const QString& idNumber);

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
