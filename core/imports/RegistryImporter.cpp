#include "core/imports/RegistryImporter.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/imports/RegistryImportStore.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

namespace hc {

namespace {
using RowResult = ImportRun::RowResult;
using RowContext = ImportRun::RowContext;

// The 17 digits before the check character identify a number; they fit in 64 bits, which
// keeps the "seen earlier in this file" table small at 2,000,000 rows.
quint64 idKey(const QString& id18)
{
    quint64 k = 0;
    for (int i = 0; i < 17; ++i)
        k = k * 10 + quint64(id18.at(i).unicode() - u'0');
    return k;
}

// YYYY-MM-DD from the normalised number's digits (QDate::toString cost 3% of an import).
QString isoBirthDate(const IdNumber& id)
{
    const QStringView t(id.text());
    QString iso;
    iso.reserve(10);
    iso.append(t.mid(6, 4)).append(u'-').append(t.mid(10, 2)).append(u'-').append(t.mid(12, 2));
    return iso;
}

// One registry row, read and checked; an empty optional column is an empty string.
struct RegistryRow
{
    QString station;
    QString area;
    QString householdNo;
    QString address;
    IdNumber id;
    QString name;
    QString phone;
    QString relation;
    quint32 dataRow = 0; // the file's data row, from 1
};

// The registry import's rows: each is read into a RegistryRow (or rejected naming its
// column), then stored: station and area created as met, the household matched by number,
// the person by ID number. An empty optional column keeps what is on record.
class RegistryRows : public ImportRun::Rows
{
    Q_DECLARE_TR_FUNCTIONS(hc::RegistryImporter)
public:
    RegistryRows(QSqlDatabase db, const Actor& actor) : m_store(db), m_audit(db), m_actor(actor) {}

    Status begin(const HeaderMap& header) override;
    RowResult prepare(const QStringList& fields, qint64 dataRow, RowContext& ctx) override;
    RowResult row(const QStringList& fields, RowContext& ctx) override;
    Status end() override;
    qint64 failedRow() const override { return m_failedRow; }

private:
    // On the reader's thread (prepare): the only user of m_seen.
    Result<RegistryRow> read(const QStringList& fields, qint64 estimatedRows, quint32 dataRow);
    Status checkSexAndBirth(const QStringList& fields, const IdNumber& id) const;
    Result<qint64> station(const QString& name);
    Result<qint64> area(qint64 stationId, const QString& name);
    // Creates or moves the row's household; true when one on record was moved.
    Result<bool> household(const RegistryRow& r, qint64 areaId);
    RowResult person(const RegistryRow& r, bool householdChanged, RowContext& ctx);

    // The file's position of each column, looked up once (-1: absent).
    struct Columns
    {
        int station, area, householdNo, address, idNumber, name, sex, birthDate, phone, relation;
    };

    RegistryImportStore m_store;
    AuditLog m_audit;
    const Actor& m_actor;
    Columns m_col{};
    const QDate m_today = Clock::instance().now().date();
    QHash<QString, qint64> m_stations;
    QHash<QPair<qint64, QString>, qint64> m_areas;
    QHash<quint64, quint32> m_seen; // ID key -> data row
    bool m_firstLoad = false;       // nothing on record: nothing to match
    qint64 m_failedRow = 0;
    QString m_lastHouseholdNo;
    RegistryImportStore::Household m_lastHousehold;
};

Status RegistryRows::begin(const HeaderMap& header)
{
    m_col = {header.index("station"), header.index("area"),       header.index("household_no"),
             header.index("address"), header.index("id_number"),  header.index("name"),
             header.index("sex"),     header.index("birth_date"), header.index("phone"),
             header.index("relation")};
    const auto empty = m_store.isEmpty();
    if (!empty)
        return empty.error();
    m_firstLoad = *empty && m_store.hasFastFirstLoad();
    if (m_firstLoad) {
        if (Status s = m_store.deferIndexes(); !s)
            return s;
        if (Status s = m_store.beginFirstLoad(); !s)
            return s;
    }
    return m_store.prepare();
}

Status RegistryRows::end()
{
    if (auto failed = m_store.flushPersons()) {
        m_failedRow = failed->tag;
        return failed->error;
    }
    return m_store.restoreIndexes();
}

RowResult RegistryRows::prepare(const QStringList& fields, qint64 dataRow, RowContext& ctx)
{
    auto value = read(fields, ctx.estimatedRows, quint32(dataRow));
    if (!value)
        return ctx.reject(value.error());
    ctx.prepared = std::move(value).value();
    return RowResult::Imported;
}

RowResult RegistryRows::row(const QStringList& fields, RowContext& ctx)
{
    Q_UNUSED(fields);
    // ImportRun prepares every row it hands over.
    const auto* prepared = std::any_cast<RegistryRow>(&ctx.prepared);
    Q_ASSERT(prepared);
    if (!prepared)
        return RowResult::Fatal;
    const RegistryRow& r = *prepared;
    const auto stationId = station(r.station);
    if (!stationId)
        return ctx.fail(stationId.error());
    const auto areaId = area(*stationId, r.area);
    if (!areaId)
        return ctx.fail(areaId.error());
    const auto moved = household(r, *areaId);
    if (!moved)
        return ctx.fail(moved.error());
    return person(r, *moved, ctx);
}

Result<RegistryRow> RegistryRows::read(const QStringList& fields, qint64 estimatedRows, quint32 dataRow)
{
    const auto id = IdNumber::parse(HeaderMap::valueAt(fields, m_col.idNumber), m_today);
    if (!id)
        return invalid(QStringLiteral("id_number"), id.error().message);
    if (Status s = checkSexAndBirth(fields, *id); !s)
        return s.error();
    if (estimatedRows > m_seen.capacity())
        m_seen.reserve(estimatedRows + estimatedRows / 10);
    const quint64 key = idKey(id->text());
    if (auto it = m_seen.constFind(key); it != m_seen.constEnd())
        return invalid(QStringLiteral("id_number"),
                       tr("ID number %1 already appears in row %2 of this file.").arg(id->text()).arg(*it));
    m_seen.insert(key, dataRow);
    return RegistryRow{HeaderMap::valueAt(fields, m_col.station),
                       HeaderMap::valueAt(fields, m_col.area),
                       HeaderMap::valueAt(fields, m_col.householdNo),
                       HeaderMap::valueAt(fields, m_col.address),
                       *id,
                       HeaderMap::valueAt(fields, m_col.name),
                       HeaderMap::valueAt(fields, m_col.phone),
                       HeaderMap::valueAt(fields, m_col.relation),
                       dataRow};
}

// The optional sex and birth date columns must agree with the ID number.
Status RegistryRows::checkSexAndBirth(const QStringList& fields, const IdNumber& id) const
{
    const QString sexText = HeaderMap::valueAt(fields, m_col.sex);
    if (!sexText.isEmpty()) {
        const auto sex = Vocabulary::parseSex(sexText);
        if (!sex)
            return invalid(QStringLiteral("sex"),
                           tr("\"%1\" is not a sex (use 男/女, M/F or male/female).").arg(sexText));
        if (*sex != id.sexCode())
            return invalid(QStringLiteral("sex"),
                           tr("Sex %1 contradicts the ID number, which is that of a %2.")
                               .arg(sexText, Vocabulary::sexLabel(id.sexCode()).toLower()));
    }
    const QString birthText = HeaderMap::valueAt(fields, m_col.birthDate);
    if (!birthText.isEmpty()) {
        const QDate birth = parseDate(birthText);
        if (!birth.isValid())
            return invalid(QStringLiteral("birth_date"),
                           tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(birthText));
        if (birth != id.birthDate())
            return invalid(QStringLiteral("birth_date"),
                           tr("Birth date %1 contradicts the ID number, which gives %2.")
                               .arg(birth.toString(Qt::ISODate), id.birthDate().toString(Qt::ISODate)));
    }
    return {};
}

Result<qint64> RegistryRows::station(const QString& name)
{
    if (const qint64 known = m_stations.value(name))
        return known;
    auto id = m_store.findStation(name);
    if (id && *id == 0) {
        id = m_store.addStation(name);
        if (!id)
            return id;
        if (Status s = m_audit.append(m_actor, QStringLiteral("create"), QStringLiteral("station"),
                                      QString::number(*id), {}, {{QStringLiteral("name"), name}});
            !s)
            return s.error();
    }
    if (id)
        m_stations.insert(name, *id);
    return id;
}

Result<qint64> RegistryRows::area(qint64 stationId, const QString& name)
{
    if (const qint64 known = m_areas.value({stationId, name}))
        return known;
    auto id = m_store.findArea(stationId, name);
    if (id && *id == 0)
        id = m_store.addArea(stationId, name);
    if (id)
        m_areas.insert({stationId, name}, *id);
    return id;
}

Result<bool> RegistryRows::household(const RegistryRow& r, qint64 areaId)
{
    // The rows of one household usually follow each other: it is matched once for them.
    if (r.householdNo != m_lastHouseholdNo) {
        bool created = false;
        auto found = m_store.addOrFindHousehold(r.householdNo, areaId, r.address, &created);
        if (!found)
            return found.error();
        m_lastHousehold = *found;
        m_lastHouseholdNo = r.householdNo;
    }
    RegistryImportStore::Household& h = m_lastHousehold;
    if (h.areaId == areaId && h.address == r.address)
        return false;
    if (Status s = m_store.moveHousehold(h.id, areaId, r.address); !s)
        return s.error();
    if (Status s = m_audit.append(
            m_actor, QStringLiteral("update"), QStringLiteral("household"), QString::number(h.id),
            {{QStringLiteral("area_id"), h.areaId}, {QStringLiteral("address"), h.address}},
            {{QStringLiteral("area_id"), areaId}, {QStringLiteral("address"), r.address}});
        !s)
        return s.error();
    h.areaId = areaId;
    h.address = r.address;
    return true;
}

RowResult RegistryRows::person(const RegistryRow& r, bool householdChanged, RowContext& ctx)
{
    RegistryImportStore::Person p;
    p.idNumber = r.id.text();
    p.name = r.name;
    p.sex = QString(r.id.sexCode());
    p.birthDate = isoBirthDate(r.id);
    p.birthYear = r.id.birthDate().year();
    p.phone = r.phone;
    p.householdId = m_lastHousehold.id;
    p.relation = r.relation;
    if (m_firstLoad) {
        if (auto failed = m_store.addNewPerson(std::move(p), r.dataRow)) {
            m_failedRow = failed->tag;
            return ctx.fail(failed->error);
        }
        return RowResult::Imported;
    }
    const auto added = m_store.addPerson(p);
    if (!added)
        return ctx.fail(added.error());
    if (*added)
        return RowResult::Imported;

    const auto old = m_store.findPerson(p.idNumber);
    if (!old)
        return ctx.fail(old.error().kind == Error::Kind::NotFound
                            ? storageError(tr("Person %1 vanished during the import.").arg(p.idNumber))
                            : old.error());
    p.id = old->id;
    if (p.phone.isEmpty())
        p.phone = old->phone;
    if (p.relation.isEmpty())
        p.relation = old->relation;
    if (old->name == p.name && old->sex == p.sex && old->birthDate == p.birthDate && old->phone == p.phone &&
        old->householdId == p.householdId && old->relation == p.relation)
        return householdChanged ? RowResult::Updated : RowResult::Unchanged;
    if (Status s = m_store.updatePerson(p); !s)
        return ctx.fail(s.error());
    if (Status s =
            m_audit.append(m_actor, QStringLiteral("update"), QStringLiteral("person"), QString::number(p.id),
                           {{QStringLiteral("name"), old->name},
                            {QStringLiteral("phone"), old->phone},
                            {QStringLiteral("household_id"), old->householdId},
                            {QStringLiteral("relation"), old->relation}},
                           {{QStringLiteral("name"), p.name},
                            {QStringLiteral("phone"), p.phone},
                            {QStringLiteral("household_id"), p.householdId},
                            {QStringLiteral("relation"), p.relation}});
        !s)
        return ctx.fail(s.error());
    return RowResult::Updated;
}
} // namespace

RegistryImporter::RegistryImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& RegistryImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"station", u"派出所", true, 100},
        {"area", u"社区", true, 100},
        {"household_no", u"户号", true, 50},
        {"address", u"住址", true, 500},
        {"id_number", u"公民身份号码", true, 32},
        {"name", u"姓名", true, 100},
        {"sex", u"性别", false, 16},
        {"birth_date", u"出生日期", false, 32},
        {"phone", u"联系电话", false, 64},
        {"relation", u"与户主关系", false, 50},
    };
    return spec;
}

ImportReport RegistryImporter::run(const QString& path, const ImportOptions& options)
{
    if (!m_actor.can(Right::ImportRegistry)) {
        ImportReport r;
        r.fatal = refused(m_db.sql(), m_actor, QStringLiteral("registry"), {},
                          denied(Roles::deniedMessage(m_actor, tr("import the registry"))));
        return r;
    }
    RegistryRows rows(m_db.sql(), m_actor);
    ImportRun run(m_db, m_actor, path, options);
    return run.execute(columns(), QStringLiteral("import-registry"), {}, rows);
}

} // namespace hc
