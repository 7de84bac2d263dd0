// The visit entry page's keyboard: the window-wide shortcuts, the status digits and "A" in the
// residents table, and the way through the details a status needs (where, then how verified)
// back to the next resident.
#include "ui/visits/VisitEntryPage.h"

#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"
#include "ui/visits/VisitCommands.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>

namespace hc {

void VisitEntryPage::installShortcuts()
{
    auto shortcut = [this](const QKeySequence& keys, Qt::ShortcutContext context, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(context);
    };
    // Next household and save-and-next work wherever the focus is in the window while this page
    // shows (e.g. still in the navigation list); a hidden page's shortcuts do not fire.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), Qt::WindowShortcut, [this] { save(true); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), Qt::WindowShortcut, [this] { save(true); });
    shortcut(QKeySequence(Qt::Key_F3), Qt::WindowShortcut, [this] { nextHousehold(); });
    // Undo and redo stay inside the form: elsewhere Ctrl+Z belongs to the focused widget.
    shortcut(QKeySequence::Undo, Qt::WidgetWithChildrenShortcut, [this] { m_undo->undo(); });
    shortcut(QKeySequence::Redo, Qt::WidgetWithChildrenShortcut, [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), Qt::WidgetWithChildrenShortcut,
             [this] { m_undo->redo(); });
}

void VisitEntryPage::whereaboutsEntered()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    storeDetails();
    const Row& r = m_rows.at(row);
    if (enumOf<ScreeningStatus>(r.status) != ScreeningStatus::AwayVerified) {
        backToResidents(true);
        return;
    }
    if (r.whereabouts.trimmed().isEmpty())
        return; // nothing typed yet: stay in the field
    if (r.verifiedBy.isEmpty())
        m_verifiedBy->setFocus(Qt::TabFocusReason);
    else
        backToResidents(true);
}

void VisitEntryPage::backToResidents(bool nextRow)
{
    storeDetails();
    const int row = m_table->currentRow();
    if (nextRow && row + 1 < m_rows.size())
        m_table->setCurrentCell(row + 1, StatusColumn);
    m_table->setFocus(Qt::TabFocusReason);
}

bool VisitEntryPage::detailsKey(QObject* watched, QKeyEvent* key)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    if (key->key() == Qt::Key_Escape) {
        backToResidents(false);
        return true;
    }
    if (watched != m_verifiedBy)
        return false;
    const int digit = key->key() - Qt::Key_0;
    if (digit >= 1 && digit < m_verifiedBy->count()) {
        m_verifiedBy->setCurrentIndex(digit);
        backToResidents(true);
        return true;
    }
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_verifiedBy->currentIndex() > 0) {
        backToResidents(true);
        return true;
    }
    return false;
}

void VisitEntryPage::setStatusByKey(int row, int digit)
{
    const QStringList codes = Vocabulary::codes(Vocabulary::Kind::Status);
    if (digit < 1 || digit > codes.size() || row < 0 || row >= m_rows.size())
        return;
    const QString code = codes.at(digit - 1);
    m_undo->push(new SetStatusesCommand(
        this, {row}, {code},
        tr("%1: %2").arg(m_rows.at(row).name, Vocabulary::label(Vocabulary::Kind::Status, code))));
    // Statuses that need details keep the row; the others move on to the next person.
    const std::optional<ScreeningStatus> status = enumOf<ScreeningStatus>(code);
    const bool needsWhere = status == ScreeningStatus::AwayVerified || status == ScreeningStatus::MovedOut;
    if (!needsWhere && status != ScreeningStatus::Deceased && row + 1 < m_rows.size())
        m_table->setCurrentCell(row + 1, StatusColumn);
    else if (needsWhere)
        m_whereabouts->setFocus();
}

void VisitEntryPage::markAllPresent()
{
    QList<int> rows;
    QStringList statuses;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).status.isEmpty()) {
            rows << r;
            statuses << codeOf(ScreeningStatus::Present);
        }
    if (!rows.isEmpty())
        m_undo->push(new SetStatusesCommand(this, rows, statuses, tr("All remaining present")));
}

bool VisitEntryPage::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_whereabouts || watched == m_verifiedBy) && event->type() == QEvent::KeyPress &&
        detailsKey(watched, static_cast<QKeyEvent*>(event)))
        return true;
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QWidget::eventFilter(watched, event);
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_7) {
            setStatusByKey(m_table->currentRow(), key->key() - Qt::Key_0);
            return true;
        }
        if (key->key() == Qt::Key_A) {
            markAllPresent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hc
