#pragma once
// The signed-in session's window: a navigation list on the left with one screen per entry
// (what the user's role may not do is not offered), the operation selector, and a status bar
// with the database, operation, officer and station. Screens are separate widgets.

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace hc {

class HelpWindow;
class SessionContext;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SessionContext& session, QWidget* parent = nullptr);

    // Adds a screen to the navigation; returns its index.
    int addPage(QWidget* page, const QString& title);
    // Shows the screen and gives it the keyboard.
    void showPage(QWidget* page);
    // Moves the focus into `page`: where it was last, else its first focusable widget.
    void focusPage(QWidget* page);
    QWidget* currentPage() const;
    QComboBox* operationBox() const { return m_operation; }
    QListWidget* navigation() const { return m_navigation; }
    // Opens the help window on `topic` (HelpWindow::topicFor); F1 opens the current screen's.
    void showHelp(const QString& topic);
    HelpWindow* helpWindow() const { return m_help; }

signals:
    // The user asked for another database (File > Open): the application restarts its flow.
    void openDatabaseRequested(const QString& path);
    // File > Sign out: the application shows the sign-in dialog again.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addServerAction(QMenu* file);
    void reloadOperations();
    void updateStatus();
    void chooseLanguage(const QString& locale);
    void showAbout();
    void addHelpMenu();
    void changePassword();
    void addAccountActions(QMenu* file);
    void addPfifActions(QMenu* file);

    SessionContext& m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QComboBox* m_operation = nullptr;
    QLabel* m_statusDb = nullptr;
    QLabel* m_statusUser = nullptr;
    HelpWindow* m_help = nullptr;
};

} // namespace hc
