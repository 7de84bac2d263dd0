#pragma once
// Runs one CSV import off the GUI thread. Owns the job description and, while it runs, its own
// Database on the session's file (a connection stays in the thread that opened it).
// Reports progress and the final ImportReport by signal; cancel is a flag shared with the GUI,
// so the GUI never touches the worker object across threads. The preview of a file is a core
// call (core/imports/ImportPreview).

#include "core/auth/Actor.h"
#include "core/imports/ImportPreview.h"
#include "core/imports/ImportTypes.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace hc {

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
