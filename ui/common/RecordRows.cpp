#include "ui/common/RecordRows.h"

#include "core/registry/DomainCodes.h"
#include "ui/common/SessionContext.h"

#include <QAbstractItemView>

namespace hc {

void openRecordsOnActivate(QAbstractItemView* view, SessionContext& session, RecordOfRow recordOf)
{
    // activated: Enter on the current row, or a double-click (a single click where the
    // platform's style opens on one click).
    QObject::connect(view, &QAbstractItemView::activated, view,
                     [view, &session, recordOf = std::move(recordOf)](const QModelIndex& index) {
                         if (!index.isValid())
                             return;
                         if (const std::optional<RecordRef> ref = recordOf(index); ref && ref->id > 0)
                             session.requestOpen(*ref, view);
                     });
}

std::optional<RecordRef> recordOfEntity(const QString& kind, const QString& key)
{
    bool number = false;
    const qint64 id = key.toLongLong(&number);
    if (!number)
        return std::nullopt;
    switch (enumOf<EntityKind>(kind).value_or(EntityKind::Phone)) {
    case EntityKind::Case:
        return RecordRef{RecordKind::Case, id};
    case EntityKind::Household:
        return RecordRef{RecordKind::Household, id};
    case EntityKind::Person:
        return RecordRef{RecordKind::Person, id};
    case EntityKind::Phone:
    case EntityKind::Address:
    case EntityKind::Vehicle:
        break;
    }
    return std::nullopt;
}

qint64 rowId(const QModelIndex& index)
{
    return index.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
}

} // namespace hc
