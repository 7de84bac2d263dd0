#include "core/cli/CliLinks.h"

#include "core/links/LinkGraph.h"
#include "core/links/LinkService.h"
#include "core/links/LinkVocabulary.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc {

namespace {
class LinksText
{
    Q_DECLARE_TR_FUNCTIONS(hc::LinksText)
};

QJsonObject entityJson(const LinkGraph& g, int v)
{
    return QJsonObject{{QStringLiteral("kind"), g.vertex(v).kind}, {QStringLiteral("key"), g.vertex(v).key}};
}

// links add E1 E2 --kind K --confidence C [--note N]; links remove ID. The CLI acts as admin.
int editLinks(const QString& action, const QCommandLineParser& p, Database& db, QTextStream& out,
              QTextStream& err)
{
    LinkService links(db, Actor::cli());
    const QStringList pos = p.positionalArguments();
    if (action == u"remove") {
        bool ok = false;
        const qint64 id = pos.size() == 1 ? pos.first().toLongLong(&ok) : 0;
        if (!ok) {
            err << LinksText::tr("Use: links remove ID --db F") << '\n';
            return 2;
        }
        const Status s = links.remove(id);
        if (!s) {
            err << s.error().text() << '\n';
            return 1;
        }
        out << LinksText::tr("Removed link %1.").arg(id) << '\n';
        return 0;
    }
    const auto a = pos.size() == 2 ? EntityRef::parse(pos.at(0)) : std::nullopt;
    const auto b = pos.size() == 2 ? EntityRef::parse(pos.at(1)) : std::nullopt;
    bool confidenceOk = false;
    const double confidence = p.value(QStringLiteral("confidence")).toDouble(&confidenceOk);
    if (!a || !b || !confidenceOk || !p.isSet(QStringLiteral("kind"))) {
        err << LinksText::tr("Use: links add E1 E2 --db F --kind K --confidence C [--note N] (E: kind:key, "
                             "e.g. person:42, case:SZ2026-00001, phone:13900000001)")
            << '\n';
        return 2;
    }
    const QString kind = LinkVocabulary::parseLinkKind(p.value(QStringLiteral("kind")))
                             .value_or(p.value(QStringLiteral("kind")));
    const auto id = links.add(LinkInput{*a, *b, kind, confidence, p.value(QStringLiteral("note"))});
    if (!id) {
        err << id.error().text() << '\n';
        return id.error().kind == Error::Kind::Invalid || id.error().kind == Error::Kind::NotFound ? 2 : 1;
    }
    if (p.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(
                   QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact))
            << '\n';
    else
        out << LinksText::tr("Added link %1.").arg(*id) << '\n';
    return 0;
}
} // namespace

int runLinksCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QStringList actions = {QStringLiteral("cluster"), QStringLiteral("path"), QStringLiteral("central"),
                                 QStringLiteral("near"),    QStringLiteral("add"),  QStringLiteral("remove")};
    if (args.size() < 2 || !actions.contains(args.at(1))) {
        err << LinksText::tr("Use: links cluster|path|central|near --db F [--from E --to E] [--entity E] "
                             "[--top N] [--hops N] [--kinds k1,k2] [--min-confidence C] --json (E: kind:key, "
                             "e.g. person:42)\n"
                             "     links add E1 E2 --db F --kind K --confidence C [--note N]\n"
                             "     links remove ID --db F")
            << '\n';
        return 2;
    }
    const QString action = args.at(1);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("db"), LinksText::tr("The Homecoming database file."), QStringLiteral("file")},
         {QStringLiteral("json"), LinksText::tr("Print the result as JSON.")},
         {QStringLiteral("from"), LinksText::tr("Start entity."), QStringLiteral("kind:key")},
         {QStringLiteral("to"), LinksText::tr("End entity."), QStringLiteral("kind:key")},
         {QStringLiteral("entity"), LinksText::tr("The entity."), QStringLiteral("kind:key")},
         {QStringLiteral("top"), LinksText::tr("How many."), QStringLiteral("n"), QStringLiteral("10")},
         {QStringLiteral("hops"), LinksText::tr("Links away."), QStringLiteral("n"), QStringLiteral("2")},
         {QStringLiteral("kinds"), LinksText::tr("Link kinds to use (default: all)."),
          QStringLiteral("list")},
         {QStringLiteral("min-confidence"), LinksText::tr("Leave out weaker links."), QStringLiteral("c"),
          QStringLiteral("0")},
         {QStringLiteral("kind"),
          LinksText::tr("Kind of the new link (%1).")
              .arg(LinkVocabulary::linkKinds().join(QStringLiteral(", "))),
          QStringLiteral("kind")},
         {QStringLiteral("confidence"), LinksText::tr("Confidence of the new link, 0 to 1."),
          QStringLiteral("c")},
         {QStringLiteral("note"), LinksText::tr("A note on the new link."), QStringLiteral("text")}});
    QStringList a = args;
    a[0] += QLatin1Char(' ') + action;
    a.removeAt(1);
    if (!p.parse(a) || p.value(QStringLiteral("db")).isEmpty()) {
        err << (p.errorText().isEmpty() ? LinksText::tr("--db FILE is required.") : p.errorText()) << '\n';
        return 2;
    }
    auto db = Database::open(p.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!db) {
        err << db.error().text() << '\n';
        return 2;
    }
    if (action == u"add" || action == u"remove")
        return editLinks(action, p, **db, out, err);
    LinkFilter filter;
    filter.kinds = p.value(QStringLiteral("kinds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter.minConfidence = p.value(QStringLiteral("min-confidence")).toDouble();
    auto graph = LinkGraph::load(**db, filter);
    if (!graph) {
        err << graph.error().text() << '\n';
        return 1;
    }
    const LinkGraph& g = *graph;
    auto vertexArg = [&](const char* name) -> int {
        const auto e = EntityRef::parse(p.value(QLatin1String(name)));
        if (!e) {
            err << LinksText::tr(
                       "--%1: give an entity as kind:key (person, case, household, phone, address, vehicle).")
                       .arg(QLatin1String(name))
                << '\n';
            return -2;
        }
        const int v = g.indexOf(*e);
        if (v < 0)
            err << LinksText::tr("%1 has no links.").arg(e->text()) << '\n';
        return v;
    };

    QJsonObject result;
    if (action == u"cluster") {
        QJsonArray clusters;
        for (const QList<int>& c : g.clusters()) {
            QJsonArray members;
            int cases = 0;
            for (int v : c) {
                members.append(entityJson(g, v));
                cases += g.vertex(v).kind == u"case";
            }
            if (cases >= 2) // the investigator's "related cases"
                clusters.append(
                    QJsonObject{{QStringLiteral("cases"), cases}, {QStringLiteral("members"), members}});
        }
        result.insert(QStringLiteral("clusters"), clusters);
    } else if (action == u"path") {
        const int from = vertexArg("from"), to = vertexArg("to");
        if (from < 0 || to < 0)
            return from == -2 || to == -2 ? 2 : 1;
        const auto path = g.strongestPath(from, to);
        if (!path) {
            err << LinksText::tr("No chain of links joins them.") << '\n';
            return 1;
        }
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
        result = QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("strength"), strength}};
    } else {
        const int v = vertexArg("entity");
        if (v < 0)
            return v == -2 ? 2 : 1;
        QJsonArray list;
        if (action == u"central") {
            QList<int> cluster;
            for (const QList<int>& c : g.clusters())
                if (c.contains(v))
                    cluster = c;
            for (const auto& [vertex, score] :
                 g.keyConnectors(cluster, p.value(QStringLiteral("top")).toInt())) {
                QJsonObject o = entityJson(g, vertex);
                o.insert(QStringLiteral("betweenness"), score);
                list.append(o);
            }
        } else {
            for (int n : g.neighbourhood(v, p.value(QStringLiteral("hops")).toInt()))
                list.append(entityJson(g, n));
        }
        result.insert(action == u"central" ? QStringLiteral("connectors") : QStringLiteral("near"), list);
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return 0;
    }
    auto text = [](const QJsonObject& e) {
        return e.value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
               e.value(QStringLiteral("key")).toString();
    };
    for (const QJsonValue& c : result.value(QStringLiteral("clusters")).toArray()) {
        QStringList members;
        for (const QJsonValue& m : c.toObject().value(QStringLiteral("members")).toArray())
            members << text(m.toObject());
        out << LinksText::tr("%n case(s): ", nullptr, c.toObject().value(QStringLiteral("cases")).toInt())
            << members.join(QStringLiteral(", ")) << '\n';
    }
    for (const QJsonValue& st : result.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = st.toObject();
        out << text(o.value(QStringLiteral("from")).toObject()) << " -> "
            << text(o.value(QStringLiteral("to")).toObject()) << "  "
            << o.value(QStringLiteral("kind")).toString() << " "
            << QString::number(o.value(QStringLiteral("confidence")).toDouble(), 'f', 2) << " ("
            << o.value(QStringLiteral("source")).toString() << ")\n";
    }
    for (const char* key : {"connectors", "near"})
        for (const QJsonValue& e : result.value(QLatin1String(key)).toArray()) {
            out << text(e.toObject());
            if (e.toObject().contains(QStringLiteral("betweenness")))
                out << "  "
                    << QString::number(e.toObject().value(QStringLiteral("betweenness")).toDouble(), 'f', 1);
            out << '\n';
        }
    return 0;
}

} // namespace hc
