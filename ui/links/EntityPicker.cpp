#include "ui/links/EntityPicker.h"

#include "core/links/EntityDirectory.h"
#include "core/links/LinkVocabulary.h"
#include "core/registry/DomainCodes.h"
#include "core/search/SearchService.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace hc {

EntityPicker::EntityPicker(SessionContext& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_kind = new QComboBox;
    for (const QString& kind : LinkVocabulary::entityKinds())
        m_kind->addItem(LinkVocabulary::entityLabel(kind), kind);
    m_text = new QLineEdit;
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(200);
    m_hits = new QComboBox;
    m_hits->setMinimumContentsLength(24);
    m_hits->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hits->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hits, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntityPicker::onKindChanged);
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        m_fixed.reset();
        m_hits->clear();
        m_hits->hide();
        emit edited();
    });
    connect(m_text, &QLineEdit::returnPressed, this, &EntityPicker::onReturn);
    onKindChanged();
}

namespace {
QString hintFor(std::optional<EntityKind> kind)
{
    if (!kind)
        return {};
    switch (*kind) {
    case EntityKind::Person:
        return EntityPicker::tr("Name, ID number or phone; Enter searches");
    case EntityKind::Case:
        return EntityPicker::tr("Case number, e.g. SZ2026-00001");
    case EntityKind::Household:
        return EntityPicker::tr("Household number");
    case EntityKind::Phone:
        return EntityPicker::tr("Phone number");
    case EntityKind::Address:
        return EntityPicker::tr("Address as written");
    case EntityKind::Vehicle:
        return EntityPicker::tr("Plate, e.g. 甘A12345");
    }
    return {};
}
} // namespace

void EntityPicker::onKindChanged()
{
    m_text->setPlaceholderText(hintFor(enumOf<EntityKind>(m_kind->currentData().toString())));
    m_fixed.reset();
    m_hits->clear();
    m_hits->hide();
    emit edited();
}

void EntityPicker::onReturn()
{
    const QString kind = m_kind->currentData().toString();
    const QString text = m_text->text().trimmed();
    if (enumOf<EntityKind>(kind) == EntityKind::Person && !m_fixed && !text.isEmpty()) {
        bool number = false;
        text.toLongLong(&number);
        if (!number || text.size() < 15) {
            const auto hits = SearchService(m_session.db(), m_session.actor()).search(text, 30);
            m_hits->clear();
            if (hits)
                for (const SearchHit& h : *hits)
                    if (h.kind == SearchHit::Kind::Person)
                        m_hits->addItem(QStringLiteral("%1  %2  %3").arg(h.title, h.detail, h.householdNo),
                                        h.id);
            if (m_hits->count() == 0)
                m_hits->addItem(tr("Nobody found"), 0);
            m_hits->show();
            if (m_hits->count() > 1 || m_hits->itemData(0).toLongLong() == 0) {
                m_hits->setFocus();
                m_hits->showPopup();
                return;
            }
        }
    }
    if (entity(QStringLiteral("entity")).ok())
        emit entityChosen();
}

Result<EntityRef> EntityPicker::entity(const QString& field) const
{
    if (m_fixed)
        return *m_fixed;
    const QString kind = m_kind->currentData().toString();
    const bool person = enumOf<EntityKind>(kind) == EntityKind::Person;
    if (person && !m_hits->isHidden() && m_hits->currentData().toLongLong() > 0)
        return EntityRef{kind, QString::number(m_hits->currentData().toLongLong())};
    if (person && !m_hits->isHidden())
        return notFound(field, tr("Nobody found for \"%1\".").arg(m_text->text().trimmed()));
    return EntityDirectory(m_session.db()).resolve(EntityRef{kind, m_text->text()}, field);
}

void EntityPicker::setEntity(const EntityRef& entity, const QString& label)
{
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(entity.kind));
    m_hits->clear();
    m_hits->hide();
    m_text->setText(label);
    m_fixed = entity;
    emit edited();
}

bool EntityPicker::isEmpty() const
{
    return !m_fixed && m_text->text().trimmed().isEmpty();
}

void EntityPicker::clear()
{
    m_fixed.reset();
    m_text->clear();
    m_hits->clear();
    m_hits->hide();
}

} // namespace hc
