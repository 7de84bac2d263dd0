#pragma once
// The save dialog of every table and list export: CSV or an Excel workbook (core writes either,
// by the file's suffix). Choosing the Excel filter gives the name the .xlsx suffix.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hc {

class TableExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(hc::TableExportDialog)
public:
    // The chosen path, or empty when cancelled. `suggested` is a file name or path ending in .csv.
    static QString choose(QWidget* parent, const QString& title, const QString& suggested);
    // `path` with the suffix of the chosen format.
    static QString withSuffix(const QString& path, bool excel);
};

} // namespace hc
