#pragma once
// The SQL behind the link analysis graph: the typed links and who typed them, the cases'
// subjects and reporter phones, and the people the graph reaches (their household, phone and
// ID number), by row id or by the other ways an ID number may be written.

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hc {

struct StoredLink
{
    qint64 id = 0;
    QString aKind, aKey, bKind, bKey;
    QString kind;
    double confidence = 0;
    qint64 createdBy = 0;
    QString createdAt;
};

// A case's ends the graph implies links from.
struct CaseEnds
{
    qint64 caseId = 0;
    qint64 subjectPersonId = 0; // 0: none
    QString reporterPhone;      // as stored; empty: none
};

struct PersonEnds
{
    qint64 id = 0;
    QString idNumber;       // as stored; empty: none
    qint64 householdId = 0; // 0: none
    QString phone;          // as stored; empty: none
};

class LinkGraphStore
{
public:
    explicit LinkGraphStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // "name (badge)" of the users who typed links, by user id.
    Result<QHash<qint64, QString>> linkAuthors() const;
    // Every typed link, oldest first.
    Result<QList<StoredLink>> links() const;
    // The cases with a subject or a reporter phone, by id.
    Result<QList<CaseEnds>> caseEnds() const;
    // People by row id, by id.
    Result<QList<PersonEnds>> peopleById(const QList<qint64>& ids) const;
    // People whose ID number is written exactly one of these ways (digits and x only; other
    // values are left out), by id.
    Result<QList<PersonEnds>> peopleByIdNumber(const QStringList& numbers) const;

private:
    Result<QList<PersonEnds>> people(const QString& where) const;
    QSqlDatabase m_db;
};

} // namespace hc
