#pragma once
// First start (or no database remembered): open an existing database, pick a recent one, or
// create a new one.

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

private:
    void choose(const QString& path, bool create);

    QListWidget* m_recent = nullptr;
    QString m_path;
    bool m_create = false;
};

} // namespace hc
