#pragma once
// One crime record (a criminal case as the bureau counts it): its kind, date, criminal case
// number, whether it is solved and a note; its victims (missing-person cases, added from a list
// with type-ahead, double-click or Enter opens the case file) and its suspects (link-graph
// entities picked as the link screens pick them, with a note). A new crime is created from one
// of its victims' cases; victims and suspects are added once it is saved. Only holders of
// EditCases edit; others see it read-only. Core refusals show at their field. Emits changed()
// after every saved change.

#include "core/crimes/CrimeTypes.h"
#include "ui/cases/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc {

class CaseChooser;
class EntityPicker;
class SessionContext;

class CrimeDialog : public QDialog
{
    Q_OBJECT
public:
    // crimeId 0: a new crime whose first victim is the case `fromCaseId`.
    CrimeDialog(SessionContext& session, qint64 crimeId, qint64 fromCaseId = 0, QWidget* parent = nullptr);

    qint64 crimeId() const { return m_crimeId; }
    const Crime& crime() const { return m_crime; }
    bool reload();
    void save();
    void addVictim();
    void removeVictim();
    void addSuspect();
    void removeSuspect();

    // For tests.
    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* numberEdit() const { return m_number; }
    QCheckBox* solvedBox() const { return m_solved; }
    QPushButton* saveButton() const { return m_save; }
    CaseChooser* victimChooser() const { return m_victimChooser; }
    QPushButton* addVictimButton() const { return m_addVictim; }
    QPushButton* removeVictimButton() const { return m_removeVictim; }
    QTableWidget* victimsTable() const { return m_victims; }
    EntityPicker* suspectPicker() const { return m_suspectPicker; }
    QLineEdit* suspectNote() const { return m_suspectNote; }
    QPushButton* addSuspectButton() const { return m_addSuspect; }
    QTableWidget* suspectsTable() const { return m_suspects; }
    FieldErrors& errors() { return m_errors; }
    QLabel* statusLine() const { return m_status; }
    QLabel* readOnlyNote() const { return m_readOnly; }

signals:
    void changed(qint64 crimeId);

private:
    QWidget* buildFields();
    QGroupBox* buildVictims();
    QGroupBox* buildSuspects();
    void loadCaseChoices();
    void showCrime();
    void done(const QString& message);
    CrimeDraft draft() const;

    SessionContext& m_session;
    qint64 m_crimeId = 0;
    qint64 m_fromCaseId = 0;
    bool m_mayEdit = false;
    Crime m_crime;
    FieldErrors m_errors;
    QLabel* m_readOnly = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_number = nullptr;
    QCheckBox* m_solved = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QGroupBox* m_victimBox = nullptr;
    QTableWidget* m_victims = nullptr;
    CaseChooser* m_victimChooser = nullptr;
    QPushButton* m_addVictim = nullptr;
    QPushButton* m_removeVictim = nullptr;
    QGroupBox* m_suspectBox = nullptr;
    QTableWidget* m_suspects = nullptr;
    EntityPicker* m_suspectPicker = nullptr;
    QLineEdit* m_suspectNote = nullptr;
    QPushButton* m_addSuspect = nullptr;
    QPushButton* m_removeSuspect = nullptr;
};

} // namespace hc
