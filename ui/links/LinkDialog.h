#pragma once
// Adds a typed link: the two entities (each an EntityPicker), the kind, the confidence and a
// note. Saving goes through LinkService; a refusal is shown under the field it concerns and
// the dialog stays open.

#include "core/links/LinkGraph.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class EntityPicker;
class SessionContext;

class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkDialog(SessionContext& session, QWidget* parent = nullptr);

    void setFirst(const EntityRef& entity, const QString& label);
    void setSecond(const EntityRef& entity, const QString& label);
    void accept() override;
    qint64 linkId() const { return m_linkId; }

    // For tests.
    EntityPicker* firstPicker() const { return m_a; }
    EntityPicker* secondPicker() const { return m_b; }
    QComboBox* kindBox() const { return m_kind; }
    QDoubleSpinBox* confidenceBox() const { return m_confidence; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* errorLabel(const QString& field) const;

private:
    void clearErrors();

    SessionContext& m_session;
    EntityPicker* m_a = nullptr;
    EntityPicker* m_b = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_confidence = nullptr;
    QLineEdit* m_note = nullptr;
    QHash<QString, QLabel*> m_errors; // field -> its label; "" for the whole call
    QDialogButtonBox* m_buttons = nullptr;
    qint64 m_linkId = 0;
};

} // namespace hc
