#include "ui/mainwindow/MainWindow.h"

#include "core/common/DateText.h"
#include "core/common/Version.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/common/SessionContext.h"
#include "ui/help/HelpWindow.h"
#include "ui/imports/ImportDialog.h"
#include "ui/operations/OperationsDialog.h"
#include "ui/pfif/PfifDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/startup/InterfaceLanguage.h"
#include "ui/startup/ServerDialog.h"
#include "ui/startup/StartDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace hc {

MainWindow::MainWindow(SessionContext& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Homecoming"));
    m_navigation = new QListWidget;
    m_navigation->setFixedWidth(170);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    m_pages = new QStackedWidget;
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Choosing a screen (a click, or Enter on its entry) takes the keyboard there; moving through
    // the list with the arrow keys leaves the focus in the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { focusPage(currentPage()); });
    connect(m_navigation, &QListWidget::itemActivated, this, [this] { focusPage(currentPage()); });

    auto* bar = addToolBar(tr("Operation"));
    bar->setObjectName(QStringLiteral("operationBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Operation:") + QLatin1Char(' ')));
    m_operation = new QComboBox;
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_operation);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        m_session.setOperation(m_operation->currentData().toLongLong());
        updateStatus();
    });

    m_statusDb = new QLabel;
    m_statusUser = new QLabel;
    statusBar()->addWidget(m_statusDb, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    buildMenus();
    reloadOperations();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

int MainWindow::addPage(QWidget* page, const QString& title)
{
    const int index = m_pages->addWidget(page);
    m_navigation->addItem(title);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void MainWindow::showPage(QWidget* page)
{
    const int index = m_pages->indexOf(page);
    if (index < 0)
        return;
    m_navigation->setCurrentRow(index);
    focusPage(page);
}

void MainWindow::focusPage(QWidget* page)
{
    if (!page)
        return;
    // Where the focus was last on that screen, else its first widget that takes the keyboard.
    QWidget* target = page->focusWidget();
    if (!target || !target->isVisible() || !target->isEnabled()) {
        target = nullptr;
        for (QWidget* w = page->nextInFocusChain(); w && w != page && page->isAncestorOf(w);
             w = w->nextInFocusChain())
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                target = w;
                break;
            }
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::addServerAction(QMenu* file)
{
    file->addAction(tr("Connect to a &server…"), this, [this] {
        ServerDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            emit openDatabaseRequested(dialog.uri());
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a Homecoming database"), QString(),
                                         tr("Homecoming databases (*.db *.homecoming);;All files (*)"));
        if (!path.isEmpty())
            emit openDatabaseRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString& path : StartDialog::recentFiles())
            if (path != m_session.db().path() &&
                QFileInfo(path).absoluteFilePath() != QFileInfo(m_session.db().path()).absoluteFilePath())
                recent->addAction(StartDialog::shownName(path), this,
                                  [this, path] { emit openDatabaseRequested(path); });
        if (recent->isEmpty())
            recent->addAction(tr("(no other database used recently)"))->setEnabled(false);
    });
    addServerAction(file);
    // Imports the role may run; each dialog previews, runs in a worker and can be cancelled.
    const Actor actor = m_session.actor();
    const QList<std::tuple<Right, ImportKind, const char*>> imports = {
        {Right::ImportRegistry, ImportKind::Registry, QT_TR_NOOP("Import &registry…")},
        {Right::ManageUsers, ImportKind::Officers, QT_TR_NOOP("Import &officers…")},
        {Right::ImportVisits, ImportKind::FieldSheets, QT_TR_NOOP("Import &field sheets…")}};
    bool any = false;
    for (const auto& [right, kind, text] : imports) {
        if (!actor.can(right))
            continue;
        if (!any)
            file->addSeparator();
        any = true;
        file->addAction(tr(text), this, [this, kind = kind] {
            auto* dialog = new ImportDialog(m_session, kind, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            connect(dialog, &QDialog::finished, this, &MainWindow::reloadOperations);
        });
    }
    addPfifActions(file);
    file->addSeparator();
    if (actor.can(Right::ManageOperations)) {
        QAction* operations = file->addAction(tr("Op&erations…"), this, [this] {
            auto* dialog = new OperationsDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &OperationsDialog::operationsChanged, this, &MainWindow::reloadOperations);
            dialog->open();
        });
        operations->setObjectName(QStringLiteral("operationsAction"));
    }
    if (actor.can(Right::ViewDashboard)) {
        QAction* report = file->addAction(tr("Operation &report…"), this, [this] {
            auto* dialog = new ReportDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        report->setObjectName(QStringLiteral("operationReportAction"));
        report->setShortcut(QKeySequence::Print);
        file->addSeparator();
    }
    addAccountActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The language applies at the next start: every screen is built with its texts once.
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = InterfaceLanguage::saved();
    for (const auto& [code, name] :
         {std::pair{"", QT_TR_NOOP("System default")}, {"en", "English"}, {"zh_CN", "简体中文"}}) {
        const QString locale = QLatin1String(code);
        QAction* a = language->addAction(locale.isEmpty() ? tr(name) : QString::fromUtf8(name));
        a->setCheckable(true);
        a->setChecked(locale == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, locale] { chooseLanguage(locale); });
    }

    addHelpMenu();
}

// PFIF 1.4 interchange: every role exports what it may read; importing needs EditCases.
void MainWindow::addPfifActions(QMenu* file)
{
    file->addSeparator();
    auto open = [this](PfifDialog::Mode mode) {
        auto* dialog = new PfifDialog(m_session, mode, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    QAction* exportPfif =
        file->addAction(tr("Export &PFIF…"), this, [open] { open(PfifDialog::Mode::Export); });
    exportPfif->setObjectName(QStringLiteral("exportPfifAction"));
    if (m_session.actor().can(Right::EditCases)) {
        QAction* importPfif =
            file->addAction(tr("Import P&FIF…"), this, [open] { open(PfifDialog::Mode::Import); });
        importPfif->setObjectName(QStringLiteral("importPfifAction"));
    }
}

// The current screen's help (F1), the manual, the keyboard shortcuts, About.
void MainWindow::addHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* page = help->addAction(tr("Help for this &page"), this,
                                    [this] { showHelp(HelpWindow::topicFor(currentPage())); });
    page->setObjectName(QStringLiteral("pageHelpAction"));
    page->setShortcut(QKeySequence::HelpContents);
    QAction* manual = help->addAction(tr("&Manual"), this, [this] { showHelp(QStringLiteral("index")); });
    manual->setObjectName(QStringLiteral("manualAction"));
    QAction* keys =
        help->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(QStringLiteral("shortcuts")); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(tr("&About Homecoming"), this, &MainWindow::showAbout);
}

void MainWindow::showHelp(const QString& topic)
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showTopic(topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

// Accounts (administrators), one's own password, signing out.
void MainWindow::addAccountActions(QMenu* file)
{
    if (m_session.actor().can(Right::ManageUsers)) {
        QAction* accounts = file->addAction(tr("&Accounts…"), this, [this] {
            auto* dialog = new AccountsDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        accounts->setObjectName(QStringLiteral("accountsAction"));
    }
    QAction* password = file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
}

void MainWindow::changePassword()
{
    auto* dialog = new PasswordDialog(
        tr("Change your password"), tr("Your password, then the new one twice."), true,
        [this](const QString& current, const QString& fresh) {
            return UserService(m_session.db()).changePassword(m_session.actor(), current, fresh);
        },
        this);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reloadOperations()
{
    const qint64 keep = m_session.operationId();
    QSignalBlocker block(m_operation);
    m_operation->clear();
    for (const Operation& op : OperationService(m_session.db(), m_session.actor()).list())
        m_operation->addItem((op.closed() ? tr("%1 (%2 – %3, closed)") : QStringLiteral("%1 (%2 – %3)"))
                                 .arg(op.name, dateText(op.start), dateText(op.end)),
                             op.id);
    const int index = m_operation->findData(keep);
    m_operation->setCurrentIndex(index >= 0 ? index : 0);
    m_operation->setEnabled(m_operation->count() > 1);
    if (m_operation->count() == 0)
        m_operation->addItem(tr("No operation yet"));
    m_session.setOperation(m_operation->currentData().toLongLong());
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString operation = m_operation->currentData().isValid() ? m_operation->currentText() : tr("none");
    m_statusDb->setText(
        tr("Database: %1 · Operation: %2").arg(StartDialog::shownName(m_session.db().path()), operation));
    const User& u = m_session.user();
    m_statusUser->setText(
        u.stationName.isEmpty()
            ? tr("%1 (%2), %3").arg(u.name, u.badge, Roles::label(u.role))
            : tr("%1 (%2), %3, %4").arg(u.name, u.badge, Roles::label(u.role), u.stationName));
}

void MainWindow::chooseLanguage(const QString& locale)
{
    InterfaceLanguage::save(locale);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language applies when Homecoming is started again."));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Homecoming"),
                       tr("<h3>Homecoming %1</h3>"
                          "<p>Case management for missing-person sweeps.</p>"
                          "<p>Built with Qt %2, SQLite (FTS5), Boost.Graph, libsodium (Argon2id), "
                          "ICU (GB18030) and libcsv.</p>")
                           .arg(applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace hc
