// links cluster|path|central|near (link analysis over core/links' graph) and links add|remove
// (typed links). Every links command takes the same options, as it always has.
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/links/LinkGraph.h"
#include "core/links/LinkService.h"
#include "core/links/LinkVocabulary.h"
#include "core/links/RelatedCases.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
class LinksCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::LinksCommand)
public:
    LinksCommand(const char* verb, QString arguments, QString summary, int positional)
        : Command({QStringLiteral("links ") + QLatin1String(verb), std::move(arguments), std::move(summary),
                   options(), DatabaseUse::OpenExisting, true, positional})
    {
    }

private:
    static QList<QCommandLineOption> options()
    {
        return {
            {QStringLiteral("from"), tr("Start entity."), QStringLiteral("kind:key")},
            {QStringLiteral("to"), tr("End entity."), QStringLiteral("kind:key")},
            {QStringLiteral("entity"), tr("The entity."), QStringLiteral("kind:key")},
            {QStringLiteral("top"), tr("How many."), QStringLiteral("n"), QStringLiteral("10")},
            {QStringLiteral("hops"), tr("Links away."), QStringLiteral("n"), QStringLiteral("2")},
            {QStringLiteral("kinds"), tr("Link kinds to use (default: all)."), QStringLiteral("list")},
            {QStringLiteral("min-confidence"), tr("Leave out weaker links."), QStringLiteral("c"),
             QStringLiteral("0")},
            {QStringLiteral("kind"),
             tr("Kind of the new link (%1).").arg(LinkVocabulary::linkKinds().join(QStringLiteral(", "))),
             QStringLiteral("kind")},
            {QStringLiteral("confidence"), tr("Confidence of the new link, 0 to 1."), QStringLiteral("c")},
            {QStringLiteral("note"), tr("A note on the new link."), QStringLiteral("text")}};
    }
};

QJsonObject entityJson(const LinkGraph& g, int v)
{
    return QJsonObject{{QStringLiteral("kind"), g.vertex(v).kind}, {QStringLiteral("key"), g.vertex(v).key}};
}

QString entityText(const QJsonValue& e)
{
    return e[QStringLiteral("kind")].toString() + QLatin1Char(':') + e[QStringLiteral("key")].toString();
}

// The analyses: load the graph with the filter, find the entities named, compute, print.
class AnalysisCommand : public LinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AnalysisCommand)
public:
    using LinksCommand::LinksCommand;

protected:
    int execute(Invocation& call) const override
    {
        LinkFilter filter;
        filter.kinds = call.value("kinds").split(QLatin1Char(','), Qt::SkipEmptyParts);
        filter.minConfidence = call.value("min-confidence").toDouble();
        const auto graph = LinkGraph::load(call.db(), call.actor(), filter);
        if (!graph)
            return call.fail(graph.error());
        const auto result = analyse(call, *graph);
        if (!result)
            return call.fail(result.error());
        if (call.json())
            return call.printJson(*result);
        printText(*result, call.out());
        return kDone;
    }

    virtual Result<QJsonObject> analyse(const Invocation& call, const LinkGraph& g) const = 0;
    virtual void printText(const QJsonObject& result, QTextStream& out) const = 0;

    // The vertex of the entity an option names.
    static Result<int> vertexOf(const Invocation& call, const LinkGraph& g, const char* option)
    {
        const auto e = EntityRef::parse(call.value(option));
        if (!e)
            return invalid({},
                           tr("--%1: give an entity as kind:key (person, case, household, phone, address, "
                              "vehicle).")
                               .arg(QLatin1String(option)));
        const int v = g.indexOf(*e);
        if (v < 0)
            return notFound({}, tr("%1 has no links.").arg(e->text()));
        return v;
    }
};

// Related cases: the clusters that join two cases or more (core/links/RelatedCases).
class ClusterCommand : public AnalysisCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ClusterCommand)
public:
    ClusterCommand()
        : AnalysisCommand("cluster", QStringLiteral("--db F [--kinds K1,K2] [--min-confidence C] [--json]"),
                          tr("related cases: clusters of links that join two cases or more"), kAnyCount)
    {
    }

protected:
    Result<QJsonObject> analyse(const Invocation&, const LinkGraph& g) const override
    {
        QJsonArray clusters;
        for (const RelatedCaseCluster& c : relatedCases(g)) {
            QJsonArray members;
            for (int v : c.members)
                members.append(entityJson(g, v));
            clusters.append(QJsonObject{{QStringLiteral("cases"), int(c.cases.size())},
                                        {QStringLiteral("members"), members}});
        }
        return QJsonObject{{QStringLiteral("clusters"), clusters}};
    }

    void printText(const QJsonObject& result, QTextStream& out) const override
    {
        for (const QJsonValue& c : result[QStringLiteral("clusters")].toArray()) {
            QStringList members;
            for (const QJsonValue& m : c[QStringLiteral("members")].toArray())
                members << entityText(m);
            out << tr("%n case(s): ", nullptr, c[QStringLiteral("cases")].toInt())
                << members.join(QStringLiteral(", ")) << '\n';
        }
    }
};

// The strongest chain of links between two entities.
class PathCommand : public AnalysisCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::PathCommand)
public:
    PathCommand()
        : AnalysisCommand(
              "path", QStringLiteral("--db F --from E --to E [--kinds K1,K2] [--min-confidence C] [--json]"),
              tr("the strongest chain of links between two entities"), kAnyCount)
    {
    }

protected:
    Result<QJsonObject> analyse(const Invocation& call, const LinkGraph& g) const override
    {
        const auto from = vertexOf(call, g, "from");
        if (!from)
            return from.error();
        const auto to = vertexOf(call, g, "to");
        if (!to)
            return to.error();
        const auto path = g.strongestPath(*from, *to);
        if (!path)
            return notFound({}, tr("No chain of links joins them."));
        QJsonArray steps;
        double strength = 1.0;
        for (const PathStep& s : *path) {
            strength *= s.edge.confidence;
            steps.append(QJsonObject{{QStringLiteral("from"), entityJson(g, s.from)},
                                     {QStringLiteral("to"), entityJson(g, s.to)},
                                     {QStringLiteral("kind"), s.edge.kind},
                                     {QStringLiteral("confidence"), s.edge.confidence},
                                     {QStringLiteral("source"),
                                      s.edge.implied ? QStringLiteral("implied") : QStringLiteral("link")},
                                     {QStringLiteral("rule"), s.edge.rule},
                                     {QStringLiteral("link_id"), s.edge.linkId},
                                     {QStringLiteral("source_text"), LinkGraph::sourceText(s.edge)}});
        }
        return QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("strength"), strength}};
    }

    void printText(const QJsonObject& result, QTextStream& out) const override
    {
        for (const QJsonValue& s : result[QStringLiteral("steps")].toArray())
            out << entityText(s[QStringLiteral("from")]) << " -> " << entityText(s[QStringLiteral("to")])
                << "  " << s[QStringLiteral("kind")].toString() << " "
                << QString::number(s[QStringLiteral("confidence")].toDouble(), 'f', 2) << " ("
                << s[QStringLiteral("source")].toString() << ")\n";
    }
};

// Key connectors of an entity's cluster, or what lies within N links of it.
class AroundCommand : public AnalysisCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AroundCommand)
public:
    explicit AroundCommand(bool central)
        : AnalysisCommand(
              central ? "central" : "near",
              central ? QStringLiteral(
                            "--db F --entity E [--top N] [--kinds K1,K2] [--min-confidence C] [--json]")
                      : QStringLiteral(
                            "--db F --entity E [--hops N] [--kinds K1,K2] [--min-confidence C] [--json]"),
              central ? tr("the key connectors (betweenness) of the entity's cluster")
                      : tr("the entities within N links of the entity"),
              kAnyCount),
          m_central(central)
    {
    }

protected:
    Result<QJsonObject> analyse(const Invocation& call, const LinkGraph& g) const override
    {
        const auto v = vertexOf(call, g, "entity");
        if (!v)
            return v.error();
        QJsonArray list;
        if (m_central) {
            QList<int> cluster;
            for (const QList<int>& c : g.clusters())
                if (c.contains(*v))
                    cluster = c;
            for (const auto& [vertex, score] : g.keyConnectors(cluster, call.value("top").toInt())) {
                QJsonObject o = entityJson(g, vertex);
                o.insert(QStringLiteral("betweenness"), score);
                list.append(o);
            }
        } else {
            for (int n : g.neighbourhood(*v, call.value("hops").toInt()))
                list.append(entityJson(g, n));
        }
        return QJsonObject{{m_central ? QStringLiteral("connectors") : QStringLiteral("near"), list}};
    }

    void printText(const QJsonObject& result, QTextStream& out) const override
    {
        for (const QJsonValue& e :
             result[m_central ? QStringLiteral("connectors") : QStringLiteral("near")].toArray()) {
            out << entityText(e);
            if (m_central)
                out << "  " << QString::number(e[QStringLiteral("betweenness")].toDouble(), 'f', 1);
            out << '\n';
        }
    }

private:
    bool m_central;
};

// links add E1 E2 --kind K --confidence C [--note N]. The CLI acts as admin.
class AddCommand : public LinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AddCommand)
public:
    AddCommand()
        : LinksCommand("add", QStringLiteral("E1 E2 --db F --kind K --confidence C [--note TEXT] [--json]"),
                       tr("add a typed link (E: kind:key, e.g. person:42, phone:13900000001)"), 2)
    {
    }

protected:
    int check(Invocation& call) const override
    {
        bool confidenceOk = false;
        call.value("confidence").toDouble(&confidenceOk);
        if (!EntityRef::parse(call.positional().at(0)) || !EntityRef::parse(call.positional().at(1)) ||
            !confidenceOk || !call.isSet("kind"))
            return call.refuse(tr("Give two entities as kind:key, --kind and --confidence."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const QString kind = LinkVocabulary::parseLinkKind(call.value("kind")).value_or(call.value("kind"));
        const auto id = LinkService(call.db(), call.actor())
                            .add(LinkInput{*EntityRef::parse(call.positional().at(0)),
                                           *EntityRef::parse(call.positional().at(1)), kind,
                                           call.value("confidence").toDouble(), call.value("note")});
        if (!id)
            return call.fail(id.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("id"), *id}}, QJsonDocument::Compact);
        call.out() << tr("Added link %1.").arg(*id) << '\n';
        return kDone;
    }
};

class RemoveCommand : public LinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::RemoveCommand)
public:
    RemoveCommand()
        : LinksCommand("remove", QStringLiteral("ID --db F [--json]"), tr("remove a typed link"), 1)
    {
    }

protected:
    int check(Invocation& call) const override
    {
        bool ok = false;
        call.positional().at(0).toLongLong(&ok);
        return ok ? kDone : call.refuse(tr("ID: the link's number."));
    }

    int execute(Invocation& call) const override
    {
        const qint64 id = call.positional().at(0).toLongLong();
        if (Status s = LinkService(call.db(), call.actor()).remove(id); !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("removed"), id}}, QJsonDocument::Compact);
        call.out() << tr("Removed link %1.").arg(id) << '\n';
        return kDone;
    }
};
} // namespace

Commands linksCommands()
{
    Commands c;
    c.push_back(std::make_unique<ClusterCommand>());
    c.push_back(std::make_unique<PathCommand>());
    c.push_back(std::make_unique<AroundCommand>(true));
    c.push_back(std::make_unique<AroundCommand>(false));
    c.push_back(std::make_unique<AddCommand>());
    c.push_back(std::make_unique<RemoveCommand>());
    return c;
}

} // namespace hc::cli
