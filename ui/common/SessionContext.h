#pragma once
// What every screen of a signed-in session shares: the database, the signed-in user (and the
// Actor core checks rights with), the chosen operation; signals when the operation changes
// or when a screen changed data that others show, or asks to open a record (a row activated).

#include "core/auth/UserService.h"
#include "ui/common/RecordRef.h"

#include <QObject>

class QWidget;

namespace hc {

class Database;

class SessionContext : public QObject
{
    Q_OBJECT
public:
    SessionContext(Database& db, User user, QObject* parent = nullptr)
        : QObject(parent), m_db(db), m_user(std::move(user))
    {
    }

    Database& db() const { return m_db; }
    const User& user() const { return m_user; }
    Actor actor() const { return m_user.actor(); }
    qint64 operationId() const { return m_operationId; }
    // The station whose data the user works on by default: an officer's own; 0 (all) for
    // supervisors and administrators without a station.
    qint64 defaultStationId() const { return m_user.stationId; }

    void setOperation(qint64 id)
    {
        if (id == m_operationId)
            return;
        m_operationId = id;
        emit operationChanged(id);
    }
    // A screen saved something (a visit, an import): lists elsewhere refresh.
    void notifyDataChanged() { emit dataChanged(); }
    // A row naming `record` was activated in `from` (ui/common/RecordRows): the window opens it.
    void requestOpen(const hc::RecordRef& record, QWidget* from) { emit openRequested(record, from); }

signals:
    void operationChanged(qint64 operationId);
    void dataChanged();
    void openRequested(const hc::RecordRef& record, QWidget* from);

private:
    Database& m_db;
    User m_user;
    qint64 m_operationId = 0;
};

} // namespace hc
