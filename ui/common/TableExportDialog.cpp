#include "ui/common/TableExportDialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace hc {

QString TableExportDialog::withSuffix(const QString& path, bool excel)
{
    const QString suffix = excel ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    const QString other = excel ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (path.endsWith(other, Qt::CaseInsensitive))
        return path.chopped(other.size()) + suffix;
    return path + suffix;
}

QString TableExportDialog::choose(QWidget* parent, const QString& title, const QString& suggested)
{
    const QString csv = tr("CSV files (*.csv)");
    const QString excel = tr("Excel workbooks (*.xlsx)");
    QString chosen;
    const QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, csv + QStringLiteral(";;") + excel, &chosen);
    if (path.isEmpty())
        return {};
    return withSuffix(path, chosen == excel);
}

} // namespace hc
