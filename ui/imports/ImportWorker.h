#pragma once
// One import (CSV or workbook), run by ImportDialog on its BackgroundRunner (off the GUI thread, on the
// worker's own Database to the session's file): the job description and the run, which reports
// progress through a callback that also says when to stop. The preview of a file is a core
// call (core/imports/ImportPreview).

#include "core/auth/Actor.h"
#include "core/imports/ImportPreview.h"
#include "core/imports/ImportTypes.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace hc {

class Database;

class ImportWorker
{
    Q_DECLARE_TR_FUNCTIONS(hc::ImportWorker)
public:
    struct Job
    {
        ImportKind kind = ImportKind::Registry;
        Database::Address databasePath;
        Actor actor;
        QString file;
        QString operationName; // field sheets only
        ColumnMapping mapping; // the columns chosen for fields whose header was not recognised
        QString sheet;         // a workbook's sheet; empty for the first
    };
    // Rows done and the total (an estimate while reading); false stops the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The column specification of the importer that handles `kind`.
    static const QList<ColumnSpec>& columns(ImportKind kind);
    // The right an actor needs for `kind`.
    static Right requiredRight(ImportKind kind);

    // Runs the whole import on `db` in the calling thread. A stop asked through `progress`
    // rolls everything back (the report's fatal error is Cancelled).
    static ImportReport run(Database& db, const Job& job, const Progress& progress);
};

} // namespace hc
