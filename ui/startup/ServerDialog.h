#pragma once
// "Connect to a server…": the server (host name, or the folder of its Unix socket), the port
// and the database a city's stations share. Signing in comes next, as the user's login role.

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace hc {

class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);
    // The libpq URI of the chosen database (postgresql://host[:port]/database).
    QString uri() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLabel* messageLabel() const { return m_message; }

private:
    void tryAccept();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
