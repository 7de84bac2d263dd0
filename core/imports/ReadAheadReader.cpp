#include "core/imports/ReadAheadReader.h"

namespace hc {

ReadAheadReader::ReadAheadReader(std::unique_ptr<TableReader> inner) : m_inner(std::move(inner)) {}

ReadAheadReader::~ReadAheadReader()
{
    stopThread();
}

Status ReadAheadReader::open()
{
    Status s = m_inner->open();
    m_encoding = m_inner->encodingName();
    m_totalBytes = m_inner->totalBytes();
    m_finished = !s;
    return s;
}

void ReadAheadReader::readAhead()
{
    bool more = true;
    while (more) {
        Batch batch;
        batch.reserve(kBatchRows);
        Row row;
        while (batch.size() < kBatchRows && (more = m_inner->next(row.fields))) {
            row.problem = m_inner->problem();
            row.bytesRead = m_inner->bytesRead();
            if (m_prepare)
                row.prepared = m_prepare(row.fields, row.problem, row.bytesRead);
            batch.push_back(std::move(row));
            row = Row{};
        }
        std::unique_lock lock(m_mutex);
        m_drained.wait(lock, [this] { return m_stop || m_queue.size() < kBatchesAhead; });
        if (m_stop)
            return;
        if (!batch.empty())
            m_queue.push_back(std::move(batch));
        if (!more) {
            m_hasError = m_inner->hasError();
            if (m_hasError)
                m_error = m_inner->error();
            m_ended = true;
        }
        lock.unlock();
        m_filled.notify_one();
    }
}

bool ReadAheadReader::takeBatch()
{
    std::unique_lock lock(m_mutex);
    m_filled.wait(lock, [this] { return !m_queue.empty() || m_ended; });
    if (m_queue.empty())
        return false;
    m_batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_next = 0;
    lock.unlock();
    m_drained.notify_one();
    return true;
}

bool ReadAheadReader::readFirst(QStringList& fields)
{
    m_started = true;
    if (!m_inner->next(fields)) {
        m_finished = true;
        m_hasError = m_inner->hasError();
        if (m_hasError)
            m_error = m_inner->error();
        return false;
    }
    m_problem = m_inner->problem();
    m_bytesRead = m_inner->bytesRead();
    return true;
}

bool ReadAheadReader::next(QStringList& fields)
{
    if (m_finished)
        return false;
    if (!m_started)
        return readFirst(fields);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { readAhead(); });
    if (m_next == m_batch.size() && !takeBatch()) {
        m_finished = true;
        m_problem = FieldProblem{};
        return false;
    }
    Row& row = m_batch[m_next++];
    fields = std::move(row.fields);
    m_problem = row.problem;
    m_bytesRead = row.bytesRead;
    m_prepared = std::move(row.prepared);
    return true;
}

void ReadAheadReader::stopThread()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_drained.notify_one();
    m_thread.join();
}

} // namespace hc
