#pragma once
// A TableReader that reads another one ahead on a thread of its own: while an import stores
// one batch of rows, the next batches are parsed and decoded (CSV splitting, UTF-8 or GB18030
// to UTF-16, workbook XML) on the second core. The rows, their field problems, the bytes read
// behind each row and the final error are handed over in the file's order, so an import sees
// exactly what the wrapped reader would have given it. The wrapped reader is opened on the
// calling thread, gives the first record (the header) there, and is then used by the read-ahead
// thread only. Work on a record that needs no database (checking and parsing its fields) can run
// on that thread too: setPrepare() before asking for the second record, and takePrepared() hands
// over its result with each record.

#include "core/imports/TableReader.h"

#include <any>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hc {

class ReadAheadReader final : public TableReader
{
public:
    // What to do with each record after the first, on the read-ahead thread, in file order.
    using Prepare =
        std::function<std::any(const QStringList& fields, const FieldProblem& problem, qint64 bytesRead)>;

    explicit ReadAheadReader(std::unique_ptr<TableReader> inner);
    ~ReadAheadReader() override;

    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    // The prepared result of the record last returned by next() (empty without setPrepare, and
    // for the first record); taken out, so a second call gives nothing.
    std::any takePrepared() { return std::exchange(m_prepared, {}); }

    Status open() override;
    QString encodingName() const override { return m_encoding; }
    bool next(QStringList& fields) override;
    const FieldProblem& problem() const override { return m_problem; }
    bool hasError() const override { return m_finished && m_hasError; }
    const Error& error() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    struct Row
    {
        QStringList fields;
        FieldProblem problem;
        qint64 bytesRead = 0;
        std::any prepared;
    };
    using Batch = std::vector<Row>;
    static constexpr std::size_t kBatchRows = 512;
    static constexpr std::size_t kBatchesAhead = 8;

    void readAhead();                    // the thread: reads batches until the end, an error or stop
    bool takeBatch();                    // the caller: waits for the next batch; false when none will come
    bool readFirst(QStringList& fields); // the caller: the first record, read in place
    void stopThread();

    std::unique_ptr<TableReader> m_inner;
    Prepare m_prepare;
    QString m_encoding;
    qint64 m_totalBytes = 0;

    // Shared with the thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_filled;  // a batch was queued, or the reading ended
    std::condition_variable m_drained; // a batch was taken, or the caller stops
    std::deque<Batch> m_queue;
    bool m_ended = false; // the thread has queued its last batch
    bool m_stop = false;  // the caller wants no more rows
    bool m_hasError = false;
    Error m_error;

    // The caller's side.
    std::thread m_thread;
    Batch m_batch;
    std::size_t m_next = 0;
    bool m_started = false; // the first record was read
    bool m_finished = false;
    std::any m_prepared;
    FieldProblem m_problem;
    qint64 m_bytesRead = 0;
};

} // namespace hc
