#include "ui/matching/MissingFoundPanel.h"

#include "core/matching/MissingFoundMatcher.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/matching/MatchCandidatesDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

MissingFoundPanel::MissingFoundPanel(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* intro =
        new QLabel(tr("Rank the unidentified people found (shelters, hospitals, remains) against a "
                      "missing person's case, or the open cases against a person found. Each candidate "
                      "shows why it scored: sex, age, height, place, time and name."));
    intro->setWordWrap(true);
    m_lookup = new QComboBox;
    m_lookup->addItem(tr("Case number"), ByCase);
    m_lookup->addItem(tr("Found-person record number"), ByFoundPerson);
    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("e.g. SZ2026-00012 or WM2026-00012"));
    m_number->setClearButtonEnabled(true);
    m_show = new QPushButton(tr("&Show candidates"));
    m_show->setDefault(true);
    m_error = makeErrorLabel();

    auto* row = new QHBoxLayout;
    row->addWidget(m_lookup);
    row->addWidget(m_number, 1);
    row->addWidget(m_show);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_show, &QPushButton::clicked, this, [this] { showCandidates(); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { showCandidates(); });
    connect(m_number, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

MatchCandidatesDialog* MissingFoundPanel::showCandidates()
{
    m_error->hide();
    const QString number = m_number->text().trimmed();
    const bool byCase = m_lookup->currentData().toInt() == ByCase;
    if (number.isEmpty()) {
        m_error->setText(byCase ? tr("Type a case number.") : tr("Type a found-person record number."));
        m_error->show();
        m_number->setFocus();
        return nullptr;
    }
    MissingFoundMatcher matcher(m_session.db(), m_session.actor());
    const auto id = byCase ? matcher.caseId(number) : matcher.foundPersonId(number);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        m_number->setFocus();
        m_number->selectAll();
        return nullptr;
    }
    auto* dialog = new MatchCandidatesDialog(
        m_session, byCase ? MatchCandidate::Kind::Case : MatchCandidate::Kind::FoundPerson, *id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace hc
