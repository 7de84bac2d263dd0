#pragma once
// One household at a glance: its header (number, address, area, station, coverage in the
// session's operation), its members with their latest screening status, and the visits made
// to it in the operation, newest first. Read-only; owns nothing but its widgets.

#include <QDialog>

class QLabel;
class QTableWidget;

namespace hc {

class SessionContext;
struct HouseholdDetail;

class HouseholdDetailDialog : public QDialog
{
    Q_OBJECT
public:
    HouseholdDetailDialog(SessionContext& session, qint64 householdId, QWidget* parent = nullptr);

    qint64 householdId() const { return m_householdId; }
    // For tests.
    QTableWidget* membersTable() const { return m_members; }
    QTableWidget* visitsTable() const { return m_visits; }

    QLabel* errorLabel() const { return m_error; }
    // The selected member's photos and documents, in a dialog of its own (deleted on close).
    QDialog* showMemberPhotos();

signals:
    void correctVisitRequested(qint64 visitId);

private:
    void load();
    void showHeader(const HouseholdDetail& d);
    void fillMembers(const HouseholdDetail& d);
    void fillVisits(const HouseholdDetail& d);

    SessionContext& m_session;
    qint64 m_householdId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_area = nullptr;
    QLabel* m_station = nullptr;
    QLabel* m_coverage = nullptr;
    QLabel* m_membersTitle = nullptr;
    QLabel* m_visitsTitle = nullptr;
    QTableWidget* m_members = nullptr;
    QTableWidget* m_visits = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
