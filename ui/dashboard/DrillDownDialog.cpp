#include "ui/dashboard/DrillDownDialog.h"

#include "core/exports/ExportService.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hc {

bool writeCsvFile(SessionContext& session, const QString& what, const QString& path,
                  const QStringList& headers, const QList<QStringList>& rows, QString* error,
                  const QString& filters)
{
    const auto written =
        ExportService(session.db(), session.actor()).exportList(what, path, headers, rows, filters);
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

// "1,680 households, 200 shown": the rows there are, and how many the list holds when not all.
QString DrillDownDialog::countText(RecordKind kind, const DrillRows& rows)
{
    const int shown = int(rows.rows.size());
    const int total = int(std::max<qint64>(rows.total, shown));
    QString all;
    switch (kind) {
    case RecordKind::Household:
        all = tr("%Ln household(s)", nullptr, total);
        break;
    case RecordKind::Visit:
        all = tr("%Ln visit(s)", nullptr, total);
        break;
    case RecordKind::Case:
        all = tr("%Ln case(s)", nullptr, total);
        break;
    case RecordKind::Person:
    case RecordKind::FoundPerson:
        all = tr("%Ln person(s)", nullptr, total);
        break;
    }
    return shown < total ? tr("%1, %Ln shown; narrow the filter to see the rest.", nullptr, shown).arg(all)
                         : all;
}

DrillDownDialog::DrillDownDialog(SessionContext& session, const QString& title, RecordKind kind,
                                 DrillRows rows, QWidget* parent)
    : QDialog(parent), m_session(session), m_rows(std::move(rows))
{
    setWindowTitle(title);
    m_table = new QTableWidget(int(m_rows.rows.size()), int(m_rows.headers.size()));
    m_table->setHorizontalHeaderLabels(m_rows.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < m_rows.rows.size(); ++r)
        for (int c = 0; c < m_rows.rows.at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(m_rows.rows.at(r).at(c)));
    m_table->resizeColumnsToContents();
    openRecordsOnActivate(m_table, session,
                          [this, kind](const QModelIndex& index) -> std::optional<RecordRef> {
                              if (index.row() >= m_rows.ids.size())
                                  return std::nullopt;
                              return RecordRef{kind, m_rows.ids.at(index.row())};
                          });

    auto* count = new QLabel(countText(kind, m_rows));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 480);
}

bool DrillDownDialog::exportTo(const QString& path, QString* error)
{
    return writeCsvFile(m_session, QStringLiteral("dashboard_list"), path, m_rows.headers, m_rows.rows, error,
                        m_exportFilters);
}

void DrillDownDialog::exportCsv()
{
    const QString path = TableExportDialog::choose(
        this, tr("Export list"),
        m_exportName.isEmpty() ? windowTitle() + QStringLiteral(".csv") : m_exportName);
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace hc
