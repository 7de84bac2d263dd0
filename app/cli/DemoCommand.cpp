// demo: builds the deterministic demo city into a new database.
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/demo/DemoGenerator.h"

#include <QJsonObject>

namespace hc::cli {

namespace {
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::DemoCommand)
public:
    DemoCommand()
        : Command({QStringLiteral("demo"),
                   QStringLiteral("--db F [--scale 1.0] [--seed 42] [--json]"),
                   tr("build the demo city (scale 1.0: 200,000 residents)"),
                   {{QStringLiteral("scale"), tr("1.0 = the seed operation (200,000 residents)."), tr("x"),
                     QStringLiteral("1.0")},
                    {QStringLiteral("seed"), tr("Random seed."), tr("n"), QStringLiteral("42")}},
                   DatabaseUse::CreateIfMissing,
                   true,
                   0,
                   false})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return options(call) ? kDone
                             : call.refuse(tr("--scale must be a number above 0 (at most 100) and --seed a "
                                              "whole number."));
    }

    int execute(Invocation& call) const override
    {
        DemoOptions o = *options(call);
        int lastShown = -10;
        o.progress = [&call, &lastShown](int percent) {
            if (!call.json() && percent >= lastShown + 10) {
                call.err() << tr("building the demo city: %1%").arg(percent) << '\n';
                call.err().flush();
                lastShown = percent;
            }
            return true;
        };
        const auto r = DemoGenerator(call.db(), Actor::system()).generate(o);
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("operation"), r->operationName},
                                              {QStringLiteral("stations"), r->stations},
                                              {QStringLiteral("areas"), r->areas},
                                              {QStringLiteral("households"), r->households},
                                              {QStringLiteral("persons"), r->persons},
                                              {QStringLiteral("officers"), r->officers},
                                              {QStringLiteral("visits"), r->visits},
                                              {QStringLiteral("screenings"), r->screenings},
                                              {QStringLiteral("cases"), r->cases}});
        call.out() << tr("Demo city: %1 stations, %2 households, %3 people, %4 officers, %5 visits, %6 "
                         "screenings, %7 cases; operation \"%8\". Every demo account's password is \"%9\".")
                          .arg(r->stations)
                          .arg(r->households)
                          .arg(r->persons)
                          .arg(r->officers)
                          .arg(r->visits)
                          .arg(r->screenings)
                          .arg(r->cases)
                          .arg(r->operationName, DemoGenerator::demoPassword())
                   << '\n';
        return kDone;
    }

private:
    static std::optional<DemoOptions> options(const Invocation& call)
    {
        bool okScale = false, okSeed = false;
        DemoOptions o;
        o.scale = call.value("scale").toDouble(&okScale);
        o.seed = call.value("seed").toULongLong(&okSeed);
        if (!okScale || o.scale <= 0 || o.scale > 100 || !okSeed)
            return std::nullopt;
        return o;
    }
};
} // namespace

Commands demoCommands()
{
    Commands c;
    c.push_back(std::make_unique<DemoCommand>());
    return c;
}

} // namespace hc::cli
