#pragma once
// Runs one CSV import off the GUI thread. Owns the job description and, while it runs, its own
// Database on the session's file (a connection stays in the thread that opened it).
// Reports progress and the final ImportReport by signal; cancel is a flag shared with the GUI,
// so the GUI never touches the worker object across threads. Also reads the preview of a file:
// what the importer would make of its header, before anything runs.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace hc {

enum class ImportKind
{
    Registry,
    Officers,
    FieldSheets
};

class ImportWorker : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        ImportKind kind = ImportKind::Registry;
        QString databasePath;
        Actor actor;
        QString file;
        QString operationName; // field sheets only
    };
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

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

    ImportWorker(Job job, CancelFlag cancel, QObject* parent = nullptr);

    // The column specification of the importer that handles `kind`.
    static const QList<ColumnSpec>& columns(ImportKind kind);
    // The right an actor needs for `kind`.
    static Right requiredRight(ImportKind kind);

    // Runs the whole import in the calling thread; emits importFinished exactly once.
    void run();

signals:
    void progressed(qint64 done, qint64 total);
    void importFinished(const hc::ImportReport& report);

private:
    Job m_job;
    CancelFlag m_cancel;
};

} // namespace hc
