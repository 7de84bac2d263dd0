#pragma once
// The investigator's typed links between two entities (person, case, household, phone,
// address, vehicle): add with a kind, a confidence and a note; remove; list an entity's
// links. Every change is checked (EditCases right, each field), written in one transaction
// and audited. Implied links are not stored: LinkGraph derives them.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/links/LinkGraph.h"

#include <QCoreApplication>
#include <QList>

namespace hc {

class Database;

struct LinkInput
{
    EntityRef a;
    EntityRef b;
    QString kind;
    double confidence = 0.8;
    QString note;
};

struct LinkRow
{
    qint64 id = 0;
    EntityRef a;
    EntityRef b;
    QString kind;
    double confidence = 0;
    QString note;
    QString createdBy; // "name (badge)"; empty when added from the command line
    QString createdAt;
};

class LinkService
{
    Q_DECLARE_TR_FUNCTIONS(hc::LinkService)
public:
    LinkService(Database& db, Actor actor);

    // Error fields: a, b, kind, confidence, note. Returns the new link's id.
    Result<qint64> add(const LinkInput& input);
    Status remove(qint64 linkId);
    // Typed links touching `entity` (normalised as add() would), newest first. Reading links
    // needs EditCases too.
    Result<QList<LinkRow>> linksOf(const EntityRef& entity) const;
    Result<LinkRow> find(qint64 linkId) const;

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
