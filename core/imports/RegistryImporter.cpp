#include "core/imports/RegistryImporter.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {
// The 17 digits before the check character identify a number; they fit in 64 bits, which
// keeps the "seen earlier in this file" table small at 2,000,000 rows.
quint64 idKey(const QString& id18)
{
    quint64 k = 0;
    for (int i = 0; i < 17; ++i)
        k = k * 10 + quint64(id18.at(i).unicode() - u'0');
    return k;
}

struct HouseholdRow
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString address;
};
} // namespace

RegistryImporter::RegistryImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& RegistryImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"station", u"派出所", true},
        {"area", u"社区", true},
        {"household_no", u"户号", true},
        {"address", u"住址", true},
        {"id_number", u"公民身份号码", true},
        {"name", u"姓名", true},
        {"sex", u"性别", false},
        {"birth_date", u"出生日期", false},
        {"phone", u"联系电话", false},
        {"relation", u"与户主关系", false},
    };
    return spec;
}

ImportReport RegistryImporter::run(const QString& path, const ImportOptions& options)
{
    if (!m_actor.can(Right::ImportRegistry)) {
        ImportReport r;
        r.fatal = denied(Roles::deniedMessage(m_actor, tr("import the registry")));
        return r;
    }

    QSqlDatabase& db = m_db.sql();
    QSqlQuery selStation(db), insStation(db), selArea(db), insArea(db), selHousehold(db), insHousehold(db),
        updHousehold(db), selPerson(db), insPerson(db), updPerson(db);
    const HeaderMap* map = nullptr;
    QHash<QString, qint64> stations;
    QHash<QPair<qint64, QString>, qint64> areas;
    QHash<quint64, quint32> seen; // ID key -> data row
    QString lastHouseholdNo;
    HouseholdRow lastHousehold;
    qint64 rowNo = 0;
    AuditLog audit(db);
    const QDate today = Clock::instance().now().date();

    auto prepare = [&](const HeaderMap& h) -> Status {
        map = &h;
        // Each result is read once, front to back: no row cache in QtSql.
        selStation.setForwardOnly(true);
        insStation.setForwardOnly(true);
        selArea.setForwardOnly(true);
        insArea.setForwardOnly(true);
        selHousehold.setForwardOnly(true);
        insHousehold.setForwardOnly(true);
        updHousehold.setForwardOnly(true);
        selPerson.setForwardOnly(true);
        insPerson.setForwardOnly(true);
        updPerson.setForwardOnly(true);
        bool ok =
            selStation.prepare(QStringLiteral("SELECT id FROM stations WHERE name = ?")) &&
            insStation.prepare(QStringLiteral("INSERT INTO stations(name) VALUES (?)")) &&
            selArea.prepare(QStringLiteral("SELECT id FROM areas WHERE station_id = ? AND name = ?")) &&
            insArea.prepare(QStringLiteral("INSERT INTO areas(station_id, name) VALUES (?, ?)")) &&
            selHousehold.prepare(
                QStringLiteral("SELECT id, area_id, address FROM households WHERE household_no = ?")) &&
            insHousehold.prepare(
                QStringLiteral("INSERT INTO households(household_no, area_id, address) VALUES (?, ?, ?)")) &&
            updHousehold.prepare(
                QStringLiteral("UPDATE households SET area_id = ?, address = ? WHERE id = ?")) &&
            selPerson.prepare(
                QStringLiteral("SELECT id, name, sex, birth_date, phone, household_id, relation "
                               "FROM persons WHERE id_number = ?")) &&
            insPerson.prepare(QStringLiteral(
                "INSERT INTO persons(id_number, name, sex, birth_date, birth_year, phone, household_id, "
                "relation, registered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id_number) DO "
                "NOTHING")) &&
            updPerson.prepare(QStringLiteral("UPDATE persons SET name = ?, sex = ?, birth_date = ?, "
                                             "birth_year = ?, phone = ?, household_id = ?, relation = ?, "
                                             "registered = 1 WHERE id = ?"));
        if (!ok)
            return storageError(selStation.lastError().text() + insPerson.lastError().text());
        return {};
    };

    auto handler = [&](const QStringList& row, ImportRun::RowContext& ctx) -> ImportRun::RowResult {
        using R = ImportRun::RowResult;
        ++rowNo;

        const auto id = IdNumber::parse(map->value(row, "id_number"), today);
        if (!id)
            return ctx.reject("id_number", id.error().message);
        const QString sexText = map->value(row, "sex");
        if (!sexText.isEmpty()) {
            const auto sex = Vocabulary::parseSex(sexText);
            if (!sex)
                return ctx.reject("sex",
                                  tr("\"%1\" is not a sex (use 男/女, M/F or male/female).").arg(sexText));
            if (*sex != id->sexCode())
                return ctx.reject("sex", tr("Sex %1 contradicts the ID number, which is that of a %2.")
                                             .arg(sexText, Vocabulary::sexLabel(id->sexCode()).toLower()));
        }
        const QString birthText = map->value(row, "birth_date");
        if (!birthText.isEmpty()) {
            const QDate birth = parseDate(birthText);
            if (!birth.isValid())
                return ctx.reject("birth_date", tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(birthText));
            if (birth != id->birthDate())
                return ctx.reject("birth_date", tr("Birth date %1 contradicts the ID number, which gives %2.")
                                                    .arg(birth.toString(Qt::ISODate),
                                                         id->birthDate().toString(Qt::ISODate)));
        }
        if (ctx.estimatedRows > seen.capacity())
            seen.reserve(ctx.estimatedRows + ctx.estimatedRows / 10);
        const quint64 key = idKey(id->text());
        if (auto it = seen.constFind(key); it != seen.constEnd())
            return ctx.reject(
                "id_number",
                tr("ID number %1 already appears in row %2 of this file.").arg(id->text()).arg(*it));
        seen.insert(key, quint32(rowNo));

        // Station and area, created as met.
        const QString stationName = map->value(row, "station");
        qint64 stationId = stations.value(stationName);
        if (!stationId) {
            selStation.bindValue(0, stationName);
            if (!selStation.exec())
                return ctx.fail(selStation);
            if (selStation.next()) {
                stationId = selStation.value(0).toLongLong();
            } else {
                insStation.bindValue(0, stationName);
                if (!insStation.exec())
                    return ctx.fail(insStation);
                stationId = insStation.lastInsertId().toLongLong();
                if (Status s =
                        audit.append(m_actor, QStringLiteral("create"), QStringLiteral("station"),
                                     QString::number(stationId), {}, {{QStringLiteral("name"), stationName}});
                    !s) {
                    return ctx.fail(s.error());
                }
            }
            selStation.finish();
            stations.insert(stationName, stationId);
        }
        const QString areaName = map->value(row, "area");
        qint64 areaId = areas.value({stationId, areaName});
        if (!areaId) {
            selArea.bindValue(0, stationId);
            selArea.bindValue(1, areaName);
            if (!selArea.exec())
                return ctx.fail(selArea);
            if (selArea.next()) {
                areaId = selArea.value(0).toLongLong();
            } else {
                insArea.bindValue(0, stationId);
                insArea.bindValue(1, areaName);
                if (!insArea.exec())
                    return ctx.fail(insArea);
                areaId = insArea.lastInsertId().toLongLong();
            }
            selArea.finish();
            areas.insert({stationId, areaName}, areaId);
        }

        // Household, matched by household number.
        bool householdChanged = false;
        const QString householdNo = map->value(row, "household_no");
        const QString address = map->value(row, "address");
        if (householdNo != lastHouseholdNo) {
            selHousehold.bindValue(0, householdNo);
            if (!selHousehold.exec())
                return ctx.fail(selHousehold);
            if (selHousehold.next()) {
                lastHousehold = {selHousehold.value(0).toLongLong(), selHousehold.value(1).toLongLong(),
                                 selHousehold.value(2).toString()};
            } else {
                insHousehold.bindValue(0, householdNo);
                insHousehold.bindValue(1, areaId);
                insHousehold.bindValue(2, address);
                if (!insHousehold.exec())
                    return ctx.fail(insHousehold);
                lastHousehold = {insHousehold.lastInsertId().toLongLong(), areaId, address};
            }
            selHousehold.finish();
            lastHouseholdNo = householdNo;
        }
        if (lastHousehold.areaId != areaId || lastHousehold.address != address) {
            updHousehold.bindValue(0, areaId);
            updHousehold.bindValue(1, address);
            updHousehold.bindValue(2, lastHousehold.id);
            if (!updHousehold.exec())
                return ctx.fail(updHousehold);
            if (Status s =
                    audit.append(m_actor, QStringLiteral("update"), QStringLiteral("household"),
                                 QString::number(lastHousehold.id),
                                 {{QStringLiteral("area_id"), lastHousehold.areaId},
                                  {QStringLiteral("address"), lastHousehold.address}},
                                 {{QStringLiteral("area_id"), areaId}, {QStringLiteral("address"), address}});
                !s) {
                return ctx.fail(s.error());
            }
            lastHousehold.areaId = areaId;
            lastHousehold.address = address;
            householdChanged = true;
        }

        // Person, matched by ID number. An empty optional column keeps what is on record.
        const QString name = map->value(row, "name");
        const QString sex = QString(id->sexCode());
        const QString birth = id->birthDate().toString(Qt::ISODate);
        QString phone = map->value(row, "phone");
        QString relation = map->value(row, "relation");
        // Insert first: in a first import nearly every row is new, and a lookup per row
        // would cost a statement; a conflict on the ID number means the person is on record.
        insPerson.bindValue(0, id->text());
        insPerson.bindValue(1, name);
        insPerson.bindValue(2, sex);
        insPerson.bindValue(3, birth);
        insPerson.bindValue(4, id->birthDate().year());
        insPerson.bindValue(5, phone.isEmpty() ? QVariant() : QVariant(phone));
        insPerson.bindValue(6, lastHousehold.id);
        insPerson.bindValue(7, relation.isEmpty() ? QVariant() : QVariant(relation));
        if (!insPerson.exec())
            return ctx.fail(insPerson);
        if (insPerson.numRowsAffected() == 1)
            return R::Imported;
        selPerson.bindValue(0, id->text());
        if (!selPerson.exec())
            return ctx.fail(selPerson);
        if (!selPerson.next())
            return ctx.fail(storageError(tr("Person %1 vanished during the import.").arg(id->text())));
        const qint64 personId = selPerson.value(0).toLongLong();
        const QString oldName = selPerson.value(1).toString(), oldSex = selPerson.value(2).toString(),
                      oldBirth = selPerson.value(3).toString(), oldPhone = selPerson.value(4).toString(),
                      oldRelation = selPerson.value(6).toString();
        const qint64 oldHousehold = selPerson.value(5).toLongLong();
        selPerson.finish();
        if (phone.isEmpty())
            phone = oldPhone;
        if (relation.isEmpty())
            relation = oldRelation;
        if (oldName == name && oldSex == sex && oldBirth == birth && oldPhone == phone &&
            oldHousehold == lastHousehold.id && oldRelation == relation)
            return householdChanged ? R::Updated : R::Unchanged;
        updPerson.bindValue(0, name);
        updPerson.bindValue(1, sex);
        updPerson.bindValue(2, birth);
        updPerson.bindValue(3, id->birthDate().year());
        updPerson.bindValue(4, phone.isEmpty() ? QVariant() : QVariant(phone));
        updPerson.bindValue(5, lastHousehold.id);
        updPerson.bindValue(6, relation.isEmpty() ? QVariant() : QVariant(relation));
        updPerson.bindValue(7, personId);
        if (!updPerson.exec())
            return ctx.fail(updPerson);
        if (Status s = audit.append(m_actor, QStringLiteral("update"), QStringLiteral("person"),
                                    QString::number(personId),
                                    {{QStringLiteral("name"), oldName},
                                     {QStringLiteral("phone"), oldPhone},
                                     {QStringLiteral("household_id"), oldHousehold},
                                     {QStringLiteral("relation"), oldRelation}},
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("phone"), phone},
                                     {QStringLiteral("household_id"), lastHousehold.id},
                                     {QStringLiteral("relation"), relation}});
            !s) {
            return ctx.fail(s.error());
        }
        return R::Updated;
    };

    ImportRun run(m_db, m_actor, path, options);
    return run.execute(columns(), QStringLiteral("import-registry"), {}, prepare, handler);
}

} // namespace hc
