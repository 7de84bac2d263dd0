#pragma once
// The fields of a new action: what to do, for whom (type-ahead by name or badge), due date and
// priority, each with its error line (FieldErrors names: what, allocated_to, due, priority).
// Used by the case file's Actions tab and by the lead form ("also raise an action").

#include "core/actions/ActionTypes.h"
#include "ui/cases/FieldErrors.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace hc {

class OfficerChooser;
class SessionContext;

class ActionDraftForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActionDraftForm(SessionContext& session, QWidget* parent = nullptr);

    // The draft for `caseId` as filled in.
    ActionDraft draft(qint64 caseId) const;
    // After a raise: empty again, due in a week.
    void reset();
    FieldErrors& errors() { return m_errors; }

    QLineEdit* whatEdit() const { return m_what; }
    OfficerChooser* officer() const { return m_officer; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* priorityBox() const { return m_priority; }

private:
    QLineEdit* m_what = nullptr;
    OfficerChooser* m_officer = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_priority = nullptr;
    FieldErrors m_errors;
};

} // namespace hc
