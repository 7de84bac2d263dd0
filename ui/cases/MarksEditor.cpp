#include "ui/cases/MarksEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hc {

namespace {
enum Column
{
    KindColumn,
    LocationColumn,
    DescriptionColumn
};

QComboBox* codeCombo(const QStringList& codes, QString (*label)(const QString&), const QString& current)
{
    auto* combo = new QComboBox;
    for (const QString& code : codes)
        combo->addItem(label(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QString comboCode(const QTableWidget* table, int row, int column)
{
    const auto* combo = qobject_cast<const QComboBox*>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}
} // namespace

MarksEditor::MarksEditor(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 3);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Location"), tr("Description")});
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    m_table->setAccessibleName(tr("Identifying marks"));
    m_add = new QPushButton(tr("Add mark"));
    m_remove = new QPushButton(tr("Remove mark"));
    for (QPushButton* b : {m_add, m_remove})
        b->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addMark();
        m_table->setCurrentCell(row, DescriptionColumn);
    });
    connect(m_remove, &QPushButton::clicked, this, &MarksEditor::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &MarksEditor::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, &MarksEditor::edited);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

int MarksEditor::addMark(const IdentifyingMark& mark)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* kind = codeCombo(MarkVocabulary::kinds(), &MarkVocabulary::kindLabel, mark.kind);
    auto* location = codeCombo(MarkVocabulary::locations(), &MarkVocabulary::locationLabel, mark.location);
    for (QComboBox* combo : {kind, location}) {
        combo->setEnabled(!m_readOnly);
        connect(combo, &QComboBox::currentIndexChanged, this, &MarksEditor::edited);
    }
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, LocationColumn, location);
    auto* description = new QTableWidgetItem(mark.description);
    if (m_readOnly)
        description->setFlags(description->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, DescriptionColumn, description);
    updateButtons();
    emit edited();
    return row;
}

void MarksEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    emit edited();
}

void MarksEditor::setMarks(const QList<IdentifyingMark>& marks)
{
    const QSignalBlocker block(this);
    m_table->setRowCount(0);
    for (const IdentifyingMark& m : marks)
        addMark(m);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    updateButtons();
}

QList<IdentifyingMark> MarksEditor::marks() const
{
    QList<IdentifyingMark> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* description = m_table->item(row, DescriptionColumn);
        out << IdentifyingMark{0, comboCode(m_table, row, KindColumn),
                               comboCode(m_table, row, LocationColumn),
                               description ? description->text().trimmed() : QString()};
    }
    return out;
}

void MarksEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setMarks(marks());
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void MarksEditor::updateButtons()
{
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

} // namespace hc
