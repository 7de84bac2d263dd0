#pragma once
// The fixture of the matching tests (tst_matching: duplicates and merges; tst_missing_found:
// missing vs found): the standard fixture at a fixed date, and helpers to add people, run SQL
// and read scores.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/matching/DuplicateFinder.h"
#include "core/matching/MatchReasons.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace hc::test {

class MatchingFixture : public QObject
{
protected:
    void setUpFixture()
    {
        Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
        m_t = std::make_unique<TestDatabase>();
        m_op = loadFixture(*m_t);
    }
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 id(const QString& sql) { return m_t->scalar(sql).toLongLong(); }
    qint64 addPerson(const QString& name, const QVariant& idNumber, const QVariant& sex,
                     const QVariant& birthDate, const QVariant& birthYear, const QVariant& household,
                     const QVariant& notes = {})
    {
        QSqlQuery q(m_t->db().sql());
        q.prepare("INSERT INTO persons(id_number, name, sex, birth_date, birth_year, household_id, notes) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const QVariant& v : {idNumber, QVariant(name), sex, birthDate, birthYear, household, notes})
            q.addBindValue(v);
        if (!q.exec())
            qFatal("addPerson: %s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(m_t->db().sql());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    // The pair (x, y) in the scan, or null.
    static const DuplicatePair* find(const DuplicateScan& s, qint64 x, qint64 y)
    {
        for (const DuplicatePair& p : s.pairs)
            if ((p.a.id == x && p.b.id == y) || (p.a.id == y && p.b.id == x))
                return &p;
        return nullptr;
    }
    static QList<int> pointsOf(const QList<MatchReason>& reasons)
    {
        QList<int> out;
        for (const MatchReason& r : reasons)
            out << r.points;
        return out;
    }
    static int sumOf(const QList<MatchReason>& reasons)
    {
        int sum = 0;
        for (const MatchReason& r : reasons)
            sum += r.points;
        return sum;
    }
    DuplicateScan scan(DuplicateFinder::Options o = {})
    {
        auto r = DuplicateFinder(m_t->db(), actor("100003")).run(o);
        if (!r)
            qFatal("scan: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

} // namespace hc::test
