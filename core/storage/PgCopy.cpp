#include "core/storage/PgCopy.h"

#include "core/storage/ServerLink.h"

#include <QLocale>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace hc {

namespace {
constexpr qsizetype kBlockBytes = 256 * 1024;

// A table or column name as a quoted identifier.
QByteArray quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

void appendEscaped(const QByteArray& text, QByteArray& out)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}
} // namespace

void PgCopy::appendField(const QVariant& value, QByteArray& out)
{
    if (!value.isValid() || value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        // bytea's hex input \x..., its backslash escaped for COPY's text format.
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    case QMetaType::Bool:
        out += value.toBool() ? 't' : 'f';
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1();
        return;
    default:
        appendEscaped(value.toString().toUtf8(), out);
    }
}

PgCopy::PgCopy(pg_conn* connection, QString table)
    : m_conn(connection), m_table(std::move(table)), m_open(true)
{
    m_buffer.reserve(kBlockBytes + 4096);
}

PgCopy::PgCopy(PgCopy&& other) noexcept
    : m_conn(other.m_conn), m_table(std::move(other.m_table)), m_buffer(std::move(other.m_buffer)),
      m_open(other.m_open)
{
    other.m_open = false;
    other.m_conn = nullptr;
}

PgCopy::~PgCopy()
{
    if (m_open)
        abort(QStringLiteral("copy abandoned"));
}

Error PgCopy::failure(const QString& what) const
{
    return storageError(
        tr("Copying rows into %1 failed: %2")
            .arg(m_table, what.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : what));
}

Result<PgCopy> PgCopy::start(const QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    PGconn* conn = serverlink::connection(db.driver());
    if (!conn)
        return storageError(tr("COPY needs a PostgreSQL connection."));
    QByteArray sql = "COPY " + quoted(table) + " (";
    for (qsizetype i = 0; i < columns.size(); ++i)
        sql += (i ? ", " : "") + quoted(columns.at(i));
    sql += ") FROM STDIN";
    PGresult* r = PQexec(conn, sql.constData());
    const bool ready = PQresultStatus(r) == PGRES_COPY_IN;
    const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    if (!ready)
        return storageError(tr("Copying rows into %1 failed: %2").arg(table, why));
    return PgCopy(conn, table);
}

Status PgCopy::addRow(const QVariantList& values)
{
    if (!m_open)
        return failure(tr("the copy has ended"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_buffer += '\t';
        appendField(values.at(i), m_buffer);
    }
    m_buffer += '\n';
    return m_buffer.size() >= kBlockBytes ? flush() : Status{};
}

Status PgCopy::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        const Error e = failure({});
        abort(e.message);
        return e;
    }
    m_buffer.clear();
    return {};
}

Result<qint64> PgCopy::finish()
{
    if (!m_open)
        return failure(tr("the copy has ended"));
    if (Status s = flush(); !s)
        return s.error();
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure({});
    qint64 rows = -1;
    QString why;
    while (PGresult* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(r)).toLongLong();
        else if (why.isEmpty())
            why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    if (!why.isEmpty() || rows < 0)
        return failure(why);
    return rows;
}

void PgCopy::abort(const QString& why)
{
    if (!m_open)
        return;
    m_open = false;
    m_buffer.clear();
    if (PQputCopyEnd(m_conn, why.toUtf8().constData()) == 1)
        while (PGresult* r = PQgetResult(m_conn))
            PQclear(r);
}

} // namespace hc
