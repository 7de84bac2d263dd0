#pragma once
// Operations (专项行动): creating one (rights, validation, audit) and finding them; the SQL is
// OperationStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/operations/Operation.h"

#include <QCoreApplication>
#include <QDate>
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
    Result<Operation> find(const QString& name) const;
    Result<Operation> find(qint64 id) const;
    QList<Operation> list() const;

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
