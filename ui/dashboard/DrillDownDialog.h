#pragma once
// A drill-down list opened from a dashboard chart or table: the rows core returned (the
// households still pending in an area, the people with a status, one day's visits), with a
// count, a note when the list was cut at its limit, and CSV export (UTF-8 with BOM).

#include "core/stats/DashboardService.h"

#include <QDialog>

class QTableWidget;

namespace hc {

class SessionContext;

// Writes headers + rows as CSV (UTF-8 with BOM, for Excel) through core, which audits the
// export as `what`; false with `error` on failure.
bool writeCsvFile(SessionContext& session, const QString& what, const QString& path,
                  const QStringList& headers, const QList<QStringList>& rows, QString* error = nullptr);

class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDownDialog(SessionContext& session, const QString& title, DrillRows rows, QWidget* parent = nullptr);

    const DrillRows& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    bool exportTo(const QString& path, QString* error = nullptr);

private:
    void exportCsv();

    SessionContext& m_session;
    DrillRows m_rows;
    QTableWidget* m_table = nullptr;
};

} // namespace hc
