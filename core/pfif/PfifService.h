#pragma once
// PFIF 1.4 interchange with other agencies and Person Finder instances (issue 14, outcome 6).
//
// Export: a person record per case (missing person) and per found-person record, with a note
// per lead and one for a closed case's outcome (PfifConvert.h). It reads what the actor may
// read (their scope: an officer their own station's records) and is audited as one "export".
// Record ids are DOMAIN/case.UUID, DOMAIN/found.UUID, DOMAIN/lead.ID, DOMAIN/outcome.UUID and
// DOMAIN/found-note.UUID, DOMAIN being this database's own, "homecoming." and 12 random hex
// digits made once (pfif_repository). A record received from elsewhere keeps its own id and
// source when exported again.
//
// Import (EditCases right): in one transaction, new person records become public-report cases
// or found-person records of the chosen station (the rule in PfifConvert.h), their notes leads;
// a record already received, or one of this database's own, is matched by its id and not added
// again. Each record that cannot be taken is rejected with its number and the reason; a file the
// reader refuses (PfifReader.h), a storage error or a cancel saves nothing.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace hc {

class Database;
class Transaction;
namespace pfif {
struct Record;
}

struct PfifExportOptions
{
    bool cases = true;
    bool openCasesOnly = false; // open and investigating cases only
    bool foundPersons = true;
};

struct PfifExportResult
{
    qint64 cases = 0, foundPersons = 0, notes = 0;
    QString domain;
};

struct PfifImportIssue
{
    qint64 record = 0; // counted in the file from 1: a person, then its notes
    QString recordId;
    QString reason;
};

struct PfifImportReport
{
    qint64 rows = 0; // person and note records read
    qint64 imported = 0, matched = 0, rejected = 0;
    QList<PfifImportIssue> errors;
    std::optional<Error> fatal; // nothing was saved
    QJsonObject toJson() const;
};

struct PfifImportOptions
{
    qint64 stationId = 0; // 0: the actor's station
    // Called after each person record with bytes read and total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

class PfifService
{
    Q_DECLARE_TR_FUNCTIONS(hc::PfifService)
public:
    PfifService(Database& db, Actor actor);

    // This database's PFIF domain, made on first use.
    Result<QString> domain();
    Result<PfifExportResult> exportTo(const QString& path, const PfifExportOptions& options);
    PfifImportReport importFrom(const QString& path, const PfifImportOptions& options = {});
    bool mayImport() const { return m_actor.can(Right::EditCases); }

private:
    class Export;
    class Import;
    // The import's audit record and the commit.
    PfifImportReport finish(const QString& path, PfifImportReport report, Transaction& tx);
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
