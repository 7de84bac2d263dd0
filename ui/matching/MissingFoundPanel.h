#pragma once
// The "Missing vs found" tab: the user types a case number or a found-person record number and
// opens MatchCandidatesDialog with the ranked candidates for it. Errors show next to the field.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class MatchCandidatesDialog;
class SessionContext;

class MissingFoundPanel : public QWidget
{
    Q_OBJECT
public:
    enum Lookup
    {
        ByCase,
        ByFoundPerson
    };
    explicit MissingFoundPanel(SessionContext& session, QWidget* parent = nullptr);

    // Resolves the number typed and opens the dialog (non-modal); null when not found.
    MatchCandidatesDialog* showCandidates();

    // For tests.
    QComboBox* lookupBox() const { return m_lookup; }
    QLineEdit* numberEdit() const { return m_number; }
    QPushButton* showButton() const { return m_show; }
    QLabel* errorLabel() const { return m_error; }

private:
    SessionContext& m_session;
    QComboBox* m_lookup = nullptr;
    QLineEdit* m_number = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
