#pragma once
// A station's call log: the calls taken on the hotline (96110) and officers' published phones,
// newest first, filtered by date range, line, result and officer, with the total and the cases
// opened, exported as CSV; "Log a call…" (every role) and a double-click opens a call, and from
// it the case it opened or added a lead to.

#include "core/calls/CallTypes.h"
#include "ui/common/ListPage.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace hc {

class LogCallDialog;
class OfficerChooser;

class CallsPage : public ListPage
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Station,
        Line,
        Caller,
        Number,
        Report,
        Result,
        Case,
        LoggedBy
    };

    explicit CallsPage(SessionContext& session, QWidget* parent = nullptr);

    CallFilter filter() const;
    void openCurrent();
    // Opens the dialog; returns it (tests).
    LogCallDialog* logCall();

    // For tests.
    QAbstractItemModel* model() const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* lineBox() const { return m_line; }
    QComboBox* resultBox() const { return m_result; }
    OfficerChooser* officerBox() const { return m_officer; }
    QComboBox* stationBox() const { return m_station; }
    QPushButton* logButton() const { return m_log; }

signals:
    void caseRequested(qint64 caseId);

protected:
    void startLoad() override;

private:
    void buildFilterBar();
    void summarize(int count);

    RowsModel<Call>* m_model = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_result = nullptr;
    OfficerChooser* m_officer = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<LogCallDialog> m_dialog;
};

} // namespace hc
