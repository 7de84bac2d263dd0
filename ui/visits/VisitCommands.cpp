#include "ui/visits/VisitCommands.h"

#include "ui/visits/VisitEntryPage.h"

namespace hc {

SetStatusesCommand::SetStatusesCommand(VisitEntryPage* page, QList<int> rows, QStringList statuses,
                                       const QString& text)
    : QUndoCommand(text), m_page(page), m_rows(std::move(rows)), m_new(std::move(statuses))
{
    for (int row : m_rows)
        m_old << m_page->status(row);
}

void SetStatusesCommand::undo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_page->setStatus(m_rows.at(i), m_old.at(i));
}

void SetStatusesCommand::redo()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_page->setStatus(m_rows.at(i), m_new.at(i));
}

SetOutcomeCommand::SetOutcomeCommand(VisitEntryPage* page, QString before, QString after, const QString& text)
    : QUndoCommand(text), m_page(page), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetOutcomeCommand::undo()
{
    m_page->setOutcome(m_before);
}
void SetOutcomeCommand::redo()
{
    m_page->setOutcome(m_after);
}

} // namespace hc
