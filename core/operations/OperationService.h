#pragma once
// Operations (专项行动): creating, changing and closing one (administrators and supervisors;
// validated, audited), finding them, and the check every writer into an operation makes: a
// closed operation is read-only. The SQL is OperationStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/operations/Operation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace hc {

class Database;

class OperationService
{
    Q_DECLARE_TR_FUNCTIONS(hc::OperationService)
public:
    OperationService(Database& db, Actor actor);

    // No station names: every station, including those imported later.
    Result<Operation> create(const QString& name, QDate start, QDate end, const QStringList& stationNames,
                             std::optional<qint64> targetHouseholds);
    // Name, dates, stations in scope and target; refused once the operation is closed.
    Result<Operation> update(qint64 id, const OperationEdit& edit);
    // Closes the operation: from then on it is read-only. Reopening is for administrators.
    Status close(qint64 id);
    Status reopen(qint64 id);
    Result<Operation> find(const QString& name) const;
    Result<Operation> find(qint64 id) const;
    QList<Operation> list() const;

    // Ok while the operation is open (or there is none, id 0); else a Conflict naming it. Every
    // core writer into an operation (visits, screenings, cases, follow-up) calls it.
    static Status checkOpen(Database& db, qint64 operationId);
    // The same for an operation already read.
    static Status checkOpen(const Operation& op);

private:
    Status validate(const OperationEdit& edit, qint64 id) const;
    Result<QList<qint64>> stationIds(const QStringList& names, QJsonArray& json) const;
    Status mayManage(const QString& what, qint64 id) const;
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
