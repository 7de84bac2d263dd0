// bench stations: many stations saving visits at once on one server (issue 11, outcome 8), one
// client process per station; bench station-worker: one such process (internal).
#include "app/cli/Commands.h"

#include "core/bench/StationLoad.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace hc::cli {

namespace {
const char kStart[] = "go";
const char kReady[] = "ready";
constexpr int kHouseholdsPerStation = 200;
constexpr int kStartTimeoutMs = 300000; // 60 processes signing in at once on 2 cores

QList<QCommandLineOption> paceOptions()
{
    return {{QStringLiteral("seconds"),
             QCoreApplication::translate("hc::cli::StationsBench", "How long to save visits."),
             QCoreApplication::translate("hc::cli::StationsBench", "s"), QStringLiteral("60")},
            {QStringLiteral("interval-ms"),
             QCoreApplication::translate("hc::cli::StationsBench",
                                         "Time between a station's saves (0: as fast as it can)."),
             QCoreApplication::translate("hc::cli::StationsBench", "ms"), QStringLiteral("250")}};
}

bool paceOk(const Invocation& call, StationPace& pace)
{
    bool okSeconds = false, okInterval = false;
    pace.seconds = call.value("seconds").toInt(&okSeconds);
    pace.intervalMs = call.value("interval-ms").toInt(&okInterval);
    return okSeconds && okInterval && pace.seconds >= 1 && pace.seconds <= 3600 && pace.intervalMs >= 0 &&
           pace.intervalMs <= 60000;
}

// The worker's pace: the common options and its phase.
bool workerPaceOk(const Invocation& call, StationPace& pace)
{
    bool okPhase = false;
    pace.phaseMs = call.value("phase-ms").toInt(&okPhase);
    return paceOk(call, pace) && okPhase && pace.phaseMs >= 0 && pace.phaseMs <= 60000;
}

// One station: signs in as its officer (the base), says it is ready, waits for the start line on
// its standard input, saves visits for --seconds and prints its StationRun as one JSON line.
class StationWorkerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::StationWorkerCommand)
public:
    StationWorkerCommand()
        : Command({QStringLiteral("bench station-worker"),
                   QStringLiteral("--db postgresql://… --user BADGE --operation N [--seconds 60] "
                                  "[--interval-ms 250] [--phase-ms 0]"),
                   tr("internal: one station's process of bench stations"),
                   QList<QCommandLineOption>{operationOption(),
                                             {QStringLiteral("phase-ms"),
                                              tr("Wait this long before the first save."), tr("ms"),
                                              QStringLiteral("0")}} +
                       paceOptions()})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        StationPace pace;
        return workerPaceOk(call, pace) && !call.value("operation").isEmpty()
                   ? kDone
                   : call.refuse(
                         tr("Give --operation, --seconds from 1 to 3600, --interval-ms and --phase-ms "
                            "from 0 to 60000."));
    }

    int execute(Invocation& call) const override
    {
        StationPace pace;
        workerPaceOk(call, pace);
        const auto op = OperationService(call.db(), call.actor()).find(call.value("operation"));
        if (!op)
            return call.fail(op.error());
        pace.operationId = op->id;
        const auto households =
            BenchStore(call.db()).stationHouseholds(call.actor().stationId, kHouseholdsPerStation);
        if (!households)
            return call.fail(households.error());
        if (households->isEmpty())
            return call.fail(
                notFound(QStringLiteral("station"), tr("The officer's station has no households.")));
        if (Status s = warmUp(call.db(), call.actor(), *households, pace.operationId); !s)
            return call.fail(s.error());
        call.out() << kReady << Qt::endl;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != kStart)
            return kRefused; // the command that started it went away
        const StationRun run = runStation(call.db(), call.actor(), *households, pace);
        call.out() << QJsonDocument(run.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return kDone;
    }
};

class StationsBenchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::StationsBenchCommand)
public:
    StationsBenchCommand()
        : Command(
              {QStringLiteral("bench stations"),
               QStringLiteral(
                   "--db postgresql://… --user BADGE --stations 60 --seconds 60 [--interval-ms 250]"),
               tr("many stations saving visits at once on a server"),
               QList<QCommandLineOption>{{QStringLiteral("stations"), tr("How many stations save at once."),
                                          tr("n"), QStringLiteral("60")}} +
                   paceOptions(),
               DatabaseUse::OpenExisting, true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!Database::isServerUri(call.value("db")))
            return call.refuse(tr("bench stations runs on a server database (--db postgresql://…)."));
        StationPace pace;
        bool ok = false;
        const int stations = call.value("stations").toInt(&ok);
        return paceOk(call, pace) && ok && stations >= 1 && stations <= 150
                   ? kDone
                   : call.refuse(
                         tr("Give --stations from 1 to 150, --seconds from 1 to 3600 and --interval-ms "
                            "from 0 to 60000."));
    }

    int execute(Invocation& call) const override
    {
        const int wanted = call.value("stations").toInt();
        const auto officers = BenchStore(call.db()).stationOfficers();
        if (!officers)
            return call.fail(officers.error());
        if (officers->size() < wanted)
            return call.refuse(
                tr("The database has %n station(s) with an officer.", "", int(officers->size())));
        const auto op = benchOperation(call);
        if (!op)
            return call.fail(op.error());
        double wallMs = 0;
        const auto runs = runStations(call, officers->mid(0, wanted), op->name, wallMs);
        if (!runs)
            return call.fail(runs.error());
        const auto found = BenchStore(call.db()).visitCount(op->id);
        if (!found)
            return call.fail(found.error());
        const auto equal = countersEqualRecount(call.db(), op->id);
        if (!equal)
            return call.fail(equal.error());
        const QJsonObject report = stationsReport(*runs, *found, *equal, wallMs);
        for (const StationRun& r : *runs)
            if (!r.firstError.isEmpty()) {
                call.err() << tr("First error a station saw: %1").arg(r.firstError) << '\n';
                break;
            }
        return call.json() ? call.printJson(report) : printText(call, report, op->name);
    }

private:
    // An operation of its own, today, every station: the demo's figures stay as they were.
    static Result<Operation> benchOperation(Invocation& call)
    {
        const QDateTime now = Clock::instance().now();
        return OperationService(call.db(), call.actor())
            .create(QStringLiteral("bench stations %1")
                        .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))),
                    now.date(), now.date().addDays(1), {}, std::nullopt);
    }

    static Result<QList<StationRun>> runStations(Invocation& call, const QList<StationOfficer>& officers,
                                                 const QString& operation, double& wallMs)
    {
        std::vector<std::unique_ptr<QProcess>> workers;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOMECOMING_PASSWORD"), DemoGenerator::demoPassword());
        // Station i of N starts i/N of the interval after the first: the saves arrive spread.
        const int interval = call.value("interval-ms").toInt();
        for (const StationOfficer& o : officers) {
            const auto phase = qint64(workers.size()) * interval / qint64(officers.size());
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::SeparateChannels);
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("bench"), QStringLiteral("station-worker"), QStringLiteral("--db"),
                      call.value("db"), QStringLiteral("--user"), o.badge, QStringLiteral("--operation"),
                      operation, QStringLiteral("--seconds"), call.value("seconds"),
                      QStringLiteral("--interval-ms"), call.value("interval-ms"),
                      QStringLiteral("--phase-ms"), QString::number(phase)});
            workers.push_back(std::move(p));
        }
        for (std::size_t i = 0; i < workers.size(); ++i)
            if (!awaitReady(*workers[i]))
                return stopAll(workers, officers.at(qsizetype(i)).badge);
        // Without an event loop a QProcess writes only while waiting: each start line is sent now.
        QElapsedTimer wall;
        wall.start();
        for (auto& p : workers) {
            p->write(QByteArray(kStart) + '\n');
            p->waitForBytesWritten(kStartTimeoutMs);
            p->closeWriteChannel();
        }
        QList<StationRun> runs;
        const int bound = call.value("seconds").toInt() * 1000 + kStartTimeoutMs;
        for (std::size_t i = 0; i < workers.size(); ++i) {
            QProcess& p = *workers[i];
            p.waitForFinished(bound);
            const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
            const auto run = StationRun::fromJson(lines.last());
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != kDone || !run)
                return stopAll(workers, officers.at(qsizetype(i)).badge);
            runs << *run;
        }
        wallMs = double(wall.nsecsElapsed()) / 1e6;
        return runs;
    }

    static bool awaitReady(QProcess& p)
    {
        while (!p.canReadLine())
            if (!p.waitForReadyRead(kStartTimeoutMs))
                return false;
        return p.readLine().trimmed() == kReady;
    }

    static Error stopAll(std::vector<std::unique_ptr<QProcess>>& workers, const QString& badge)
    {
        QString why;
        for (auto& p : workers) {
            if (why.isEmpty() && p->state() == QProcess::NotRunning)
                why = QString::fromUtf8(p->readAllStandardError()).trimmed();
            p->kill();
            p->waitForFinished(5000);
        }
        return storageError(tr("The station of officer %1 stopped: %2").arg(badge, why));
    }

    static int printText(Invocation& call, const QJsonObject& r, const QString& operation)
    {
        auto n = [&r](const char* key) { return r.value(QLatin1String(key)).toVariant().toString(); };
        call.out()
            << tr("Operation \"%1\": %2 stations saved %3 visits (%4 found afterwards), %5 per second.")
                   .arg(operation, n("stations"), n("visits_acknowledged"), n("visits_found"),
                        n("visits_per_second"))
            << '\n'
            << tr("Save time: median %1 ms, 95th percentile %2 ms, 99th percentile %3 ms.")
                   .arg(n("save_ms_p50"), n("save_ms_p95"), n("save_ms_p99"))
            << '\n'
            << tr("Errors: %1. Retries after a server conflict: %2.").arg(n("errors"), n("retries")) << '\n'
            << (r.value(QStringLiteral("counters_equal_recount")).toBool()
                    ? tr("The counters equal a recount.")
                    : tr("The counters differ from a recount."))
            << '\n';
        return kDone;
    }
};
} // namespace

Commands stationsBenchCommands()
{
    Commands c;
    c.push_back(std::make_unique<StationsBenchCommand>());
    c.push_back(std::make_unique<StationWorkerCommand>());
    return c;
}

} // namespace hc::cli
