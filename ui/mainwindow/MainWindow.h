#pragma once
// The main window: the chosen operation's figures and a search over people and households.
// The officer's, investigator's and supervisor's screens join it as navigation pages.

#include <QMainWindow>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTreeWidget;
class QLabel;

namespace hc {

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    // For tests.
    QComboBox* operationBox() const { return m_operation; }
    QTableWidget* figuresTable() const { return m_figures; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* searchResults() const { return m_results; }

private:
    void reloadOperations();
    void showFigures();
    void runSearch();
    void showAbout();

    Database& m_db;
    QComboBox* m_operation = nullptr;
    QTableWidget* m_figures = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_searchMessage = nullptr;
};

} // namespace hc
