// PfifService's export, and the domain both directions use.
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseService.h"
#include "core/cases/CaseStore.h"
#include "core/cases/FoundPersonService.h"
#include "core/cases/MarkStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/pfif/PfifConvert.h"
#include "core/pfif/PfifService.h"
#include "core/pfif/PfifStore.h"
#include "core/pfif/PfifWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QUuid>

namespace hc {

QJsonObject PfifImportReport::toJson() const
{
    QJsonArray errs;
    if (fatal)
        errs.append(QJsonObject{{QStringLiteral("record"), 0},
                                {QStringLiteral("record_id"), QString()},
                                {QStringLiteral("reason"), fatal->message}});
    for (const PfifImportIssue& e : errors)
        errs.append(QJsonObject{{QStringLiteral("record"), e.record},
                                {QStringLiteral("record_id"), e.recordId},
                                {QStringLiteral("reason"), e.reason}});
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("matched"), matched},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("errors"), errs}};
}

PfifService::PfifService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QString> PfifService::domain()
{
    const PfifStore store(m_db.sql());
    const auto known = store.domain();
    if (!known || !known->isEmpty())
        return known;
    const QString made = QStringLiteral("homecoming.") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    Transaction tx(m_db.sql());
    if (Status s = store.setDomain(made, wallText(Clock::instance().now())); !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return made;
}

// One export: reads within the actor's scope and writes the records as it goes.
class PfifService::Export
{
public:
    Export(PfifService& service, QString domain, pfif::Writer& writer)
        : m_s(service), m_store(service.m_db.sql()), m_cases(service.m_db.sql()), m_marks(service.m_db.sql()),
          m_domain(std::move(domain)), m_writer(writer)
    {
    }
    Status cases(bool openOnly);
    Status foundPersons();
    PfifExportResult result;

private:
    Result<pfif::CaseExport> caseExport(qint64 caseId);
    Status leadIds(pfif::CaseExport& c);
    QString own(const char* what, const QString& key) const
    {
        return m_domain + QLatin1Char('/') + QLatin1String(what) + QLatin1Char('.') + key;
    }
    PfifService& m_s;
    PfifStore m_store;
    CaseStore m_cases;
    MarkStore m_marks;
    QString m_domain;
    pfif::Writer& m_writer;
};

Status PfifService::Export::cases(bool openOnly)
{
    CaseFilter filter;
    if (openOnly)
        filter.statuses = QStringList{QStringLiteral("open"), QStringLiteral("investigating")};
    const auto rows = CaseService(m_s.m_db, m_s.m_actor).list(filter);
    if (!rows)
        return rows.error();
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        const auto c = caseExport(it->id);
        if (!c)
            return c.error();
        const pfif::Record r = pfif::caseRecord(*c);
        m_writer.writePerson(r);
        ++result.cases;
        result.notes += r.notes.size();
    }
    return {};
}

Result<pfif::CaseExport> PfifService::Export::caseExport(qint64 caseId)
{
    pfif::CaseExport c;
    const auto file = m_cases.file(caseId);
    if (!file)
        return file.error();
    if (!*file)
        return notFound(QStringLiteral("case"), PfifService::tr("There is no case number %1.").arg(caseId));
    c.file = **file;
    const auto leads = m_cases.leads(caseId);
    if (!leads)
        return leads.error();
    c.leads = *leads;
    const auto marks = m_marks.marks(MarkStore::Owner::Case, caseId);
    if (!marks)
        return marks.error();
    c.marks = *marks;
    const auto source = m_store.personOf(caseId, 0);
    if (!source)
        return source.error();
    c.source = *source;
    c.recordId = c.source ? c.source->recordId : own("case", c.file.uuid);
    const auto outcome = m_store.noteOf(caseId, 0);
    if (!outcome)
        return outcome.error();
    c.outcomeNoteId = *outcome ? (*outcome)->recordId : own("outcome", c.file.uuid);
    if (!c.file.duplicateOfCaseNo.isEmpty()) {
        const auto uuid = m_store.caseUuid(c.file.duplicateOfCaseNo);
        if (!uuid)
            return uuid.error();
        c.duplicateRecordId = own("case", *uuid);
    }
    if (c.file.subjectPersonId) {
        const auto home = m_store.homeAddress(c.file.subjectPersonId);
        if (!home)
            return home.error();
        c.homeAddress = *home;
    }
    if (Status s = leadIds(c); !s)
        return s.error();
    return c;
}

Status PfifService::Export::leadIds(pfif::CaseExport& c)
{
    for (const Lead& lead : c.leads) {
        const auto note = m_store.noteOfLead(lead.id);
        if (!note)
            return note.error();
        c.leadRecordIds.insert(lead.id, *note ? (*note)->recordId : own("lead", QString::number(lead.id)));
        if (*note)
            c.leadAuthors.insert(lead.id, (*note)->authorName);
    }
    return {};
}

Status PfifService::Export::foundPersons()
{
    const auto records = FoundPersonService(m_s.m_db, m_s.m_actor).list({});
    if (!records)
        return records.error();
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        pfif::FoundExport f;
        f.record = *it;
        const auto uuid = m_store.foundPersonUuid(it->id);
        const auto source = m_store.personOf(0, it->id);
        const auto note = m_store.noteOf(0, it->id);
        const auto marks = m_marks.marks(MarkStore::Owner::FoundPerson, it->id);
        if (!uuid || !source || !note || !marks)
            return !uuid ? uuid.error() : !source ? source.error() : !note ? note.error() : marks.error();
        f.marks = *marks;
        f.source = *source;
        f.recordId = *source ? (*source)->recordId : own("found", *uuid);
        f.noteId = *note ? (*note)->recordId : own("found-note", *uuid);
        m_writer.writePerson(pfif::foundRecord(f));
        ++result.foundPersons;
        ++result.notes;
    }
    return {};
}

Result<PfifExportResult> PfifService::exportTo(const QString& path, const PfifExportOptions& options)
{
    const auto dom = domain();
    if (!dom)
        return dom.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::Io};
    pfif::Writer writer(&file);
    writer.begin();
    Export run(*this, *dom, writer);
    if (options.cases)
        if (Status s = run.cases(options.openCasesOnly); !s)
            return s.error();
    if (options.foundPersons)
        if (Status s = run.foundPersons(); !s)
            return s.error();
    writer.end();
    if (writer.hasError() || !file.commit())
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::Io};
    run.result.domain = *dom;
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("export"), QStringLiteral("pfif"),
                             QFileInfo(path).fileName(),
                             {{QStringLiteral("cases"), run.result.cases},
                              {QStringLiteral("found_persons"), run.result.foundPersons},
                              {QStringLiteral("notes"), run.result.notes}});
        !s)
        return s.error();
    return run.result;
}

} // namespace hc
