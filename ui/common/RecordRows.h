#pragma once
// Rows that name a record open it: Enter and a double-click on a row of a view (its activated
// signal) ask the session to open the record the row names. Every list, table and dialog that
// shows cases, households, persons or visits goes through here.

#include "ui/common/RecordRef.h"

#include <QModelIndex>
#include <functional>
#include <optional>

class QAbstractItemView;

namespace hc {

class SessionContext;

// The record a row names, nullopt when it names none.
using RecordOfRow = std::function<std::optional<RecordRef>(const QModelIndex& index)>;

// On Enter or a double-click on a row of `view`, session.requestOpen(recordOf(index), view).
void openRecordsOnActivate(QAbstractItemView* view, SessionContext& session, RecordOfRow recordOf);

// The record a link graph's entity stands for ("case", "household", "person" and a row id).
std::optional<RecordRef> recordOfEntity(const QString& kind, const QString& key);

// The id stored with a row's first cell (Qt::UserRole), as the tables of this project keep it.
qint64 rowId(const QModelIndex& index);

} // namespace hc
