#include "core/links/EntityDirectory.h"

#include "core/links/LinkVocabulary.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

EntityDirectory::EntityDirectory(Database& db) : m_db(db) {}

Result<QString> EntityDirectory::normalisePhone(const QString& text, const QString& field)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c.isDigit()) // full-width digits from a Chinese input method
            digits += QChar(u'0' + c.digitValue());
        else if (!c.isSpace() && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return invalid(field, tr("A phone number has only digits (spaces, dashes and brackets are "
                                     "left out): \"%1\" is not one.")
                                      .arg(text.trimmed()));
    }
    if (digits.size() < 7 || digits.size() > 20)
        return invalid(field,
                       tr("A phone number has 7 to 20 digits; \"%1\" has %n.", nullptr, int(digits.size()))
                           .arg(text.trimmed()));
    return digits;
}

Result<QString> EntityDirectory::normalisePlate(const QString& text, const QString& field)
{
    QString plate;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'·' && c != u'-' && c != u'•')
            plate += c;
    plate = plate.toUpper();
    if (plate.isEmpty())
        return invalid(field, tr("Enter the vehicle plate, e.g. 甘A12345."));
    if (plate.size() < 3 || plate.size() > 12)
        return invalid(field, tr("\"%1\" is not a vehicle plate (3 to 12 letters and digits).").arg(plate));
    return plate;
}

Result<QString> EntityDirectory::normaliseAddress(const QString& text, const QString& field)
{
    const QString address = text.simplified();
    if (address.isEmpty())
        return invalid(field, tr("Enter the address."));
    if (address.size() > 200)
        return invalid(field, tr("An address has at most 200 characters."));
    return address;
}

Result<qint64> EntityDirectory::findRow(const QString& sql, const QVariant& value) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<EntityRef> EntityDirectory::resolve(const EntityRef& typed, const QString& field) const
{
    const QString kind = typed.kind;
    const QString key = typed.key.trimmed();
    if (!LinkVocabulary::entityKinds().contains(kind))
        return invalid(field, tr("Choose what kind of entity this is."));
    if (kind == u"phone") {
        auto p = normalisePhone(key, field);
        return p ? Result<EntityRef>(EntityRef{kind, *p}) : Result<EntityRef>(p.error());
    }
    if (kind == u"vehicle") {
        auto p = normalisePlate(key, field);
        return p ? Result<EntityRef>(EntityRef{kind, *p}) : Result<EntityRef>(p.error());
    }
    if (kind == u"address") {
        auto p = normaliseAddress(key, field);
        return p ? Result<EntityRef>(EntityRef{kind, *p}) : Result<EntityRef>(p.error());
    }
    if (key.isEmpty())
        return invalid(field, tr("Choose the %1.").arg(LinkVocabulary::entityLabel(kind).toLower()));
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    Result<qint64> found = qint64(0);
    QString missing;
    if (kind == u"person") {
        if (numeric && key.size() < 15) {
            found = findRow(QStringLiteral("SELECT id FROM persons WHERE id = ?"), id);
            missing = tr("There is no person number %1.").arg(key);
        } else {
            const auto number = IdNumber::parse(key);
            if (!number)
                return invalid(field, number.error().message);
            found = findRow(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"), number->text());
            missing = tr("Nobody on record has the ID number %1.").arg(number->text());
        }
    } else if (kind == u"case") {
        found = numeric ? findRow(QStringLiteral("SELECT id FROM cases WHERE id = ?"), id)
                        : findRow(QStringLiteral("SELECT id FROM cases WHERE case_no = ?"), key.toUpper());
        missing = tr("There is no case %1.").arg(key);
    } else {
        found = numeric ? findRow(QStringLiteral("SELECT id FROM households WHERE id = ?"), id)
                        : findRow(QStringLiteral("SELECT id FROM households WHERE household_no = ?"), key);
        missing = tr("There is no household %1.").arg(key);
    }
    if (!found)
        return found.error();
    if (*found == 0)
        return notFound(field, missing);
    return EntityRef{kind, QString::number(*found)};
}

Result<QHash<QString, QString>> EntityDirectory::labels(const QList<EntityRef>& entities) const
{
    QHash<QString, QString> out;
    QHash<QString, QStringList> ids; // kind -> row ids
    for (const EntityRef& e : entities) {
        if (e.kind == u"person" || e.kind == u"case" || e.kind == u"household")
            ids[e.kind] << QString::number(e.key.toLongLong());
        else
            out.insert(e.text(), e.key);
    }
    static const QHash<QString, QString> sql = {
        {QStringLiteral("person"),
         QStringLiteral("SELECT id, name, coalesce(id_number, '') FROM persons WHERE id IN (%1)")},
        {QStringLiteral("case"),
         QStringLiteral("SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, '') FROM cases c "
                        "LEFT JOIN persons p ON p.id = c.subject_person_id WHERE c.id IN (%1)")},
        {QStringLiteral("household"),
         QStringLiteral("SELECT id, household_no, address FROM households WHERE id IN (%1)")}};
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        if (!q.exec(sql.value(it.key()).arg(it.value().join(u','))))
            return storageError(q.lastError().text());
        while (q.next()) {
            const QString key = it.key() + QLatin1Char(':') + q.value(0).toString();
            const QString second = q.value(2).toString().simplified();
            QString label;
            if (it.key() == u"person")
                label = second.isEmpty() ? tr("%1 (no. %2)").arg(q.value(1).toString(), q.value(0).toString())
                                         : tr("%1 (…%2)").arg(q.value(1).toString(), second.right(4));
            else
                label = second.isEmpty() ? q.value(1).toString()
                                         : q.value(1).toString() + QLatin1Char(' ') + second;
            out.insert(key, label);
        }
    }
    for (const EntityRef& e : entities)
        if (!out.contains(e.text()))
            out.insert(e.text(),
                       tr("%1 %2 (no longer on record)").arg(LinkVocabulary::entityLabel(e.kind), e.key));
    return out;
}

} // namespace hc
