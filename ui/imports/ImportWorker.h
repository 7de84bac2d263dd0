#pragma once
// One CSV import, run by ImportDialog on its BackgroundRunner (off the GUI thread, on the
// worker's own Database to the session's file): the job description and the run, which reports
// progress through a callback that also says when to stop. Also reads the preview of a file:
// what the importer would make of its header, before anything runs.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace hc {

enum class ImportKind
{
    Registry,
    Officers,
    FieldSheets
};

class Database;

class ImportWorker
{
    Q_DECLARE_TR_FUNCTIONS(hc::ImportWorker)
public:
    struct Job
    {
        ImportKind kind = ImportKind::Registry;
        QString databasePath;
        Actor actor;
        QString file;
        QString operationName; // field sheets only
    };
    // Rows done and the total (an estimate while reading); false stops the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Preview
    {
        QString encoding;
        QStringList header; // as written in the file
        QList<QStringList> rows;
        QStringList columnKeys; // per header position: the column key it maps to; empty when unused
        QStringList missing;    // required columns absent, as "key (中文)"
        QString problem;        // why the file cannot be imported; empty when it can

        QStringList detected() const; // keys found, in file order
        // The header text the file uses for a column key (may be Chinese); the key when absent.
        QString headerOf(const QString& key) const;
    };
    // Reads only the first records (one 64 KiB chunk for a short preview): cheap enough for the
    // GUI thread.
    static Preview preview(ImportKind kind, const QString& path, int maxRows);

    // The column specification of the importer that handles `kind`.
    static const QList<ColumnSpec>& columns(ImportKind kind);
    // The right an actor needs for `kind`.
    static Right requiredRight(ImportKind kind);

    // Runs the whole import on `db` in the calling thread. A stop asked through `progress`
    // rolls everything back (the report's fatal error is Cancelled).
    static ImportReport run(Database& db, const Job& job, const Progress& progress);
};

} // namespace hc
