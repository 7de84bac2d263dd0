#pragma once
// Picks one entity for link analysis or a new link: its kind, then for a person a search
// (core SearchService: name, ID number, phone; Enter searches, the hits drop into a list), for
// the others the case number, household number, phone, address or plate as typed. What was
// typed is resolved and normalised by core (EntityDirectory), which names the problem if any.

#include "core/common/Result.h"
#include "core/links/LinkGraph.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;

namespace hc {

class SessionContext;

class EntityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPicker(SessionContext& session, QWidget* parent = nullptr);

    // The chosen entity; an error naming `field` when what was typed is not one.
    Result<EntityRef> entity(const QString& field) const;
    void setEntity(const EntityRef& entity, const QString& label);
    bool isEmpty() const;
    void clear();

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* textEdit() const { return m_text; }
    QComboBox* hitsBox() const { return m_hits; }

signals:
    void edited();
    void entityChosen(); // Enter with a usable entity

private:
    void onKindChanged();
    void onReturn();

    SessionContext& m_session;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_hits = nullptr;
    std::optional<EntityRef> m_fixed; // set by setEntity until the text is edited
};

} // namespace hc
