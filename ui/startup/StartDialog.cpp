#include "ui/startup/StartDialog.h"

#include "core/storage/Database.h"
#include "ui/startup/ServerDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hc {

namespace {
const QString kRecentKey = QStringLiteral("database/recent");
constexpr int kMaxRecent = 8;
} // namespace

QStringList StartDialog::recentFiles()
{
    QStringList files;
    // A server stays listed: whether it answers is found out when connecting.
    for (const QString& f : QSettings().value(kRecentKey).toStringList())
        if (Database::isServerUri(f) || QFileInfo::exists(f))
            files << f;
    return files;
}

QString StartDialog::shownName(const QString& location)
{
    return Database::isServerUri(location) ? tr("Server: %1").arg(Database::displayName(location))
                                           : QDir::toNativeSeparators(location);
}

void StartDialog::remember(const QString& path)
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    const QString absolute = Database::isServerUri(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(kRecentKey, files.mid(0, kMaxRecent));
}

StartDialog::StartDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Homecoming — choose a database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Homecoming keeps a sweep's households, visits and cases in one database file, "
                      "or on the city's server. Open the file your station uses, create a new one, or "
                      "connect to the server."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_recent = new QListWidget;
    for (const QString& f : recentFiles()) {
        auto* item = new QListWidgetItem(shownName(f), m_recent);
        item->setToolTip(f);
        item->setData(Qt::UserRole, f);
    }
    if (m_recent->count()) {
        layout->addWidget(new QLabel(tr("Recent databases (double-click to open):")));
        layout->addWidget(m_recent);
        connect(m_recent, &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { choose(item->data(Qt::UserRole).toString(), false); });
    } else {
        m_recent->hide();
    }
    auto* open = new QPushButton(tr("&Open a database…"));
    auto* create = new QPushButton(tr("&Create a new database…"));
    auto* server = new QPushButton(tr("Connect to a &server…"));
    server->setObjectName(QStringLiteral("connectToServer"));
    auto* quit = new QPushButton(tr("&Quit"));
    layout->addWidget(open);
    layout->addWidget(create);
    layout->addWidget(server);
    layout->addWidget(quit);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Open a Homecoming database"), QDir::homePath(),
                                         tr("Homecoming databases (*.db *.homecoming);;All files (*)"));
        if (!f.isEmpty())
            choose(f, false);
    });
    connect(create, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Create a Homecoming database"),
                                                       QDir::home().filePath(QStringLiteral("homecoming.db")),
                                                       tr("Homecoming databases (*.db *.homecoming)"));
        if (!f.isEmpty())
            choose(f, true);
    });
    connect(server, &QPushButton::clicked, this, [this] {
        ServerDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            choose(dialog.uri(), false);
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    resize(560, 360);
}

void StartDialog::choose(const QString& path, bool create)
{
    m_path = path;
    m_create = create;
    accept();
}

} // namespace hc
