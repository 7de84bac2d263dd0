#pragma once
// One logged call as it was taken (time, station, line, caller, what was reported) and what came
// of it; for a call that opened a case or added a lead to one, "Open case file" opens that case.

#include "core/calls/CallTypes.h"

#include <QDialog>

class QPushButton;

namespace hc {

class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(const Call& call, QWidget* parent = nullptr);

    QPushButton* openCaseButton() const { return m_openCase; } // null when the call has no case

signals:
    void caseRequested(qint64 caseId);

private:
    QPushButton* m_openCase = nullptr;
};

} // namespace hc
