#include "ui/common/OfficerChooser.h"

#include <QCompleter>
#include <QLineEdit>

namespace hc {

OfficerChooser::OfficerChooser(const QString& noneText, QWidget* parent) : QComboBox(parent), m_none(noneText)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    // Any part of the name or the badge finds the officer.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Name or badge"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit officerChanged(officerId()); });
    // Text typed that names nobody falls back to the chosen item when the field is left.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int at = findText(currentText(), Qt::MatchFixedString);
        if (at >= 0)
            setCurrentIndex(at);
        else
            setEditText(itemText(currentIndex()));
    });
    setChoices({});
}

QString OfficerChooser::label(const QString& name, const QString& badge)
{
    return QStringLiteral("%1 (%2)").arg(name, badge);
}

void OfficerChooser::setChoices(const QList<Choice>& choices)
{
    const qint64 keep = officerId();
    QSignalBlocker block(this);
    clear();
    if (!m_none.isEmpty())
        addItem(m_none, qint64(0));
    for (const Choice& c : choices)
        addItem(label(c.name, c.badge), c.id);
    const int at = findData(keep);
    setCurrentIndex(at >= 0 ? at : (count() > 0 && !m_none.isEmpty() ? 0 : -1));
}

qint64 OfficerChooser::officerId() const
{
    return currentIndex() >= 0 ? currentData().toLongLong() : 0;
}

void OfficerChooser::setOfficerId(qint64 id)
{
    const int at = findData(id);
    setCurrentIndex(at >= 0 ? at : (m_none.isEmpty() ? -1 : 0));
}

} // namespace hc
