#pragma once
// The SQL of PFIF interchange: this database's PFIF domain, the records received from other
// repositories and what each became here (pfif_records, schema-15.sql), and the few reads
// the export needs besides the case and found-person stores (uuids, a subject's home address).
// PfifService keeps the rights, the audit and the transaction.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

// A received PFIF record: what it became here and where it came from.
struct PfifMapping
{
    QString recordId;
    QString kind; // person, note
    QString personRecordId;
    qint64 caseId = 0, foundPersonId = 0, leadId = 0;
    QString sourceName, sourceUrl, sourceDate, authorName, authorEmail;
};

class PfifStore
{
public:
    explicit PfifStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Empty when no export or import has run yet.
    Result<QString> domain() const;
    Status setDomain(const QString& domain, const QString& at) const;

    Result<std::optional<PfifMapping>> mapping(const QString& recordId) const;
    // The received person record that became this case or found-person record, if any.
    Result<std::optional<PfifMapping>> personOf(qint64 caseId, qint64 foundPersonId) const;
    Result<std::optional<PfifMapping>> noteOfLead(qint64 leadId) const;
    // The received note kept with a case (its outcome) or a found-person record, not as a lead.
    Result<std::optional<PfifMapping>> noteOf(qint64 caseId, qint64 foundPersonId) const;
    Status insert(const PfifMapping& m, const QString& at, qint64 userId) const;

    // Ids of this database's own records, from the uuid or id in their PFIF record ids; 0 when none.
    Result<qint64> caseByUuid(const QString& uuid) const;
    Result<qint64> foundPersonByUuid(const QString& uuid) const;
    Result<qint64> leadOfCase(qint64 leadId, qint64 caseId) const;
    Result<QString> caseUuid(const QString& caseNo) const;
    Result<QString> foundPersonUuid(qint64 id) const;
    // The registered address of a person's household; empty when none.
    Result<QString> homeAddress(qint64 personId) const;

private:
    Result<std::optional<PfifMapping>> one(const QString& where, const QVariant& key) const;
    Result<qint64> id(const QString& sql, const QVariant& key) const;
    QSqlDatabase m_db;
};

} // namespace hc
