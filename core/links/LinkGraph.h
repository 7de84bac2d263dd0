#pragma once
// The link analysis graph: entities (people, cases, households, phones, addresses, vehicles)
// as vertices, typed links with a confidence as edges. Built from the links table plus the
// links implied by the data: a case's subject, household membership of people in the graph,
// the same phone number on two records (a person's phone, a case's reporter phone, a phone in
// a typed link: joined through the phone's vertex), and one person's ID number written two
// ways on two person rows (15 and 18 digits, or a lower-case x). load() builds it in steps
// (LinkGraphBuilder.cpp) from what LinkGraphStore reads. The Boost.Graph types stay in
// LinkGraph.cpp (OMPL's PlannerData pattern); callers get indexes and plain structs.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace hc {

class Database;

struct EntityRef
{
    QString kind; // person, case, household, phone, address, vehicle
    QString key;  // row id for person/case/household, the value for the others
    QString text() const { return kind + QLatin1Char(':') + key; }
    friend bool operator==(const EntityRef& a, const EntityRef& b)
    {
        return a.kind == b.kind && a.key == b.key;
    }
    static std::optional<EntityRef> parse(const QString& text); // "person:42", "phone:13900000001"
};

struct GraphEdge
{
    GraphEdge() = default;
    GraphEdge(int a_, int b_, QString kind_, double confidence_ = 1.0, bool implied_ = false)
        : a(a_), b(b_), kind(std::move(kind_)), confidence(confidence_), implied(implied_)
    {
    }
    // An implied edge (confidence 1) and the rule that made it.
    static GraphEdge derived(int a, int b, QString kind, QString rule)
    {
        GraphEdge e(a, b, std::move(kind), 1.0, true);
        e.rule = std::move(rule);
        return e;
    }

    int a = 0;
    int b = 0;
    QString kind; // link kind, or subject / member / same_id_number for implied links
    double confidence = 1.0;
    bool implied = false;
    // Where the edge comes from: a typed link (its id, who added it and when) or, when
    // implied, the rule: subject, member, person_phone, reporter_phone, id_number.
    qint64 linkId = 0;
    QString rule;
    QString by; // "name (badge)" of who typed the link; empty from the command line
    QString at;
};

} // namespace hc
// Edges are moved around in bulk while the graph is built: plain relocation is safe.
Q_DECLARE_TYPEINFO(hc::GraphEdge, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(hc::EntityRef, Q_RELOCATABLE_TYPE);
namespace hc {

struct LinkFilter
{
    QStringList kinds;          // empty: every kind
    double minConfidence = 0.0; // links below are left out
};

struct PathStep
{
    int from = 0;
    int to = 0;
    GraphEdge edge;
};

class LinkGraph
{
    Q_DECLARE_TR_FUNCTIONS(hc::LinkGraph)
public:
    LinkGraph(QList<EntityRef> vertices, QList<GraphEdge> edges);
    ~LinkGraph();
    LinkGraph(LinkGraph&&) noexcept;
    LinkGraph& operator=(LinkGraph&&) noexcept;

    // Needs the EditCases right (the link graph joins people, phones and addresses city-wide);
    // a refusal is audited.
    static Result<LinkGraph> load(Database& db, const Actor& actor, const LinkFilter& filter);
    // "Linked by 王强 (0123) on 2026-03-02", "Implied: the case's subject", ... (translated).
    static QString sourceText(const GraphEdge& edge);

    int vertexCount() const { return int(m_vertices.size()); }
    const EntityRef& vertex(int i) const { return m_vertices.at(i); }
    const QList<GraphEdge>& edges() const { return m_edges; }
    int indexOf(const EntityRef& e) const; // -1 when absent

    // Connected components, largest first; each sorted by vertex index.
    QList<QList<int>> clusters() const;
    // The strongest chain: the path maximising the product of confidences (Dijkstra on
    // -log(confidence)). nullopt when the two are not connected.
    std::optional<QList<PathStep>> strongestPath(int from, int to) const;
    // Brandes betweenness centrality inside one cluster (unweighted), the top N, highest first.
    QList<QPair<int, double>> keyConnectors(const QList<int>& cluster, int top) const;
    // Everything within `hops` links of `v` (v included), nearest first.
    QList<int> neighbourhood(int v, int hops) const;

private:
    struct Impl;
    QList<EntityRef> m_vertices;
    QList<GraphEdge> m_edges;
    std::unique_ptr<Impl> m_impl;
};

} // namespace hc
