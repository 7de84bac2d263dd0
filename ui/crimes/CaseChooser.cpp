#include "ui/crimes/CaseChooser.h"

#include <QCompleter>
#include <QStringListModel>

namespace hc {

// A completer of its own, not a combo box's: in Qt 6.4 an editable QComboBox maps a row of a
// "contains"-filtered completer list back to the wrong item.
CaseChooser::CaseChooser(QWidget* parent) : QLineEdit(parent)
{
    m_labels = new QStringListModel(this);
    auto* completer = new QCompleter(m_labels, this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    // QLineEdit takes the completion only once it had the focus; the choice is taken always.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &QLineEdit::setText);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Case number or name"));
}

QString CaseChooser::label(const QString& caseNo, const QString& subject)
{
    return subject.isEmpty() ? caseNo : QStringLiteral("%1 %2").arg(caseNo, subject);
}

void CaseChooser::setCases(const QList<CaseRow>& cases)
{
    const qint64 keep = caseId();
    QStringList labels;
    m_ids.clear();
    for (const CaseRow& c : cases) {
        const QString text = label(c.caseNo, c.subject);
        labels << text;
        m_ids.insert(text, c.id);
    }
    m_labels->setStringList(labels);
    setCaseId(keep);
}

qint64 CaseChooser::caseId() const
{
    return m_ids.value(text().trimmed());
}

void CaseChooser::setCaseId(qint64 id)
{
    setText(id ? m_ids.key(id) : QString());
}

} // namespace hc
