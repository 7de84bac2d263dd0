#pragma once
// The households list of the Households screen: owns the rows fetched so far for one filter and
// the keyset cursor (last household number) to fetch the next page from. Rows arrive a page at a
// time through canFetchMore()/fetchMore(), so a city of 500,000 households shows its first 200
// at once and never holds more than the user has scrolled through. Every page is read on a
// worker with its own connection (BackgroundRunner); a new filter drops a page still on its
// way for the old one.

#include "core/households/HouseholdService.h"
#include "ui/common/BackgroundRunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace hc {

class Database;

class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HouseholdNo,
        Address,
        Area,
        Members,
        LastVisit,
        Status,
        ColumnCount
    };
    static constexpr int kDefaultPageSize = 200;

    HouseholdTableModel(Database& db, Actor actor, QObject* parent = nullptr);

    // Loads the first page for `filter` (at least `minRows` rows: a refresh keeps the user's
    // place), then replaces the rows with it. The rows shown stay until then.
    void setFilter(const HouseholdFilter& filter, int minRows = 0);
    const HouseholdFilter& filter() const { return m_filter; }
    // Reloads the current filter from the start (data changed elsewhere).
    void reload() { setFilter(m_filter); }
    // How many households the filter holds in all; -1 before the first load or after a failed one.
    qint64 total() const { return m_total; }
    // A page is being read.
    bool isLoading() const { return m_runner->isRunning(); }
    // Tests lower it to exercise paging on the four-household fixture.
    void setPageSize(int size);
    // Loads every row of the filter not loaded yet (for an export), then calls `done`.
    void fetchAll(std::function<void()> done);
    int pageSize() const { return m_pageSize; }

    qint64 householdId(int row) const;
    QString householdNo(int row) const;
    int rowOfHousehold(qint64 householdId) const;
    // The translated message of the last failed load; empty when it succeeded.
    QString errorString() const { return m_error; }

    static QString coverageLabel(Coverage coverage);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After every load, failed or not: the page updates its count and error labels.
    void loaded();

private:
    // Reads up to `limit` rows after `after` on the worker; `replace` resets the model with
    // them (a new filter), otherwise they are appended (the next page).
    void startPage(const QString& after, int limit, bool replace);
    void showPage(Result<QList<HouseholdRow>> page, int limit, bool replace);

    BackgroundRunner* m_runner = nullptr;
    const Database::Address m_databasePath;
    const Actor m_actor;
    HouseholdFilter m_filter;
    QList<HouseholdRow> m_rows;
    int m_pageSize = kDefaultPageSize;
    bool m_hasMore = false;
    qint64 m_total = -1;
    bool m_busy = false; // announcing a reset or an insertion
    QString m_error;
};

} // namespace hc
