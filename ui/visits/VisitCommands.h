#pragma once
// One undo command per user action in the visit form (Tiled's AddRemoveLayer pattern):
// setting statuses (one row, or all remaining rows) and changing the outcome.

#include <QList>
#include <QUndoCommand>

namespace hc {

class VisitEntryPage;

class SetStatusesCommand : public QUndoCommand
{
public:
    // rows[i] gets statuses[i].
    SetStatusesCommand(VisitEntryPage* page, QList<int> rows, QStringList statuses, const QString& text);
    void undo() override;
    void redo() override;

private:
    VisitEntryPage* m_page;
    QList<int> m_rows;
    QStringList m_new;
    QStringList m_old;
};

class SetOutcomeCommand : public QUndoCommand
{
public:
    SetOutcomeCommand(VisitEntryPage* page, QString before, QString after, const QString& text);
    void undo() override;
    void redo() override;

private:
    VisitEntryPage* m_page;
    QString m_before;
    QString m_after;
};

} // namespace hc
