// PfifService's import: one transaction over the whole file (see PfifService.h).
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseJson.h"
#include "core/cases/CaseService.h"
#include "core/cases/CaseStore.h"
#include "core/cases/FoundPersonService.h"
#include "core/cases/FoundPersonStore.h"
#include "core/cases/MarkStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/imports/ImportDates.h"
#include "core/pfif/PfifConvert.h"
#include "core/pfif/PfifReader.h"
#include "core/pfif/PfifService.h"
#include "core/pfif/PfifStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>

namespace hc {

namespace {
// What a person record is here: a case or a found-person record (neither when new).
struct Target
{
    qint64 caseId = 0, foundPersonId = 0;
    QString personRecordId;
    bool known() const { return caseId || foundPersonId; }
};
} // namespace

class PfifService::Import
{
public:
    Import(PfifService& s, QString domain, qint64 stationId)
        : m_s(s), m_db(s.m_db.sql()), m_store(m_db), m_cases(m_db), m_domain(std::move(domain)),
          m_station(stationId), m_now(Clock::instance().now()), m_at(hc::wallText(m_now))
    {
    }
    // A top-level record; an error stops the import (storage).
    Status record(const pfif::Record& r);
    PfifImportReport report;

private:
    Status person(const pfif::Record& p);
    Status notes(const Target& t, const QList<pfif::Record>& notes);
    Status note(const Target& t, const pfif::Record& n);
    Result<Target> known(const QString& personRecordId);
    Result<qint64> newCase(const pfif::Record& p);
    Result<qint64> newFoundPerson(const pfif::Record& p);
    Status addLead(qint64 caseId, const pfif::Record& n);
    Status map(const pfif::Record& r, const QString& kind, const Target& t, qint64 leadId);
    void reject(const pfif::Record& r, const QString& reason, qint64 records = 1);
    QString ownKey(const QString& recordId, const char* what) const;

    PfifService& m_s;
    QSqlDatabase m_db;
    PfifStore m_store;
    CaseStore m_cases;
    QString m_domain;
    qint64 m_station;
    QDateTime m_now;
    QString m_at;
};

void PfifService::Import::reject(const pfif::Record& r, const QString& reason, qint64 records)
{
    report.rejected += records;
    const QString id = r.value(QStringLiteral("note_record_id")).isEmpty()
                           ? r.value(QStringLiteral("person_record_id"))
                           : r.value(QStringLiteral("note_record_id"));
    report.errors << PfifImportIssue{r.number, id, reason};
}

QString PfifService::Import::ownKey(const QString& recordId, const char* what) const
{
    const QString prefix = m_domain + QLatin1Char('/') + QLatin1String(what) + QLatin1Char('.');
    return recordId.startsWith(prefix) ? recordId.mid(prefix.size()) : QString();
}

Status PfifService::Import::record(const pfif::Record& r)
{
    if (r.isNote) {
        // A note on its own: it belongs to a person record received before (or in this file).
        ++report.rows;
        const auto t = known(r.value(QStringLiteral("person_record_id")));
        if (!t)
            return t.error();
        if (!t->known()) {
            reject(r, PfifService::tr("The note belongs to the person record \"%1\", which is not here.")
                          .arg(r.value(QStringLiteral("person_record_id"))));
            return {};
        }
        return note(*t, r);
    }
    return person(r);
}

Result<Target> PfifService::Import::known(const QString& personRecordId)
{
    Target t;
    t.personRecordId = personRecordId;
    const auto m = m_store.mapping(personRecordId);
    if (!m)
        return m.error();
    if (*m) {
        t.caseId = (*m)->caseId;
        t.foundPersonId = (*m)->foundPersonId;
        return t;
    }
    if (const QString uuid = ownKey(personRecordId, "case"); !uuid.isEmpty()) {
        const auto id = m_store.caseByUuid(uuid);
        if (!id)
            return id.error();
        t.caseId = *id;
    } else if (const QString found = ownKey(personRecordId, "found"); !found.isEmpty()) {
        const auto id = m_store.foundPersonByUuid(found);
        if (!id)
            return id.error();
        t.foundPersonId = *id;
    }
    return t;
}

Status PfifService::Import::person(const pfif::Record& p)
{
    report.rows += 1 + p.notes.size();
    const QString id = p.value(QStringLiteral("person_record_id"));
    if (!p.problem.isEmpty()) {
        reject(p, p.problem, 1 + p.notes.size());
        return {};
    }
    if (id.indexOf(QLatin1Char('/')) <= 0 || id.endsWith(QLatin1Char('/'))) {
        reject(p, PfifService::tr("The person_record_id \"%1\" is not DOMAIN/ID.").arg(id),
               1 + p.notes.size());
        return {};
    }
    const auto k = known(id);
    if (!k)
        return k.error();
    Target t = *k;
    if (t.known()) {
        ++report.matched;
        return notes(t, p.notes);
    }
    const bool found = pfif::Convert::isFoundPerson(p);
    const auto made = found ? newFoundPerson(p) : newCase(p);
    if (!made)
        return made.error();
    if (*made == 0)
        return {}; // rejected
    (found ? t.foundPersonId : t.caseId) = *made;
    if (Status s = map(p, QStringLiteral("person"), t, 0); !s)
        return s;
    ++report.imported;
    return notes(t, p.notes);
}

Status PfifService::Import::notes(const Target& t, const QList<pfif::Record>& notes)
{
    for (const pfif::Record& n : notes)
        if (Status s = note(t, n); !s)
            return s;
    return {};
}

Status PfifService::Import::note(const Target& t, const pfif::Record& n)
{
    const QString id = n.value(QStringLiteral("note_record_id"));
    if (!n.problem.isEmpty()) {
        reject(n, n.problem);
        return {};
    }
    if (id.indexOf(QLatin1Char('/')) <= 0) {
        reject(n, PfifService::tr("The note_record_id \"%1\" is not DOMAIN/ID.").arg(id));
        return {};
    }
    const auto m = m_store.mapping(id);
    if (!m)
        return m.error();
    qint64 ownLead = 0;
    if (const QString lead = ownKey(id, "lead"); !lead.isEmpty() && t.caseId) {
        const auto found = m_store.leadOfCase(lead.toLongLong(), t.caseId);
        if (!found)
            return found.error();
        ownLead = *found;
    }
    const bool ownNote = !ownKey(id, "outcome").isEmpty() || !ownKey(id, "found-note").isEmpty();
    if (*m || ownLead || ownNote) {
        ++report.matched;
        return {};
    }
    if (t.foundPersonId || pfif::Convert::isOutcomeNote(n)) {
        // Its content is the found-person record's or the case's outcome: kept as received only.
        if (Status s = map(n, QStringLiteral("note"), t, 0); !s)
            return s;
        ++report.imported;
        return {};
    }
    return addLead(t.caseId, n);
}

Status PfifService::Import::addLead(qint64 caseId, const pfif::Record& n)
{
    const auto draft = pfif::Convert::receivedLead(n, wallClock(m_now));
    if (!draft) {
        reject(n, draft.error().message);
        return {};
    }
    const auto leadId = m_cases.insertLead(caseId, *draft, m_s.m_actor.userId);
    if (!leadId)
        return leadId.error();
    const auto status = m_cases.file(caseId);
    if (!status)
        return status.error();
    if (*status && (**status).status == u"open")
        if (Status s = m_cases.setStatus(caseId, QStringLiteral("investigating")); !s)
            return s;
    Target t;
    t.caseId = caseId;
    t.personRecordId = n.value(QStringLiteral("person_record_id"));
    if (Status s = map(n, QStringLiteral("note"), t, *leadId); !s)
        return s;
    ++report.imported;
    return {};
}

Status PfifService::Import::map(const pfif::Record& r, const QString& kind, const Target& t, qint64 leadId)
{
    PfifMapping m;
    m.kind = kind;
    m.recordId = kind == u"person" ? r.value(QStringLiteral("person_record_id"))
                                   : r.value(QStringLiteral("note_record_id"));
    m.personRecordId = kind == u"note" ? t.personRecordId : QString();
    m.caseId = t.caseId;
    m.foundPersonId = t.foundPersonId;
    m.leadId = leadId;
    m.sourceName = r.value(QStringLiteral("source_name"));
    m.sourceUrl = r.value(QStringLiteral("source_url"));
    m.sourceDate = r.value(QStringLiteral("source_date"));
    m.authorName = r.value(QStringLiteral("author_name"));
    m.authorEmail = r.value(QStringLiteral("author_email"));
    return m_store.insert(m, m_at, m_s.m_actor.userId);
}

Result<qint64> PfifService::Import::newCase(const pfif::Record& p)
{
    auto received = pfif::Convert::receivedCase(p, m_now.date());
    const auto marks = pfif::Convert::receivedMarks(p);
    if (!received || !marks) {
        reject(p, (!received ? received.error() : marks.error()).message, 1 + p.notes.size());
        return qint64(0);
    }
    NewCase c;
    c.fields = received->fields;
    c.fields.stationId = m_station;
    if (Status s = CaseService(m_s.m_db, m_s.m_actor).validate(c.fields); !s) {
        if (s.error().kind == Error::Kind::Storage)
            return s.error();
        reject(p, s.error().message, 1 + p.notes.size());
        return qint64(0);
    }
    c.source = QStringLiteral("public_report");
    c.createdBy = m_s.m_actor.userId;
    c.openedAt = m_at;
    const auto operation = m_cases.runningOperation(m_station, m_now.date());
    const auto number = m_cases.nextCaseNo(m_now.date().year());
    if (!operation || !number)
        return !operation ? operation.error() : number.error();
    c.operationId = *operation;
    c.caseNo = *number;
    const auto id = m_cases.insert(c);
    if (!id)
        return id.error();
    QJsonObject audit = toJson(c.fields);
    if (Status s = MarkStore(m_db).replace(MarkStore::Owner::Case, *id, *marks); !s)
        return s.error();
    audit.insert(QStringLiteral("case_no"), c.caseNo);
    audit.insert(QStringLiteral("source"), QStringLiteral("pfif"));
    audit.insert(QStringLiteral("pfif_record_id"), p.value(QStringLiteral("person_record_id")));
    if (!marks->isEmpty())
        audit.insert(QStringLiteral("marks"), MarkVocabulary::toJson(*marks));
    if (Status s = AuditLog(m_db).append(m_s.m_actor, QStringLiteral("create"), QStringLiteral("case"),
                                         QString::number(*id), {}, audit);
        !s)
        return s.error();
    if (received->status != u"open" && received->status != u"investigating") {
        CaseOutcome o{
            received->status, received->outcomeDate.isValid() ? received->outcomeDate : m_now.date(), {}};
        if (Status s = m_cases.setOutcome(*id, o, 0); !s)
            return s.error();
    } else if (received->status == u"investigating") {
        if (Status s = m_cases.setStatus(*id, received->status); !s)
            return s.error();
    }
    return *id;
}

Result<qint64> PfifService::Import::newFoundPerson(const pfif::Record& p)
{
    const auto received = pfif::Convert::receivedFoundPerson(p, m_now.date());
    const auto marks = pfif::Convert::receivedMarks(p);
    if (!received || !marks) {
        reject(p, (!received ? received.error() : marks.error()).message, 1 + p.notes.size());
        return qint64(0);
    }
    FoundPerson record = *received;
    FoundPerson* r = &record;
    r->stationId = m_station;
    if (Status s = FoundPersonService(m_s.m_db, m_s.m_actor).validate(*r); !s) {
        if (s.error().kind == Error::Kind::Storage)
            return s.error();
        reject(p, s.error().message, 1 + p.notes.size());
        return qint64(0);
    }
    const FoundPersonStore records(m_db);
    const auto number = records.nextRecordNo(m_now.date().year());
    if (!number)
        return number.error();
    r->recordNo = *number;
    r->createdAt = m_at;
    const auto id = records.insert(*r, m_s.m_actor.userId);
    if (!id)
        return id.error();
    if (Status s = MarkStore(m_db).replace(MarkStore::Owner::FoundPerson, *id, *marks); !s)
        return s.error();
    QJsonObject audit = toJson(*r);
    audit.insert(QStringLiteral("source"), QStringLiteral("pfif"));
    audit.insert(QStringLiteral("pfif_record_id"), p.value(QStringLiteral("person_record_id")));
    if (!marks->isEmpty())
        audit.insert(QStringLiteral("marks"), MarkVocabulary::toJson(*marks));
    if (Status s = AuditLog(m_db).append(m_s.m_actor, QStringLiteral("create"),
                                         QStringLiteral("found_person"), QString::number(*id), {}, audit);
        !s)
        return s.error();
    return *id;
}

namespace {
PfifImportReport failed(PfifImportReport report, Error e)
{
    // Nothing stays: the caller's transaction rolls back.
    report.imported = report.matched = 0;
    report.fatal = std::move(e);
    return report;
}
} // namespace

PfifImportReport PfifService::finish(const QString& path, PfifImportReport report, Transaction& tx)
{
    const QJsonObject after{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                            {QStringLiteral("rows"), report.rows},
                            {QStringLiteral("imported"), report.imported},
                            {QStringLiteral("matched"), report.matched},
                            {QStringLiteral("rejected"), report.rejected}};
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("import_pfif"), QStringLiteral("file"),
                               QFileInfo(path).fileName(), {}, after);
        !s)
        return failed(report, s.error());
    if (!tx.commit())
        return failed(report, tx.error());
    return report;
}

PfifImportReport PfifService::importFrom(const QString& path, const PfifImportOptions& options)
{
    PfifImportReport none;
    if (!mayImport())
        return failed(none, refused(m_db.sql(), m_actor, QStringLiteral("file"), QFileInfo(path).fileName(),
                                    denied(Roles::deniedMessage(m_actor, tr("import PFIF records")))));
    const qint64 station = options.stationId ? options.stationId : m_actor.stationId;
    if (!station)
        return failed(none, invalid(QStringLiteral("station"),
                                    tr("Choose the station that takes the received cases and records.")));
    if (Status s = checkStation(m_db.sql(), m_actor, station, QStringLiteral("station"),
                                QString::number(station), tr("import records into another station"));
        !s)
        return failed(none, s.error());
    pfif::Reader reader(path);
    if (Status s = reader.open(); !s)
        return failed(none, s.error());
    const auto dom = domain();
    if (!dom)
        return failed(none, dom.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return failed(none, tx.error());
    Import run(*this, *dom, station);
    pfif::Record r;
    while (reader.next(r)) {
        if (Status s = run.record(r); !s)
            return failed(run.report, s.error());
        if (options.progress && !options.progress(reader.bytesRead(), reader.totalBytes()))
            return failed(
                run.report,
                Error{{}, tr("The import was cancelled; nothing was saved."), Error::Kind::Cancelled});
    }
    if (reader.error())
        return failed(run.report, *reader.error());
    return finish(path, run.report, tx);
}

} // namespace hc
