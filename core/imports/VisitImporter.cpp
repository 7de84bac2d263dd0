#include "core/imports/VisitImporter.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/imports/VisitImportStore.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

namespace hc {

namespace {
using RowResult = ImportRun::RowResult;
using RowContext = ImportRun::RowContext;

// One field-sheet row, read and checked: the visit, and the person checked if any.
struct VisitRow
{
    VisitImportStore::NewVisit visit;
    bool hasPerson = false;
    std::optional<IdNumber> id;
    QString name;
    VisitImportStore::Screening screening; // status, whereabouts, verified_by, notes
};

// A visit is one household, officer and time within the operation.
struct VisitKey
{
    qint64 household;
    qint64 officer;
    QString at;
    friend bool operator==(const VisitKey& a, const VisitKey& b)
    {
        return a.household == b.household && a.officer == b.officer && a.at == b.at;
    }
    friend size_t qHash(const VisitKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.household, k.officer, k.at);
    }
};

QString codeList(Vocabulary::Kind kind)
{
    return Vocabulary::codes(kind).join(QStringLiteral(", "));
}

// The field-sheet import's rows: each is read into a VisitRow (looking up the household and
// the officer, or rejected naming its column), then stored: the visit matched or created,
// the person matched by ID number (or by name at the household for someone without one) or
// created, the screening matched or written.
class VisitRows : public ImportRun::Rows
{
    Q_DECLARE_TR_FUNCTIONS(hc::VisitImporter)
public:
    VisitRows(QSqlDatabase db, const Actor& actor, const Operation& op)
        : m_store(db), m_audit(db), m_actor(actor), m_op(op)
    {
    }

    Status begin(const HeaderMap& header) override
    {
        m_map = &header;
        return m_store.prepare();
    }
    RowResult row(const QStringList& fields, RowContext& ctx) override;

private:
    Result<VisitRow> read(const QStringList& fields);
    Status readVisit(const QStringList& fields, VisitRow& r);
    Status readPerson(const QStringList& fields, VisitRow& r) const;
    // The visit's id; `created` or `changed` set when it was written.
    Result<qint64> storeVisit(const VisitRow& r, bool* created, bool* changed);
    Result<qint64> storePerson(const VisitRow& r);
    Status storeScreening(const VisitRow& r, qint64 visitId, qint64 personId, bool* created, bool* changed);

    VisitImportStore m_store;
    AuditLog m_audit;
    const Actor& m_actor;
    const Operation& m_op;
    const HeaderMap* m_map = nullptr;
    const QDateTime m_now = Clock::instance().now();
    QHash<QString, qint64> m_officers;
    // Outcome of each visit as first met in this file, to catch rows of one visit that disagree.
    QHash<VisitKey, QString> m_fileOutcomes;
};

RowResult VisitRows::row(const QStringList& fields, RowContext& ctx)
{
    auto value = read(fields);
    if (!value)
        return value.error().kind == Error::Kind::Invalid ? ctx.reject(value.error())
                                                          : ctx.fail(value.error());
    const VisitRow& r = *value;
    bool created = false;
    bool changed = false;
    const auto visitId = storeVisit(r, &created, &changed);
    if (!visitId)
        return ctx.fail(visitId.error());
    if (r.hasPerson) {
        const auto personId = storePerson(r);
        if (!personId)
            return ctx.fail(personId.error());
        if (Status s = storeScreening(r, *visitId, *personId, &created, &changed); !s)
            return ctx.fail(s.error());
    }
    if (created)
        return RowResult::Imported;
    return changed ? RowResult::Updated : RowResult::Unchanged;
}

// A rejection is an Invalid error naming the column; any other error stops the import.
Result<VisitRow> VisitRows::read(const QStringList& fields)
{
    VisitRow r;
    if (Status s = readVisit(fields, r); !s)
        return s.error();
    if (Status s = readPerson(fields, r); !s)
        return s.error();
    const VisitKey key{r.visit.householdId, r.visit.officerId, r.visit.visitedAt};
    if (auto it = m_fileOutcomes.constFind(key); it != m_fileOutcomes.constEnd() && *it != r.visit.outcome)
        return invalid(QStringLiteral("outcome"),
                       tr("Another row of this visit gives the outcome %1.")
                           .arg(Vocabulary::label(Vocabulary::Kind::Outcome, *it)));
    m_fileOutcomes.insert(key, r.visit.outcome);
    return r;
}

Status VisitRows::readVisit(const QStringList& fields, VisitRow& r)
{
    const QString householdNo = m_map->value(fields, "household_no");
    const auto household = m_store.findHousehold(householdNo);
    if (!household || *household == 0)
        return household ? invalid(QStringLiteral("household_no"),
                                   tr("There is no household %1 in the registry.").arg(householdNo))
                         : household.error();
    const QString badge = m_map->value(fields, "badge");
    qint64 officer = m_officers.value(badge);
    if (!officer) {
        const auto found = m_store.findOfficer(badge);
        if (!found || *found == 0)
            return found
                       ? invalid(QStringLiteral("badge"), tr("There is no officer with badge %1.").arg(badge))
                       : found.error();
        officer = *found;
        m_officers.insert(badge, officer);
    }
    const QString whenText = m_map->value(fields, "visited_at");
    const QDateTime when = parseDateTime(whenText);
    if (!when.isValid())
        return invalid(QStringLiteral("visited_at"),
                       tr("\"%1\" is not a time (use YYYY-MM-DD HH:MM or YYYY/M/D H:MM).").arg(whenText));
    if (when > wallClock(m_now))
        return invalid(QStringLiteral("visited_at"), tr("%1 is in the future.").arg(whenText));
    if (when.date() < m_op.start || when.date() > m_op.end)
        return invalid(QStringLiteral("visited_at"),
                       tr("%1 is outside the operation's dates (%2 to %3).")
                           .arg(whenText, m_op.start.toString(Qt::ISODate), m_op.end.toString(Qt::ISODate)));
    const QString outcomeText = m_map->value(fields, "outcome");
    const auto outcome = Vocabulary::parse(Vocabulary::Kind::Outcome, outcomeText);
    if (!outcome)
        return invalid(
            QStringLiteral("outcome"),
            tr("\"%1\" is not a visit outcome (%2).").arg(outcomeText, codeList(Vocabulary::Kind::Outcome)));
    r.visit = {m_op.id,  *household,
               officer,  when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
               *outcome, m_now.toString(Qt::ISODate)};
    return {};
}

// The person columns, checked before anything is written.
Status VisitRows::readPerson(const QStringList& fields, VisitRow& r) const
{
    const QString idText = m_map->value(fields, "id_number");
    const QString statusText = m_map->value(fields, "status");
    const QString verifiedText = m_map->value(fields, "verified_by");
    r.name = m_map->value(fields, "name");
    r.hasPerson = !idText.isEmpty() || !r.name.isEmpty();
    if (!r.hasPerson)
        return statusText.isEmpty()
                   ? Status{}
                   : invalid(QStringLiteral("status"),
                             tr("A status was given but no ID number or name of the person."));
    if (statusText.isEmpty())
        return invalid(QStringLiteral("status"), tr("A person row needs a screening status."));
    const auto status = Vocabulary::parse(Vocabulary::Kind::Status, statusText);
    if (!status)
        return invalid(
            QStringLiteral("status"),
            tr("\"%1\" is not a screening status (%2).").arg(statusText, codeList(Vocabulary::Kind::Status)));
    std::optional<QString> verifiedBy;
    if (!verifiedText.isEmpty()) {
        verifiedBy = Vocabulary::parse(Vocabulary::Kind::VerifiedBy, verifiedText);
        if (!verifiedBy)
            return invalid(QStringLiteral("verified_by"),
                           tr("\"%1\" is not a way of verifying (%2).")
                               .arg(verifiedText, codeList(Vocabulary::Kind::VerifiedBy)));
    }
    if (!idText.isEmpty()) {
        auto parsed = IdNumber::parse(idText, m_now.date());
        if (!parsed)
            return invalid(QStringLiteral("id_number"), parsed.error().message);
        r.id = *parsed;
    } else if (*status != u"unregistered_found") {
        return invalid(QStringLiteral("id_number"),
                       tr("A person without an ID number can only have the status unregistered_found."));
    }
    if (r.visit.outcome != u"completed")
        return invalid(QStringLiteral("outcome"),
                       tr("People can only be screened on a completed visit, not %1.")
                           .arg(Vocabulary::label(Vocabulary::Kind::Outcome, r.visit.outcome)));
    r.screening = {0, *status, m_map->value(fields, "whereabouts"), verifiedBy.value_or(QString()),
                   m_map->value(fields, "notes")};
    return {};
}

Result<qint64> VisitRows::storeVisit(const VisitRow& r, bool* created, bool* changed)
{
    const auto found = m_store.findVisit(r.visit);
    if (!found)
        return found.error();
    if (!*found) {
        *created = true;
        return m_store.addVisit(r.visit);
    }
    const VisitImportStore::Visit& old = **found;
    if (old.outcome != r.visit.outcome) {
        if (Status s = m_store.setOutcome(old.id, r.visit.outcome); !s)
            return s.error();
        if (Status s = m_audit.append(m_actor, QStringLiteral("update"), QStringLiteral("visit"),
                                      QString::number(old.id), {{QStringLiteral("outcome"), old.outcome}},
                                      {{QStringLiteral("outcome"), r.visit.outcome}});
            !s)
            return s.error();
        *changed = true;
    }
    return old.id;
}

// The person checked: on record by ID number (or, without one, by name at the household),
// else someone not in the registry, attached to the household where found.
Result<qint64> VisitRows::storePerson(const VisitRow& r)
{
    const auto found =
        r.id ? m_store.findPerson(r.id->text()) : m_store.findUnnumberedPerson(r.visit.householdId, r.name);
    if (!found || *found)
        return found;
    VisitImportStore::NewPerson p;
    if (r.id) {
        p.idNumber = r.id->text();
        p.sex = QString(r.id->sexCode());
        p.birthDate = r.id->birthDate().toString(Qt::ISODate);
        p.birthYear = r.id->birthDate().year();
    }
    p.name = r.name.isEmpty() ? p.idNumber : r.name;
    p.householdId = r.visit.householdId;
    p.registered = r.screening.status != u"unregistered_found";
    const auto id = m_store.addPerson(p);
    if (!id)
        return id;
    if (Status s = m_audit.append(m_actor, QStringLiteral("create"), QStringLiteral("person"),
                                  QString::number(*id), {},
                                  {{QStringLiteral("name"), r.name},
                                   {QStringLiteral("id_number"), p.idNumber},
                                   {QStringLiteral("household_id"), p.householdId}});
        !s)
        return s.error();
    return id;
}

Status VisitRows::storeScreening(const VisitRow& r, qint64 visitId, qint64 personId, bool* created,
                                 bool* changed)
{
    const auto found = m_store.findScreening(visitId, personId);
    if (!found)
        return found.error();
    if (!*found) {
        *created = true;
        return m_store.addScreening(visitId, m_op.id, personId, r.visit.visitedAt, r.screening);
    }
    const auto json = [](const VisitImportStore::Screening& s) {
        return QJsonObject{{QStringLiteral("status"), s.status},
                           {QStringLiteral("whereabouts"), s.whereabouts},
                           {QStringLiteral("verified_by"), s.verifiedBy},
                           {QStringLiteral("notes"), s.notes}};
    };
    const QJsonObject before = json(**found);
    const QJsonObject after = json(r.screening);
    if (before == after)
        return {};
    VisitImportStore::Screening updated = r.screening;
    updated.id = (*found)->id;
    if (Status s = m_store.updateScreening(updated); !s)
        return s;
    *changed = true;
    return m_audit.append(m_actor, QStringLiteral("update"), QStringLiteral("screening"),
                          QString::number(updated.id), before, after);
}
} // namespace

VisitImporter::VisitImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& VisitImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"household_no", u"户号", true, 50},
        {"visited_at", u"走访时间", true, 40},
        {"badge", u"警号", true, 32},
        {"outcome", u"走访结果", true, 40},
        {"id_number", u"公民身份号码", false, 32},
        {"name", u"姓名", false, 100},
        {"status", u"排查状态", false, 40},
        {"whereabouts", u"去向", false, 500},
        {"verified_by", u"核实方式", false, 40},
        {"notes", u"备注", false, 2000},
    };
    return spec;
}

ImportReport VisitImporter::run(const QString& operationName, const QString& path,
                                const ImportOptions& options)
{
    ImportReport denial;
    if (!m_actor.can(Right::ImportVisits)) {
        denial.fatal = refused(m_db.sql(), m_actor, QStringLiteral("visits"), {},
                               denied(Roles::deniedMessage(m_actor, tr("import field sheets"))));
        return denial;
    }
    const auto op = OperationService(m_db, m_actor).find(operationName);
    if (!op) {
        denial.fatal = op.error();
        return denial;
    }
    if (Status open = OperationService::checkOpen(m_db, op->id); !open) {
        denial.fatal = open.error();
        return denial;
    }
    VisitRows rows(m_db.sql(), m_actor, *op);
    ImportRun run(m_db, m_actor, path, options);
    return run.execute(columns(), QStringLiteral("import-visits"), {{QStringLiteral("operation"), op->name}},
                       rows);
}

} // namespace hc
