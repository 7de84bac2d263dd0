#pragma once
// Missing-person case files. For now: opening a case from a screening whose person's
// whereabouts are unknown (the officer's visit entry offers it); the investigator's
// workflow extends this service.

#include "auth/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace hc {

class Database;

class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseService)
public:
    CaseService(Database& db, Actor actor);

    // Opens a case in state `open` with the screened person as subject, linked to the
    // screening; returns the case number (e.g. SZ2026-00042). Refused when the person already
    // has a case that is open or being investigated.
    Result<QString> openFromScreening(qint64 screeningId);

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
