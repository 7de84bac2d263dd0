#pragma once
// The case file's Crimes tab: the crimes this case is a victim of (kind, date, criminal case
// number, solved, victims, suspects), "New crime from this case" and Open (Enter or a
// double-click), both through CrimeDialog. Only holders of EditCases create and edit; others
// open the crimes read-only. Emits changed() after a crime was saved.

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hc {

class CrimeDialog;
class SessionContext;

class CaseCrimesTab : public QWidget
{
    Q_OBJECT
public:
    CaseCrimesTab(SessionContext& session, qint64 caseId, QWidget* parent = nullptr);

    // Reads the case's crimes again; returns how many there are (-1 when core refused).
    int reload();
    void newCrime();
    void openCrime(qint64 crimeId);

    // For tests.
    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    CrimeDialog* dialog() const;

signals:
    void changed();

private:
    void showDialog(CrimeDialog* dialog);

    SessionContext& m_session;
    qint64 m_caseId = 0;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<CrimeDialog> m_dialog;
};

} // namespace hc
