#pragma once
// First start (or no database remembered): open an existing database, pick a recent one (a file
// or a server), create a new one, or connect to a server.

#include <QDialog>

class QListWidget;

namespace hc {

class StartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartDialog(QWidget* parent = nullptr);
    QString path() const { return m_path; }
    bool createNew() const { return m_create; }

    static QStringList recentFiles();
    static void remember(const QString& path);
    // A recent entry as listed: the file's path, or "Server: homecoming on db.city.gov".
    static QString shownName(const QString& location);

private:
    void choose(const QString& path, bool create);

    QListWidget* m_recent = nullptr;
    QString m_path;
    bool m_create = false;
};

} // namespace hc
