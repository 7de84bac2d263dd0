#include "ui/households/HouseholdTableModel.h"

#include "core/common/DateText.h"
#include "core/storage/Database.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <limits>

namespace hc {

namespace {
QColor coverageColor(Coverage coverage)
{
    // Mid tones that read on light and dark palettes alike.
    switch (coverage) {
    case Coverage::Covered:
        return QColor(0x2e, 0x8b, 0x3d);
    case Coverage::Revisit:
        return QColor(0xd0, 0x6a, 0x00);
    case Coverage::NotVisited:
    case Coverage::Any:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

// A filled dot beside the status text: a glance down the column tells the three apart.
QIcon coverageIcon(Coverage coverage)
{
    static QIcon icons[3];
    const int i = coverage == Coverage::Covered ? 0 : coverage == Coverage::Revisit ? 1 : 2;
    if (icons[i].isNull()) {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(coverageColor(coverage));
        p.drawEllipse(QRectF(1, 1, 10, 10));
        icons[i] = QIcon(pm);
    }
    return icons[i];
}

QString shortDateTime(const QString& iso)
{
    if (iso.isEmpty())
        return {};
    return storedTimeText(iso);
}
} // namespace

HouseholdTableModel::HouseholdTableModel(Database& db, Actor actor, QObject* parent)
    : QAbstractTableModel(parent), m_runner(new BackgroundRunner(this)), m_databasePath(db.address()),
      m_actor(std::move(actor))
{
}

QString HouseholdTableModel::coverageLabel(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Covered:
        return tr("Covered");
    case Coverage::Revisit:
        return tr("Revisit");
    case Coverage::NotVisited:
        return tr("Not visited");
    case Coverage::Any:
        break;
    }
    return {};
}

void HouseholdTableModel::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
}

void HouseholdTableModel::setFilter(const HouseholdFilter& filter, int minRows)
{
    m_filter = filter;
    m_hasMore = false; // no next page of the old filter meanwhile
    startPage(QString(), std::max(m_pageSize, minRows), true);
}

void HouseholdTableModel::startPage(const QString& after, int limit, bool replace)
{
    // One row beyond the page tells whether another page exists without an empty last fetch;
    // a new filter's first page counts the filter's households too.
    m_runner->start(
        m_databasePath,
        [filter = m_filter, after, limit, replace,
         actor = m_actor](Database& db) -> Result<std::pair<QList<HouseholdRow>, qint64>> {
            const HouseholdService service(db, actor);
            if (replace) // a new filter: its first page and its total
                return service.firstPage(filter, limit + 1);
            auto rows = service.page(filter, after, limit + 1);
            if (!rows)
                return rows.error();
            return std::make_pair(std::move(rows).value(), qint64(-1));
        },
        [this, limit, replace](Result<std::pair<QList<HouseholdRow>, qint64>> page) {
            if (page && page->second >= 0)
                m_total = page->second;
            else if (!page)
                m_total = -1;
            showPage(page ? Result<QList<HouseholdRow>>(std::move(page).value().first)
                          : Result<QList<HouseholdRow>>(page.error()),
                     limit, replace);
        });
}

void HouseholdTableModel::showPage(Result<QList<HouseholdRow>> page, int limit, bool replace)
{
    QList<HouseholdRow> rows;
    if (page) {
        m_error.clear();
        rows = std::move(page).value();
        m_hasMore = rows.size() > limit;
        if (m_hasMore)
            rows.removeLast();
    } else {
        m_error = page.error().message;
        m_hasMore = false;
    }
    m_busy = true;
    if (replace) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    m_busy = false;
    emit loaded();
}

void HouseholdTableModel::fetchAll(std::function<void()> done)
{
    // A page on its way is not dropped for this one: ask again once it is shown.
    if (isLoading()) {
        connect(
            this, &HouseholdTableModel::loaded, this, [this, done] { fetchAll(done); },
            Qt::SingleShotConnection);
        return;
    }
    if (!m_hasMore || m_rows.isEmpty())
        return done();
    connect(this, &HouseholdTableModel::loaded, this, done, Qt::SingleShotConnection);
    startPage(m_rows.last().householdNo, std::numeric_limits<int>::max() - 1, false);
}

bool HouseholdTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void HouseholdTableModel::fetchMore(const QModelIndex& parent)
{
    // One page at a time: a view asks again while the page is on its way. Listeners of the
    // reset or insertion signals (QAbstractItemModelTester) ask for more while the page just
    // read is still being announced: the user has not seen it yet.
    if (parent.isValid() || !m_hasMore || isLoading() || m_busy || m_rows.isEmpty())
        return;
    startPage(m_rows.last().householdNo, m_pageSize, false);
}

qint64 HouseholdTableModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString HouseholdTableModel::householdNo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).householdNo : QString();
}

int HouseholdTableModel::rowOfHousehold(qint64 householdId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == householdId)
            return r;
    return -1;
}

int HouseholdTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdRow& h = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HouseholdNo:
            return h.householdNo;
        case Address:
            // Registry addresses may span lines; a table row shows them on one.
            return h.address.simplified();
        case Area:
            return h.area;
        case Members:
            return h.members;
        case LastVisit:
            return shortDateTime(h.lastVisit);
        case Status:
            return coverageLabel(h.coverage);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Address)
            return h.address;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return coverageColor(h.coverage);
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return coverageIcon(h.coverage);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Members)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdNo:
        return tr("Household no.");
    case Address:
        return tr("Address");
    case Area:
        return tr("Area");
    case Members:
        return tr("Members");
    case LastVisit:
        return tr("Last visit");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace hc
