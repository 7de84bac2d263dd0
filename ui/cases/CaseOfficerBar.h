#pragma once
// The officer in charge of a case, under the case file's header: who it is, and for
// supervisors and administrators a type-ahead chooser and "Assign" to assign or reassign
// (core audits it). A refusal shows inline. Emits assigned after a saved change.

#include "core/cases/CaseTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hc {

class OfficerChooser;
class SessionContext;

class CaseOfficerBar : public QWidget
{
    Q_OBJECT
public:
    explicit CaseOfficerBar(SessionContext& session, QWidget* parent = nullptr);

    void setFile(const CaseFile& file);
    bool assign();

    // For tests.
    QLabel* officerLabel() const { return m_label; }
    OfficerChooser* chooser() const { return m_chooser; }
    QPushButton* assignButton() const { return m_assign; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void assigned(qint64 officerId);

private:
    SessionContext& m_session;
    qint64 m_caseId = 0;
    QLabel* m_label = nullptr;
    OfficerChooser* m_chooser = nullptr;
    QPushButton* m_assign = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
