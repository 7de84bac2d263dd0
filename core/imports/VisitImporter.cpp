#include "core/imports/VisitImporter.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

VisitImporter::VisitImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& VisitImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"household_no", u"户号", true},
        {"visited_at", u"走访时间", true},
        {"badge", u"警号", true},
        {"outcome", u"走访结果", true},
        {"id_number", u"公民身份号码", false},
        {"name", u"姓名", false},
        {"status", u"排查状态", false},
        {"whereabouts", u"去向", false},
        {"verified_by", u"核实方式", false},
        {"notes", u"备注", false},
    };
    return spec;
}

namespace {
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

ImportReport VisitImporter::run(const QString& operationName, const QString& path,
                                const ImportOptions& options)
{
    ImportReport denial;
    if (!m_actor.can(Right::ImportVisits)) {
        denial.fatal = denied(Roles::deniedMessage(m_actor, tr("import field sheets")));
        return denial;
    }
    const auto op = OperationService(m_db, m_actor).find(operationName);
    if (!op) {
        denial.fatal = op.error();
        return denial;
    }

    QSqlDatabase& db = m_db.sql();
    QSqlQuery selHousehold(db), selOfficer(db), selVisit(db), insVisit(db), updVisit(db), selPersonById(db),
        selPersonByName(db), insPerson(db), selScreening(db), insScreening(db), updScreening(db);
    const HeaderMap* map = nullptr;
    QHash<QString, qint64> officers;
    // Outcome of each visit as first met in this file, to catch rows of one visit that disagree.
    QHash<qint64, QString> fileVisitOutcome;
    AuditLog audit(db);
    const QDateTime now = Clock::instance().now();

    auto prepare = [&](const HeaderMap& h) -> Status {
        map = &h;
        // Each result is read once, front to back: no row cache in QtSql.
        selHousehold.setForwardOnly(true);
        selOfficer.setForwardOnly(true);
        selVisit.setForwardOnly(true);
        insVisit.setForwardOnly(true);
        updVisit.setForwardOnly(true);
        selPersonById.setForwardOnly(true);
        selPersonByName.setForwardOnly(true);
        insPerson.setForwardOnly(true);
        selScreening.setForwardOnly(true);
        insScreening.setForwardOnly(true);
        updScreening.setForwardOnly(true);
        const bool ok =
            selHousehold.prepare(QStringLiteral("SELECT id FROM households WHERE household_no = ?")) &&
            selOfficer.prepare(QStringLiteral("SELECT id FROM users WHERE badge = ?")) &&
            selVisit.prepare(QStringLiteral("SELECT id, outcome FROM visits WHERE operation_id = ? AND "
                                            "household_id = ? AND officer_id = ? AND visited_at = ?")) &&
            insVisit.prepare(
                QStringLiteral("INSERT INTO visits(uuid, operation_id, household_id, officer_id, "
                               "visited_at, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
            updVisit.prepare(QStringLiteral("UPDATE visits SET outcome = ? WHERE id = ?")) &&
            selPersonById.prepare(QStringLiteral("SELECT id FROM persons WHERE id_number = ?")) &&
            selPersonByName.prepare(
                QStringLiteral("SELECT id FROM persons WHERE household_id = ? AND name = ? "
                               "AND id_number IS NULL ORDER BY id LIMIT 1")) &&
            insPerson.prepare(
                QStringLiteral("INSERT INTO persons(id_number, name, sex, birth_date, birth_year, "
                               "household_id, registered) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
            selScreening.prepare(QStringLiteral("SELECT id, status, whereabouts, verified_by, notes FROM "
                                                "screenings WHERE visit_id = ? AND person_id = ?")) &&
            insScreening.prepare(QStringLiteral(
                "INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status, "
                "whereabouts, verified_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
            updScreening.prepare(QStringLiteral("UPDATE screenings SET status = ?, whereabouts = ?, "
                                                "verified_by = ?, notes = ? WHERE id = ?"));
        if (!ok)
            return storageError(tr("Preparing the import failed: %1").arg(db.lastError().text()));
        return {};
    };

    auto handler = [&](const QStringList& row, ImportRun::RowContext& ctx) -> ImportRun::RowResult {
        using R = ImportRun::RowResult;

        // --- the visit -------------------------------------------------------------------
        const QString householdNo = map->value(row, "household_no");
        selHousehold.bindValue(0, householdNo);
        if (!selHousehold.exec())
            return ctx.fail(selHousehold);
        if (!selHousehold.next())
            return ctx.reject("household_no",
                              tr("There is no household %1 in the registry.").arg(householdNo));
        const qint64 householdId = selHousehold.value(0).toLongLong();
        selHousehold.finish();

        const QString badge = map->value(row, "badge");
        qint64 officerId = officers.value(badge);
        if (!officerId) {
            selOfficer.bindValue(0, badge);
            if (!selOfficer.exec())
                return ctx.fail(selOfficer);
            if (!selOfficer.next())
                return ctx.reject("badge", tr("There is no officer with badge %1.").arg(badge));
            officerId = selOfficer.value(0).toLongLong();
            selOfficer.finish();
            officers.insert(badge, officerId);
        }

        const QString whenText = map->value(row, "visited_at");
        const QDateTime when = parseDateTime(whenText);
        if (!when.isValid())
            return ctx.reject(
                "visited_at",
                tr("\"%1\" is not a time (use YYYY-MM-DD HH:MM or YYYY/M/D H:MM).").arg(whenText));
        if (when > wallClock(now))
            return ctx.reject("visited_at", tr("%1 is in the future.").arg(whenText));
        if (when.date() < op->start || when.date() > op->end)
            return ctx.reject("visited_at", tr("%1 is outside the operation's dates (%2 to %3).")
                                                .arg(whenText, op->start.toString(Qt::ISODate),
                                                     op->end.toString(Qt::ISODate)));
        const QString outcomeText = map->value(row, "outcome");
        const auto outcome = Vocabulary::parse(Vocabulary::Kind::Outcome, outcomeText);
        if (!outcome)
            return ctx.reject(
                "outcome", tr("\"%1\" is not a visit outcome (%2).")
                               .arg(outcomeText,
                                    Vocabulary::codes(Vocabulary::Kind::Outcome).join(QStringLiteral(", "))));

        // --- the person columns, checked before anything is written ----------------------
        const QString idText = map->value(row, "id_number");
        const QString name = map->value(row, "name");
        const QString statusText = map->value(row, "status");
        const QString whereabouts = map->value(row, "whereabouts");
        const QString verifiedText = map->value(row, "verified_by");
        const QString notes = map->value(row, "notes");
        const bool hasPerson = !idText.isEmpty() || !name.isEmpty();
        std::optional<QString> status;
        std::optional<QString> verifiedBy;
        std::optional<IdNumber> id;
        if (hasPerson) {
            if (statusText.isEmpty())
                return ctx.reject("status", tr("A person row needs a screening status."));
            status = Vocabulary::parse(Vocabulary::Kind::Status, statusText);
            if (!status)
                return ctx.reject(
                    "status",
                    tr("\"%1\" is not a screening status (%2).")
                        .arg(statusText,
                             Vocabulary::codes(Vocabulary::Kind::Status).join(QStringLiteral(", "))));
            if (!verifiedText.isEmpty()) {
                verifiedBy = Vocabulary::parse(Vocabulary::Kind::VerifiedBy, verifiedText);
                if (!verifiedBy)
                    return ctx.reject(
                        "verified_by",
                        tr("\"%1\" is not a way of verifying (%2).")
                            .arg(verifiedText,
                                 Vocabulary::codes(Vocabulary::Kind::VerifiedBy).join(QStringLiteral(", "))));
            }
            if (!idText.isEmpty()) {
                auto parsed = IdNumber::parse(idText, now.date());
                if (!parsed)
                    return ctx.reject("id_number", parsed.error().message);
                id = *parsed;
            } else if (*status != u"unregistered_found") {
                return ctx.reject("id_number", tr("A person without an ID number can only have the status "
                                                  "unregistered_found."));
            }
            if (*outcome != u"completed")
                return ctx.reject("outcome",
                                  tr("People can only be screened on a completed visit, not %1.")
                                      .arg(Vocabulary::label(Vocabulary::Kind::Outcome, *outcome)));
        } else if (!statusText.isEmpty()) {
            return ctx.reject("status", tr("A status was given but no ID number or name of the person."));
        }

        // --- write: visit, then person, then screening ----------------------------------------
        bool created = false;
        bool changed = false;
        qint64 visitId = 0;
        const QString visitedAt = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        selVisit.bindValue(0, op->id);
        selVisit.bindValue(1, householdId);
        selVisit.bindValue(2, officerId);
        selVisit.bindValue(3, visitedAt);
        if (!selVisit.exec())
            return ctx.fail(selVisit);
        if (selVisit.next()) {
            visitId = selVisit.value(0).toLongLong();
            const QString oldOutcome = selVisit.value(1).toString();
            selVisit.finish();
            const auto inFile = fileVisitOutcome.constFind(visitId);
            if (inFile != fileVisitOutcome.constEnd() && *inFile != *outcome)
                return ctx.reject("outcome", tr("Another row of this visit gives the outcome %1.")
                                                 .arg(Vocabulary::label(Vocabulary::Kind::Outcome, *inFile)));
            if (oldOutcome != *outcome) {
                updVisit.bindValue(0, *outcome);
                updVisit.bindValue(1, visitId);
                if (!updVisit.exec())
                    return ctx.fail(updVisit);
                if (Status s = audit.append(
                        m_actor, QStringLiteral("update"), QStringLiteral("visit"), QString::number(visitId),
                        {{QStringLiteral("outcome"), oldOutcome}}, {{QStringLiteral("outcome"), *outcome}});
                    !s) {
                    return ctx.fail(s.error());
                }
                changed = true;
            }
        } else {
            selVisit.finish();
            insVisit.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
            insVisit.bindValue(1, op->id);
            insVisit.bindValue(2, householdId);
            insVisit.bindValue(3, officerId);
            insVisit.bindValue(4, visitedAt);
            insVisit.bindValue(5, *outcome);
            insVisit.bindValue(6, now.toString(Qt::ISODate));
            if (!insVisit.exec())
                return ctx.fail(insVisit);
            visitId = insVisit.lastInsertId().toLongLong();
            created = true;
        }
        fileVisitOutcome.insert(visitId, *outcome);

        if (hasPerson) {
            qint64 personId = 0;
            if (id) {
                selPersonById.bindValue(0, id->text());
                if (!selPersonById.exec())
                    return ctx.fail(selPersonById);
                if (selPersonById.next())
                    personId = selPersonById.value(0).toLongLong();
                selPersonById.finish();
            } else {
                selPersonByName.bindValue(0, householdId);
                selPersonByName.bindValue(1, name);
                if (!selPersonByName.exec())
                    return ctx.fail(selPersonByName);
                if (selPersonByName.next())
                    personId = selPersonByName.value(0).toLongLong();
                selPersonByName.finish();
            }
            if (!personId) {
                // Someone not in the registry: attached to the household where found.
                insPerson.bindValue(0, id ? QVariant(id->text()) : QVariant());
                insPerson.bindValue(1, name.isEmpty() ? id->text() : name);
                insPerson.bindValue(2, id ? QVariant(QString(id->sexCode())) : QVariant());
                insPerson.bindValue(3, id ? QVariant(id->birthDate().toString(Qt::ISODate)) : QVariant());
                insPerson.bindValue(4, id ? QVariant(id->birthDate().year()) : QVariant());
                insPerson.bindValue(5, householdId);
                insPerson.bindValue(6, *status == u"unregistered_found" ? 0 : 1);
                if (!insPerson.exec())
                    return ctx.fail(insPerson);
                personId = insPerson.lastInsertId().toLongLong();
                if (Status s = audit.append(m_actor, QStringLiteral("create"), QStringLiteral("person"),
                                            QString::number(personId), {},
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("id_number"), id ? id->text() : QString()},
                                             {QStringLiteral("household_id"), householdId}});
                    !s) {
                    return ctx.fail(s.error());
                }
            }

            selScreening.bindValue(0, visitId);
            selScreening.bindValue(1, personId);
            if (!selScreening.exec())
                return ctx.fail(selScreening);
            const QString verified = verifiedBy.value_or(QString());
            if (selScreening.next()) {
                const qint64 screeningId = selScreening.value(0).toLongLong();
                const QJsonObject before{{QStringLiteral("status"), selScreening.value(1).toString()},
                                         {QStringLiteral("whereabouts"), selScreening.value(2).toString()},
                                         {QStringLiteral("verified_by"), selScreening.value(3).toString()},
                                         {QStringLiteral("notes"), selScreening.value(4).toString()}};
                selScreening.finish();
                const QJsonObject after{{QStringLiteral("status"), *status},
                                        {QStringLiteral("whereabouts"), whereabouts},
                                        {QStringLiteral("verified_by"), verified},
                                        {QStringLiteral("notes"), notes}};
                if (before != after) {
                    updScreening.bindValue(0, *status);
                    updScreening.bindValue(1, orNull(whereabouts));
                    updScreening.bindValue(2, orNull(verified));
                    updScreening.bindValue(3, orNull(notes));
                    updScreening.bindValue(4, screeningId);
                    if (!updScreening.exec())
                        return ctx.fail(updScreening);
                    if (Status s =
                            audit.append(m_actor, QStringLiteral("update"), QStringLiteral("screening"),
                                         QString::number(screeningId), before, after);
                        !s) {
                        return ctx.fail(s.error());
                    }
                    changed = true;
                }
            } else {
                selScreening.finish();
                insScreening.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
                insScreening.bindValue(1, visitId);
                insScreening.bindValue(2, op->id);
                insScreening.bindValue(3, personId);
                insScreening.bindValue(4, visitedAt);
                insScreening.bindValue(5, *status);
                insScreening.bindValue(6, orNull(whereabouts));
                insScreening.bindValue(7, orNull(verified));
                insScreening.bindValue(8, orNull(notes));
                if (!insScreening.exec())
                    return ctx.fail(insScreening);
                created = true;
            }
        }
        if (created)
            return R::Imported;
        return changed ? R::Updated : R::Unchanged;
    };

    ImportRun run(m_db, m_actor, path, options);
    return run.execute(columns(), QStringLiteral("import-visits"), {{QStringLiteral("operation"), op->name}},
                       prepare, handler);
}

} // namespace hc
