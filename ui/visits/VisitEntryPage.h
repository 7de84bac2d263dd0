#pragma once
// The screen an officer spends the day in: one household at a time, the visit's time and
// outcome, and one row per resident with the status of the check. Keyboard first: digits 1-7
// set the current row's status and move on, A marks all remaining rows present, Ctrl+Enter
// saves and opens the next household (F3 opens it without saving; both work wherever the focus
// is in the window while the page shows); after the status "away, verified" the focus goes to
// the whereabouts, Enter then 1-4 for how they were verified returns to the next resident;
// Ctrl+Z / Ctrl+Shift+Z undo and redo inside the form.

#include <QDate>
#include <QSet>
#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QKeyEvent;
class QLabel;
class QLayout;
class QLineEdit;
class QTableWidget;
class QUndoStack;

namespace hc {

class SessionContext;
struct Error;
struct VisitDraft;

class VisitEntryPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        RelationColumn,
        StatusColumn,
        ColumnCount
    };

    explicit VisitEntryPage(SessionContext& session, QWidget* parent = nullptr);

    void loadHousehold(qint64 householdId);
    // Opens a saved visit for correction (its officer the same day, a supervisor any time);
    // saving then corrects it instead of recording a new one.
    bool loadVisit(qint64 visitId);
    qint64 correctingVisitId() const { return m_correcting; }
    // The next household of the officer's station not yet covered, after the current one.
    bool nextHousehold();
    // Saves the visit; with `thenNext`, opens the next household. False when refused.
    bool save(bool thenNext);

    // The "open a missing-person case now?" question; tests answer it without a dialog.
    void setCaseQuestion(std::function<bool(const QString& personName)> ask) { m_askCase = std::move(ask); }
    // What to do when a save meets a problem worth a choice (tests answer without a dialog):
    // the server could not be reached (true: try again now; the form stays as typed either
    // way), or someone else corrected the visit meanwhile (true: keep my entries, to save
    // over the current version; false: show the current version).
    enum class Question
    {
        RetryUnreachable,
        KeepMineOverNewer
    };
    void setSaveQuestion(std::function<bool(Question, const QString& message)> ask)
    {
        m_askSave = std::move(ask);
    }
    // The version of the visit being corrected, as loaded (0 when not correcting).
    int correctingVersion() const { return m_correctingVersion; }

    // Used by the undo commands.
    void setStatus(int row, const QString& status);
    QString status(int row) const;
    void setOutcome(const QString& outcome);

    qint64 householdId() const { return m_householdId; }
    QTableWidget* table() const { return m_table; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QLabel* messageLabel() const { return m_message; }
    QUndoStack* undoStack() const { return m_undo; }
    QLineEdit* whereaboutsEdit() const { return m_whereabouts; }
    // The household number box: typed, or filled by a scanner reading a printed sheet's QR code.
    QLineEdit* findEdit() const { return m_find; }
    // Adds someone registered elsewhere, found at this address, to the form.
    bool addRegisteredElsewhere(const QString& idNumber);
    QComboBox* verifiedByBox() const { return m_verifiedBy; }

signals:
    void visitSaved(qint64 visitId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        qint64 personId = 0;
        QString name;
        QString status;
        QString whereabouts;
        QString verifiedBy;
        QDate eventDate;
        QString notes;
        bool foundHere = false; // registered at another household
    };
    QLayout* buildVisitRow();
    QWidget* buildTable();
    QWidget* buildKeyLegend();
    QWidget* buildDetails();
    void refreshRow(int row);
    void askForCases(VisitDraft& draft);
    bool showSaveError(const Error& error);
    bool ask(Question question, const QString& message);
    // Another correction was saved first: show the current version, or keep the form to save
    // over it (its version becomes the one the form corrects).
    void resolveStaleCorrection(const Error& error);
    void showDetails();
    void storeDetails();
    void addPersonFound();
    int appendRow(const Row& row, const QString& idNumber, const QString& relation);
    void showMessage(const QString& text, bool error);
    void setStatusByKey(int row, int digit);
    void installShortcuts();
    // Enter in the whereabouts field: on to "verified by" when it is still open, else back to
    // the residents at the next row.
    void whereaboutsEntered();
    void backToResidents(bool nextRow);
    // Keys in the details fields: Escape returns to the residents; 1-4 in "verified by" choose.
    bool detailsKey(QObject* watched, QKeyEvent* key);
    void markAllPresent();

    SessionContext& m_session;
    qint64 m_householdId = 0;
    qint64 m_correcting = 0;
    QSet<qint64> m_unknownWhenLoaded; // people whose whereabouts were unknown in the visit corrected
    QString m_householdNo;
    QList<Row> m_rows;
    QUndoStack* m_undo = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_household = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QComboBox* m_outcome = nullptr;
    QTableWidget* m_table = nullptr;
    QGroupBox* m_details = nullptr;
    QLineEdit* m_whereabouts = nullptr;
    QLabel* m_whereaboutsLabel = nullptr;
    QComboBox* m_verifiedBy = nullptr;
    QDateEdit* m_eventDate = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
    QString m_lastOutcome;
    bool m_loading = false;
    std::function<bool(const QString&)> m_askCase;
    std::function<bool(Question, const QString&)> m_askSave;
    int m_correctingVersion = 0;
};

} // namespace hc
