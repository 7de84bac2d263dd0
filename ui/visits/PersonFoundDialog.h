#pragma once
// "Add person found here": someone living at the address with no registration (name as
// given, sex, approximate birth year, notes).

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hc {

class SessionContext;

class PersonFoundDialog : public QDialog
{
    Q_OBJECT
public:
    PersonFoundDialog(SessionContext& session, qint64 householdId, QWidget* parent = nullptr);
    QString personName() const;

private:
    void add();

    SessionContext& m_session;
    qint64 m_householdId;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
