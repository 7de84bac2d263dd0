#pragma once
// Builds the demo city in an empty database: sub-bureaus, stations, areas, a household registry,
// officers, one sweep operation with its visits and screenings, and the missing-person cases
// that came out of it with their leads and links. The figures at scale 1 match those the bureau
// published (603 found or rescued, 2 homicides, 5 kidnappings, 512 families reunited).
// Deterministic for a given seed and scale; one transaction, so a cancel or a failure leaves
// the file as it was.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace hc {

class Database;

struct DemoOptions
{
    double scale = 1.0; // 1.0 = the published operation: ~54,000 households, ~200,000 residents
    quint64 seed = 42;
    std::function<bool(int percent)> progress; // return false to cancel
};

struct DemoSummary
{
    qint64 subBureaus = 0, stations = 0, areas = 0, households = 0, persons = 0, officers = 0, visits = 0,
           screenings = 0, cases = 0, leads = 0, links = 0, actions = 0;
    QString operationName;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(hc::DemoGenerator)
public:
    DemoGenerator(Database& db, Actor actor);

    Result<DemoSummary> generate(const DemoOptions& options);

    static QString operationName();
    static QString demoPassword(); // every demo account's password

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
