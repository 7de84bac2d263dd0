#include "core/links/EntityDirectory.h"

#include "core/links/EntityStore.h"
#include "core/links/LinkVocabulary.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"

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
    const EntityStore rows(m_db.sql());
    Result<qint64> found = qint64(0);
    QString missing;
    if (kind == u"person") {
        if (numeric && key.size() < 15) {
            found = rows.findPerson(QStringLiteral("id"), id);
            missing = tr("There is no person number %1.").arg(key);
        } else {
            const auto number = IdNumber::parse(key);
            if (!number)
                return invalid(field, number.error().message);
            found = rows.findPerson(QStringLiteral("id_number"), number->text());
            missing = tr("Nobody on record has the ID number %1.").arg(number->text());
        }
    } else if (kind == u"case") {
        found = numeric ? rows.findCase(QStringLiteral("id"), id)
                        : rows.findCase(QStringLiteral("case_no"), key.toUpper());
        missing = tr("There is no case %1.").arg(key);
    } else {
        found = numeric ? rows.findHousehold(QStringLiteral("id"), id)
                        : rows.findHousehold(QStringLiteral("household_no"), key);
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
    QHash<QString, QList<qint64>> ids; // kind -> row ids
    for (const EntityRef& e : entities) {
        if (e.kind == u"person" || e.kind == u"case" || e.kind == u"household")
            ids[e.kind] << e.key.toLongLong();
        else
            out.insert(e.text(), e.key);
    }
    const EntityStore rows(m_db.sql());
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        const auto facts = rows.facts(it.key(), it.value());
        if (!facts)
            return facts.error();
        for (const EntityFacts& f : *facts) {
            const QString number = QString::number(f.id);
            const QString second = f.second.simplified();
            QString label;
            if (it.key() == u"person")
                label = second.isEmpty() ? tr("%1 (no. %2)").arg(f.first, number)
                                         : tr("%1 (…%2)").arg(f.first, second.right(4));
            else
                label = second.isEmpty() ? f.first : f.first + QLatin1Char(' ') + second;
            out.insert(it.key() + QLatin1Char(':') + number, label);
        }
    }
    for (const EntityRef& e : entities)
        if (!out.contains(e.text()))
            out.insert(e.text(),
                       tr("%1 %2 (no longer on record)").arg(LinkVocabulary::entityLabel(e.kind), e.key));
    return out;
}

} // namespace hc
