#include "ui/startup/AppFlow.h"

#include "core/common/Logging.h"
#include "core/households/HouseholdService.h"
#include "core/registry/DomainCodes.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/FileAccess.h"
#include "core/visits/VisitService.h"
#include "ui/actions/ActionsPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/calls/CallsPage.h"
#include "ui/cases/CasesPage.h"
#include "ui/cases/FoundPersonsPage.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/RecordRef.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CrimesPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/followup/RevisitsPage.h"
#include "ui/followup/UnregisteredPage.h"
#include "ui/followup/UntracedPage.h"
#include "ui/followup/VerificationPage.h"
#include "ui/households/HouseholdDetailDialog.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/links/LinksPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/matching/DuplicatesPage.h"
#include "ui/overview/OverviewPage.h"
#include "ui/registration/RegistrationPage.h"
#include "ui/startup/FirstAdminDialog.h"
#include "ui/startup/IdleLock.h"
#include "ui/startup/LockDialog.h"
#include "ui/startup/SignInDialog.h"
#include "ui/startup/StartDialog.h"
#include "ui/visits/VisitEntryPage.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

namespace hc {

namespace {
// Opening applies any schema upgrade, which takes about a second per 200,000 residents for
// an older database (46 s at city scale). It runs first on a worker thread with its own
// connection, behind a busy dialog, so that the window never freezes; the GUI thread's own
// open afterwards finds the schema current and is quick.
Result<std::unique_ptr<Database>> openWithUpgrade(const QString& path, Database::Mode mode)
{
    QProgressDialog busy(
        AppFlow::tr("Opening %1 (an older database is upgraded first)…").arg(QFileInfo(path).fileName()),
        QString(), 0, 0);
    busy.setWindowTitle(AppFlow::tr("Homecoming"));
    busy.setWindowModality(Qt::ApplicationModal);
    busy.setMinimumDuration(400);
    std::optional<Status> opened;
    QEventLoop loop;
    BackgroundRunner runner;
    runner.startLocal(
        [path, mode]() -> Status {
            auto db = Database::open(path, mode);
            return db ? Status() : Status(db.error()); // closed again in the worker
        },
        [&opened, &loop](Status s) {
            opened = std::move(s);
            loop.quit();
        });
    loop.exec();
    if (!*opened)
        return opened->error();
    return Database::open(path, mode);
}
} // namespace

AppFlow::AppFlow(QString databasePath, QObject* parent) : QObject(parent), m_path(std::move(databasePath)) {}

AppFlow::~AppFlow()
{
    m_window.reset(); // screens refer to the session and the database
    m_session.reset();
}

bool AppFlow::openDatabase(bool choose)
{
    if (m_path.isEmpty() && !choose)
        m_path = QSettings().value(QStringLiteral("database/last")).toString();
    bool create = false;
    for (;;) {
        const bool server = Database::isServerUri(m_path);
        if (choose || m_path.isEmpty() || (!server && !create && !QFileInfo::exists(m_path))) {
            StartDialog start;
            if (start.exec() != QDialog::Accepted)
                return false;
            m_path = start.path();
            create = start.createNew();
            choose = false;
        }
        // A server database is connected to at sign-in, as the user (SignInDialog).
        if (Database::isServerUri(m_path))
            return true;
        auto db =
            openWithUpgrade(m_path, create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting);
        if (db) {
            m_db = std::move(db).value();
            StartDialog::remember(m_path);
            QSettings().setValue(QStringLiteral("database/last"), QFileInfo(m_path).absoluteFilePath());
            return true;
        }
        QMessageBox::warning(nullptr, tr("Homecoming"), db.error().text());
        m_path.clear();
        create = false;
    }
}

bool AppFlow::start()
{
    bool choose = false;
    for (;;) {
        if (!openDatabase(choose))
            return false;
        if (signInAndShow())
            break;
        // Giving up the sign-in to a server goes back to the choice of database (it may have
        // been the wrong server); for a file it ends the program, as it always did.
        if (!Database::isServerUri(m_path))
            return false;
        choose = true;
    }
    if (!Database::isServerUri(m_path)) // a server's backups are its administrators' (pg_dump)
        checkAndKeepDailyCopy();
    return true;
}

bool AppFlow::signInAndShow()
{
    User user;
    if (Database::isServerUri(m_path)) {
        m_db.reset(); // a server connection belongs to the user who signed in
        SignInDialog signIn(m_path);
        if (signIn.exec() != QDialog::Accepted)
            return false;
        m_db = signIn.takeDatabase();
        user = signIn.user();
        StartDialog::remember(m_path);
        QSettings().setValue(QStringLiteral("database/last"), m_path);
    } else if (!UserService(*m_db).hasUsers()) {
        FirstAdminDialog setup(*m_db);
        if (setup.exec() != QDialog::Accepted)
            return false;
        user = setup.user();
    } else {
        SignInDialog signIn(*m_db);
        if (signIn.exec() != QDialog::Accepted)
            return false;
        user = signIn.user();
    }
    m_session = std::make_unique<SessionContext>(*m_db, user);
    m_window.reset(buildWindow(*m_session));
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, [this](const QString& path) {
        // Another file: close this session and run the flow again on it.
        QTimer::singleShot(0, this, [this, path] {
            endSession();
            m_db.reset();
            m_path = path;
            if (!start())
                QCoreApplication::quit();
        });
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppFlow::signOut);
    m_window->show();
    offerToRestrictAccess(user);
    m_idle = std::make_unique<IdleLock>(IdleLock::savedMinutes() * 60 * 1000);
    connect(m_idle.get(), &IdleLock::idle, this, &AppFlow::lock);
    return true;
}

void AppFlow::endSession()
{
    m_idle.reset();
    m_window.reset();
    m_session.reset();
}

void AppFlow::signOut()
{
    // Back to the sign-in dialog on the same file (after the menu's action has returned).
    QTimer::singleShot(0, this, [this] {
        endSession();
        if (!signInAndShow())
            QCoreApplication::quit();
    });
}

void AppFlow::lock()
{
    if (!m_window || !m_session)
        return;
    // The screens stay as they are (an unsaved visit form too), hidden under the dialog.
    m_window->centralWidget()->hide();
    auto* dialog = new LockDialog(*m_db, m_session->user(), m_window.get());
    dialog->setObjectName(QStringLiteral("lockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == LockDialog::kSignOut) {
            signOut();
            return;
        }
        m_window->centralWidget()->show();
        m_idle->setLocked(false);
    });
    dialog->open();
}

void AppFlow::checkAndKeepDailyCopy()
{
    struct Outcome
    {
        QStringList problems;
        QString error;
    };
    const QString path = m_path;
    QPointer<QWidget> window = m_window.get();
    QThreadPool::globalInstance()->start([path, window] {
        Outcome o;
        if (auto check = Backup::quickCheck(path); !check)
            o.error = check.error().text();
        else
            o.problems = check.value();
        if (o.problems.isEmpty() && o.error.isEmpty()) {
            if (auto copy = Backup::rotate(path, QDate::currentDate()); !copy)
                o.error = copy.error().text();
        }
        QMetaObject::invokeMethod(qApp, [path, window, o] {
            if (!window)
                return;
            if (!o.problems.isEmpty()) {
                const QStringList copies = Backup::rotatedCopies(path);
                QMessageBox::critical(
                    window, tr("The database is damaged"),
                    tr("The integrity check of %1 found problems:\n%2\n\nClose Homecoming and restore the "
                       "latest good copy:\n%3")
                        .arg(path, o.problems.mid(0, 5).join(QLatin1Char('\n')),
                             copies.isEmpty() ? tr("(no daily copy yet; use your last backup)")
                                              : QStringLiteral("homecoming-cli restore --db \"%1\" \"%2\"")
                                                    .arg(path, copies.first())));
            } else if (!o.error.isEmpty()) {
                qCWarning(lcStorage).noquote() << "daily copy:" << o.error;
            }
        });
    });
}

void AppFlow::offerToRestrictAccess(const User& user)
{
    if (user.role != Role::Admin || Database::isServerUri(m_path))
        return;
    const QStringList open = FileAccess::openToOthers(m_path);
    if (open.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        m_window.get(), tr("The database is readable by others"),
        tr("Other users of this computer may read %1, which holds ID numbers, addresses and phone "
           "numbers. Restrict it to your account?")
            .arg(open.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = FileAccess::restrictToOwner(m_path); !s)
        QMessageBox::critical(m_window.get(), tr("The database is readable by others"), s.error().text());
}

namespace {
// Where a row's record opens: a case its case file, a found person its record, a household its
// detail (its people and visits), a person or a visit the household concerned.
void openRecord(SessionContext& session, const RecordRef& ref, CasesPage* cases, FoundPersonsPage* found,
                HouseholdsPage* households)
{
    qint64 household = 0;
    switch (ref.kind) {
    case RecordKind::Case:
        cases->openCase(ref.id);
        return;
    case RecordKind::FoundPerson:
        found->openRecord(ref.id);
        return;
    case RecordKind::Household:
        household = ref.id;
        break;
    case RecordKind::Person:
        if (auto h = HouseholdService(session.db(), session.actor()).householdOfPerson(ref.id))
            household = *h;
        break;
    case RecordKind::Visit:
        if (auto v = VisitService(session.db(), session.actor()).load(ref.id))
            household = v->householdId;
        break;
    }
    if (household)
        households->openDetail(household);
}
} // namespace

MainWindow* AppFlow::buildWindow(SessionContext& session)
{
    auto* window = new MainWindow(session);
    // Every role: an officer's dashboard is narrowed to their station (core narrows it).
    window->addPage(new DashboardPage(session), MainWindow::tr("Dashboard"));
    window->addPage(new OverviewPage(session), MainWindow::tr("Overview"));
    auto* households = new HouseholdsPage(session);
    window->addPage(households, MainWindow::tr("Households"));
    // What a role may not do is not offered (core refuses it anyway).
    if (session.actor().can(Right::RecordVisits)) {
        auto* visit = new VisitEntryPage(session);
        window->addPage(visit, MainWindow::tr("Visit entry"));
        auto* revisits = new RevisitsPage(session);
        window->addPage(revisits, MainWindow::tr("Revisits"));
        window->addPage(new VerificationPage(session), MainWindow::tr("Verification"));
        auto openVisit = [window, visit](qint64 household) {
            window->showPage(visit);
            visit->loadHousehold(household);
        };
        QObject::connect(revisits, &RevisitsPage::visitRequested, window, openVisit);
        QObject::connect(households, &HouseholdsPage::visitRequested, window, openVisit);
        QObject::connect(households, &HouseholdsPage::correctionRequested, window,
                         [window, visit](qint64 id) {
                             window->showPage(visit);
                             visit->loadVisit(id);
                         });
    }
    window->addPage(new UnregisteredPage(session), MainWindow::tr("Unregistered"));
    // Whereabouts unknown and no case: nobody drops off until traced, a case, or a supervisor's closing.
    window->addPage(new UntracedPage(session), MainWindow::tr("Untraced"));
    // Every role follows the registration files (officers their station's); RecordVisits steps them.
    window->addPage(new RegistrationPage(session), MainWindow::tr("Registration"));
    // Every role sees the case files and found persons; officers read only (core refuses edits).
    auto* cases = new CasesPage(session);
    window->addPage(cases, MainWindow::tr("Cases"));
    // The crimes the cases uncovered, for those who work on cases (investigators, supervisors).
    if (session.actor().can(Right::EditCases))
        window->addPage(new CrimesPage(session), MainWindow::tr("Crimes"));
    // Actions raised on cases: my actions, overdue ones, a station's; each opens its case file.
    auto* actions = new ActionsPage(session);
    window->addPage(actions, MainWindow::tr("Actions"));
    QObject::connect(actions, &ActionsPage::caseRequested, cases, &CasesPage::openCase);
    auto* found = new FoundPersonsPage(session);
    window->addPage(found, MainWindow::tr("Found persons"));
    // Every role logs the calls it takes (LogCalls); a call opens the case it opened or added to.
    auto* calls = new CallsPage(session);
    window->addPage(calls, MainWindow::tr("Call log"));
    QObject::connect(calls, &CallsPage::caseRequested, cases, &CasesPage::openCase);
    QObject::connect(&session, &SessionContext::openRequested, window,
                     [&session, cases, found, households](const RecordRef& ref, QWidget*) {
                         openRecord(session, ref, cases, found, households);
                     });
    // Duplicate people (MergePeople) with a "Missing vs found" tab (EditCases).
    if (session.actor().can(Right::MergePeople) || session.actor().can(Right::EditCases))
        window->addPage(new DuplicatesPage(session), session.actor().can(Right::MergePeople)
                                                         ? MainWindow::tr("Duplicates")
                                                         : MainWindow::tr("Missing vs found"));
    if (session.actor().can(Right::EditCases))
        window->addPage(new LinksPage(session), MainWindow::tr("Links"));
    // The audit log, for administrators only (core refuses anyone else).
    if (session.actor().can(Right::ManageUsers))
        window->addPage(new AuditPage(session), MainWindow::tr("Audit log"));
    return window;
}

} // namespace hc
