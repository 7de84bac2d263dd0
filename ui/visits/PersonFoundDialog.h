#pragma once
// "Add person found here": someone living at the address with no registration (name as
// given, sex, approximate birth year, notes), or someone registered at another address
// (found by ID number), who is then screened with this visit.

#include "core/visits/VisitService.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace hc {

class SessionContext;

class PersonFoundDialog : public QDialog
{
    Q_OBJECT
public:
    PersonFoundDialog(SessionContext& session, qint64 householdId, QWidget* parent = nullptr);
    QString personName() const;
    // Set when the person is registered elsewhere; nothing was written then.
    const std::optional<RegisteredPerson>& registeredElsewhere() const { return m_registered; }
    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }

private:
    void add();

    SessionContext& m_session;
    qint64 m_householdId;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::optional<RegisteredPerson> m_registered;
    QLabel* m_message = nullptr;
};

} // namespace hc
