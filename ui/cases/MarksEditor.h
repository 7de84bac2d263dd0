#pragma once
// A small table of identifying marks (kind, body location, description) with Add and Remove,
// for the case file and the found-person record. The widget only edits a list; the dialog
// saves it through CaseService::setMarks or FoundPersonService::setMarks.

#include "core/cases/IdentifyingMarks.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace hc {

class MarksEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MarksEditor(QWidget* parent = nullptr);

    void setMarks(const QList<IdentifyingMark>& marks);
    QList<IdentifyingMark> marks() const;
    void setReadOnly(bool readOnly);
    // Adds a row (a scar on the face until changed) and returns its index.
    int addMark(const IdentifyingMark& mark = {0, QStringLiteral("scar"), QStringLiteral("face"), {}});
    void removeCurrent();

    // For tests.
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void edited();

private:
    void updateButtons();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace hc
