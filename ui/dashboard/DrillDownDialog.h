#pragma once
// A drill-down list opened from a dashboard chart or table: the rows core returned (the
// households still pending in an area, the people with a status, one day's visits), with a
// count, a note when the list was cut at its limit, and CSV export (UTF-8 with BOM). Enter or a
// double-click on a row opens the record it names (a household, a person, a visit).

#include "core/stats/DashboardService.h"
#include "ui/common/RecordRef.h"

#include <QDialog>

class QTableWidget;

namespace hc {

class SessionContext;

// Writes headers + rows as CSV (UTF-8 with BOM, for Excel) or a workbook through core, which
// audits the export as `what`, with the `filters` line first; false with `error` on failure.
bool writeCsvFile(SessionContext& session, const QString& what, const QString& path,
                  const QStringList& headers, const QList<QStringList>& rows, QString* error = nullptr,
                  const QString& filters = {});

class SessionContext;

class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    // Each row names the record of `kind` whose id is in rows.ids.
    DrillDownDialog(SessionContext& session, const QString& title, RecordKind kind, DrillRows rows,
                    QWidget* parent = nullptr);

    const DrillRows& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    bool exportTo(const QString& path, QString* error = nullptr);
    // The count line over the list: "1,680 households, 200 shown; …", or the total alone.
    static QString countText(RecordKind kind, const DrillRows& rows);
    // The file name the export suggests (what the list holds and its filter).
    void setExportName(const QString& name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }
    // What the list was made with (the dashboard's filter and the slice), the file's first line.
    void setExportFilters(const QString& filters) { m_exportFilters = filters; }

private:
    void exportCsv();

    SessionContext& m_session;
    DrillRows m_rows;
    QString m_exportFilters;
    QTableWidget* m_table = nullptr;
    QString m_exportName;
};

} // namespace hc
