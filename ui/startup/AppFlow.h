#pragma once
// The application's start-up flow: which database (command line, remembered, or chosen: a
// file, or a server database that the sign-in connects to as the user),
// the first administrator of a new database, sign-in, then the main window with the screens
// the signed-in role may use; signing out (back to sign-in) and the idle lock. app/main_gui.cpp
// only parses arguments and runs this.

#include <QObject>
#include <memory>

namespace hc {

class Database;
class IdleLock;
class MainWindow;
class SessionContext;
struct User;

class AppFlow : public QObject
{
    Q_OBJECT
public:
    explicit AppFlow(QString databasePath, QObject* parent = nullptr);
    ~AppFlow() override;
    // Shows the first window; false when the user gave up before signing in.
    bool start();

    // Builds the window with every screen for a session (tests use it directly).
    static MainWindow* buildWindow(SessionContext& session);

    MainWindow* window() const { return m_window.get(); }
    // Covers the window with the LockDialog (IdleLock's timeout calls it).
    void lock();

private:
    // The database of m_path (else the last one, else the start dialog's choice; `choose`
    // asks first). A file is opened here; a server is connected to when the user signs in.
    bool openDatabase(bool choose = false);
    bool signInAndShow();
    void endSession();
    void signOut();
    // An administrator is told when others may read the database file, and offered a fix.
    void offerToRestrictAccess(const User& user);
    // Off the GUI thread: PRAGMA quick_check, then today's rotating copy (the last 7 days are
    // kept beside the file); a failed check is shown with the way to restore.
    void checkAndKeepDailyCopy();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionContext> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdleLock> m_idle;
};

} // namespace hc
