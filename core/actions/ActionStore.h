#pragma once
// The SQL of the actions raised on cases: the actions table, its events for the timeline, and
// the reads the lists need. Plain values in and out; ActionService keeps rights, states, audit
// and transactions.

#include "core/actions/ActionTypes.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class ActionStore
{
public:
    explicit ActionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const ActionDraft& d, qint64 stationId, qint64 raisedBy, const QString& at) const;
    // `visibleStation`: nullopt every station; else that station's actions and `alsoUser`'s own.
    Result<QList<CaseAction>> list(const ActionFilter& f, std::optional<qint64> visibleStation,
                                   qint64 alsoUser, const QDate& today) const;
    Result<std::optional<CaseAction>> load(qint64 id) const;
    Status setReturned(qint64 id, const QString& result, const QString& at) const;
    Status setSentBack(qint64 id, const QString& reason, const QString& at) const;
    Status setSignedOff(qint64 id, qint64 by, const QString& at) const;
    Status addEvent(const CaseAction& a, const QString& event, const QString& note, qint64 byUser,
                    const QString& actor, const QString& at) const;
    Result<QList<ActionEvent>> events(qint64 caseId) const; // newest first
    // An active account by id or badge; nullopt when none.
    Result<std::optional<ActionOfficer>> officer(qint64 id) const;
    Result<std::optional<ActionOfficer>> officerByBadge(const QString& badge) const;
    // Active accounts, by name (the choosers).
    Result<QList<ActionOfficer>> officers() const;

private:
    Result<std::optional<ActionOfficer>> oneOfficer(const QString& where, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace hc
