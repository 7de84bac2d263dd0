#pragma once
// A read-only table over a list core returned whole (revisits, cases, found persons, duplicate
// pairs ...): it owns the rows; the page says, per column, the header and how a row shows in
// each role. ListPage loads it on a worker.

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <functional>

namespace hc {

template <typename Row> class RowsModel : public QAbstractTableModel
{
public:
    // Cell data of `row` for `role`; an invalid QVariant where the column has nothing to say.
    using Cell = std::function<QVariant(const Row& row, int role)>;
    struct Column
    {
        QString header;
        Cell cell;
    };

    explicit RowsModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    // Roles that apply to the whole row (a bold font for one's own assignments), asked when
    // the column's cell gives nothing.
    void setRowData(Cell rowData) { m_rowData = std::move(rowData); }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& r = m_rows.at(index.row());
        QVariant v = m_columns.at(index.column()).cell(r, role);
        if (!v.isValid() && m_rowData)
            v = m_rowData(r, role);
        return v;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    // A column that only shows text.
    static Cell text(std::function<QString(const Row&)> f)
    {
        return [f = std::move(f)](const Row& r, int role) -> QVariant {
            return role == Qt::DisplayRole ? QVariant(f(r)) : QVariant();
        };
    }
    // A column of numbers, right-aligned so they compare at a glance.
    static Cell number(std::function<int(const Row&)> f)
    {
        return [f = std::move(f)](const Row& r, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return f(r);
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        };
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    Cell m_rowData;
};

// Core keeps times as wall-clock ISO text without a zone; shown as the user's locale writes
// a date and time. Empty when the text is not a time.
QString wallClockText(const QString& iso);
// Addresses may hold line breaks (a village and its group on two lines); a table row has one.
QString oneLine(const QString& text);

} // namespace hc
