#pragma once
// Reads what the link screens need to know about entities: turns what a user typed or picked
// (a row id, an ID number, a case or household number, a phone, an address, a plate) into
// the normalised EntityRef the links table stores, and gives display labels in bulk (person
// name + ID tail, case number + subject, household number + address, the value otherwise).
// Read-only; owns nothing.

#include "core/common/Result.h"
#include "core/links/LinkGraph.h"

#include <QCoreApplication>
#include <QHash>

namespace hc {

class Database;

class EntityDirectory
{
    Q_DECLARE_TR_FUNCTIONS(hc::EntityDirectory)
public:
    explicit EntityDirectory(Database& db);

    // person: row id or ID number (15 or 18 digits); case: row id or case number; household:
    // row id or household number; phone: digits only (7-20); vehicle: upper case, no spaces;
    // address: trimmed, not empty. Errors name `field`.
    Result<EntityRef> resolve(const EntityRef& typed, const QString& field) const;
    // Labels keyed by EntityRef::text(); an entity no longer on record is labelled as such.
    Result<QHash<QString, QString>> labels(const QList<EntityRef>& entities) const;

    static Result<QString> normalisePhone(const QString& text, const QString& field);
    static Result<QString> normalisePlate(const QString& text, const QString& field);
    static Result<QString> normaliseAddress(const QString& text, const QString& field);

private:
    Database& m_db;
};

} // namespace hc
