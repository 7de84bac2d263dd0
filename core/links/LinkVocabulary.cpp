#include "core/links/LinkVocabulary.h"

#include "core/registry/Vocabulary.h"

namespace hc {

using K = Vocabulary::Kind;

const QStringList& LinkVocabulary::entityKinds()
{
    return Vocabulary::codes(K::EntityKind);
}

QString LinkVocabulary::entityLabel(const QString& kind)
{
    return Vocabulary::label(K::EntityKind, kind);
}

const QStringList& LinkVocabulary::linkKinds()
{
    return Vocabulary::codes(K::LinkKind);
}

const QStringList& LinkVocabulary::impliedKinds()
{
    return Vocabulary::codes(K::ImpliedLink);
}

QString LinkVocabulary::linkLabel(const QString& kind)
{
    return Vocabulary::codes(K::LinkKind).contains(kind) ? Vocabulary::label(K::LinkKind, kind)
                                                         : Vocabulary::label(K::ImpliedLink, kind);
}

std::optional<QString> LinkVocabulary::parseLinkKind(const QString& text)
{
    return Vocabulary::parse(K::LinkKind, text);
}

} // namespace hc
