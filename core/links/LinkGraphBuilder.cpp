// LinkGraph::load: the graph built in named steps from what LinkGraphStore reads: the typed
// links, the links implied by cases (subject, reporter phone), by the people in the graph
// (household, phone, the same ID number written another way), then the shared phones.

#include "core/links/LinkGraph.h"

#include "core/auth/Scope.h"
#include "core/links/LinkGraphStore.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace hc {

namespace {
const QString kPerson = QStringLiteral("person");
const QString kCase = QStringLiteral("case");
const QString kPhone = QStringLiteral("phone");
const QString kSamePhone = QStringLiteral("same_phone");

// The other ways the same ID number may be written on another row: the 15-digit first-generation
// form of an 18-digit number of the 1900s (and back), and the check character x in either case.
QStringList idNumberVariants(const QString& n, const QDate& today)
{
    QStringList out;
    if (n.size() == 18) {
        const QChar last = n.at(17);
        if (last == u'X')
            out << n.left(17) + QLatin1Char('x');
        else if (last == u'x')
            out << n.left(17) + QLatin1Char('X');
        if (n.mid(6, 2) == u"19")
            out << n.left(6) + n.mid(8, 9);
    } else if (n.size() == 15) {
        if (const auto full = IdNumber::parse(n, today)) {
            out << full->text();
            if (full->text().endsWith(QLatin1Char('X')))
                out << full->text().left(17) + QLatin1Char('x');
        }
    }
    return out;
}

QString digitsOf(const QString& text)
{
    QString d;
    d.reserve(text.size());
    for (const QChar c : text)
        if (c >= u'0' && c <= u'9')
            d += c;
    return d;
}

struct Carrier
{
    EntityRef entity;
    QString rule;
};

class GraphBuilder
{
public:
    explicit GraphBuilder(const LinkFilter& filter)
        : m_filter(filter), m_wantSubject(wanted(QStringLiteral("subject"))),
          m_wantMember(wanted(QStringLiteral("member"))), m_wantPhone(wanted(kSamePhone)),
          m_wantSameId(wanted(QStringLiteral("same_id_number")))
    {
    }

    Status addTypedLinks(const LinkGraphStore& store);
    Status addCaseEnds(const LinkGraphStore& store);
    Status addPeople(const LinkGraphStore& store);
    void addSharedPhones();
    LinkGraph graph() && { return LinkGraph(std::move(m_vertices), std::move(m_edges)); }

private:
    bool wanted(const QString& kind) const
    {
        return m_filter.kinds.isEmpty() || m_filter.kinds.contains(kind);
    }
    int vertexOf(const QString& kind, const QString& key);
    void carry(const QString& rawPhone, const EntityRef& who, const QString& rule);
    // A person's household and phone; the variants of their ID number to look for.
    void addPersonEnds(int v, const PersonEnds& p);
    void collectVariants(int v, const QString& idNumber);
    void joinSameIdNumber(int v, const QString& idNumber);

    const LinkFilter& m_filter;
    const bool m_wantSubject, m_wantMember, m_wantPhone, m_wantSameId;
    QList<EntityRef> m_vertices;
    QList<GraphEdge> m_edges;
    QHash<QString, int> m_index; // EntityRef::text() -> vertex
    // Phone numbers seen on records, in first-seen order (so vertex numbers are stable).
    QList<QString> m_phones;
    QHash<QString, QList<Carrier>> m_carriers;
    // Another way of writing an ID number -> the person in the graph written the first way.
    QHash<QString, int> m_variants;
    QStringList m_variantList;
    QSet<QPair<int, int>> m_joined;
    const QDate m_today = QDate::currentDate();
};

int GraphBuilder::vertexOf(const QString& kind, const QString& key)
{
    const EntityRef e{kind, key};
    const QString t = e.text();
    auto it = m_index.constFind(t);
    if (it != m_index.constEnd())
        return *it;
    m_vertices << e;
    m_index.insert(t, int(m_vertices.size() - 1));
    return int(m_vertices.size() - 1);
}

void GraphBuilder::carry(const QString& rawPhone, const EntityRef& who, const QString& rule)
{
    const QString phone = digitsOf(rawPhone);
    if (phone.size() < 7)
        return;
    auto it = m_carriers.find(phone);
    if (it == m_carriers.end()) {
        m_phones << phone;
        it = m_carriers.insert(phone, {});
    }
    it->append(Carrier{who, rule});
}

Status GraphBuilder::addTypedLinks(const LinkGraphStore& store)
{
    const auto users = store.linkAuthors();
    if (!users)
        return users.error();
    const auto links = store.links();
    if (!links)
        return links.error();
    for (const StoredLink& l : *links) {
        if (!wanted(l.kind) || l.confidence < m_filter.minConfidence)
            continue;
        const int a = vertexOf(l.aKind, l.aKey);
        const int b = vertexOf(l.bKind, l.bKey);
        GraphEdge e(a, b, l.kind, l.confidence, false);
        e.linkId = l.id;
        e.by = users->value(l.createdBy);
        e.at = l.createdAt;
        m_edges << e;
    }
    return {};
}

Status GraphBuilder::addCaseEnds(const LinkGraphStore& store)
{
    // Implied links from cases: the subject; the reporter's phone.
    if (!m_wantSubject && !m_wantPhone)
        return {};
    const auto cases = store.caseEnds();
    if (!cases)
        return cases.error();
    for (const CaseEnds& c : *cases) {
        const QString caseId = QString::number(c.caseId);
        if (m_wantSubject && c.subjectPersonId)
            m_edges << GraphEdge::derived(vertexOf(kCase, caseId),
                                          vertexOf(kPerson, QString::number(c.subjectPersonId)),
                                          QStringLiteral("subject"), QStringLiteral("subject"));
        if (m_wantPhone && !c.reporterPhone.isEmpty())
            carry(c.reporterPhone, EntityRef{kCase, caseId}, QStringLiteral("reporter_phone"));
    }
    return {};
}

void GraphBuilder::addPersonEnds(int v, const PersonEnds& p)
{
    if (m_wantMember && p.householdId)
        m_edges << GraphEdge::derived(v,
                                      vertexOf(QStringLiteral("household"), QString::number(p.householdId)),
                                      QStringLiteral("member"), QStringLiteral("member"));
    if (m_wantPhone && !p.phone.isEmpty())
        carry(p.phone, EntityRef{kPerson, QString::number(p.id)}, QStringLiteral("person_phone"));
}

void GraphBuilder::collectVariants(int v, const QString& idNumber)
{
    if (!m_wantSameId || idNumber.isEmpty())
        return;
    for (const QString& other : idNumberVariants(idNumber, m_today)) {
        m_variants.insert(other, v);
        m_variantList << other;
    }
}

void GraphBuilder::joinSameIdNumber(int v, const QString& idNumber)
{
    const int other = m_variants.value(idNumber, -1);
    const QPair<int, int> pair(qMin(v, other), qMax(v, other));
    if (other < 0 || other == v || m_joined.contains(pair))
        return;
    m_joined.insert(pair);
    m_edges << GraphEdge::derived(other, v, QStringLiteral("same_id_number"), QStringLiteral("id_number"));
}

Status GraphBuilder::addPeople(const LinkGraphStore& store)
{
    // People in the graph: their household, their phone, their ID number written another way.
    if (!m_wantMember && !m_wantPhone && !m_wantSameId)
        return {};
    QList<qint64> ids;
    for (const EntityRef& e : std::as_const(m_vertices))
        if (e.kind == kPerson)
            ids << e.key.toLongLong();
    const auto inGraph = store.peopleById(ids);
    if (!inGraph)
        return inGraph.error();
    for (const PersonEnds& p : *inGraph) {
        const int v = vertexOf(kPerson, QString::number(p.id));
        addPersonEnds(v, p);
        collectVariants(v, p.idNumber);
    }
    if (m_variantList.isEmpty())
        return {};
    // Rows found by another way of writing an ID number; those already in the graph had their
    // household and phone taken above.
    const auto others = store.peopleByIdNumber(m_variantList);
    if (!others)
        return others.error();
    for (const PersonEnds& p : *others) {
        const QString key = QString::number(p.id);
        const bool known = m_index.contains(kPerson + QLatin1Char(':') + key);
        const int v = vertexOf(kPerson, key);
        if (!known)
            addPersonEnds(v, p);
        joinSameIdNumber(v, p.idNumber);
    }
    return {};
}

void GraphBuilder::addSharedPhones()
{
    // A phone on two records (or on one record and in a typed link) joins them through its vertex.
    for (const QString& phone : std::as_const(m_phones)) {
        const QList<Carrier>& on = m_carriers[phone];
        if (on.size() < 2 && !m_index.contains(kPhone + QLatin1Char(':') + phone))
            continue;
        const int p = vertexOf(kPhone, phone);
        for (const Carrier& c : on)
            m_edges << GraphEdge::derived(vertexOf(c.entity.kind, c.entity.key), p, kSamePhone, c.rule);
    }
}
} // namespace

Result<LinkGraph> LinkGraph::load(Database& db, const Actor& actor, const LinkFilter& filter)
{
    if (!actor.can(Right::EditCases))
        return refused(db.sql(), actor, QStringLiteral("link"), {},
                       denied(Roles::deniedMessage(actor, tr("see links"))));
    const LinkGraphStore store(db.sql());
    GraphBuilder builder(filter);
    if (Status s = builder.addTypedLinks(store); !s)
        return s.error();
    if (Status s = builder.addCaseEnds(store); !s)
        return s.error();
    if (Status s = builder.addPeople(store); !s)
        return s.error();
    builder.addSharedPhones();
    return std::move(builder).graph();
}

} // namespace hc
