#include "mainwindow/MainWindow.h"

#include "common/Version.h"
#include "operations/OperationService.h"
#include "registry/Vocabulary.h"
#include "search/SearchService.h"
#include "stats/StatsService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hc {

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Homecoming"));

    auto* left = new QGroupBox(tr("Operation figures"));
    auto* leftLayout = new QVBoxLayout(left);
    m_operation = new QComboBox;
    leftLayout->addWidget(m_operation);
    m_figures = new QTableWidget(0, 2);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    leftLayout->addWidget(m_figures);

    auto* right = new QGroupBox(tr("Search people and households"));
    auto* rightLayout = new QVBoxLayout(right);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name, ID number, phone, household number or address"));
    m_search->setClearButtonEnabled(true);
    rightLayout->addWidget(m_search);
    m_searchMessage = new QLabel;
    m_searchMessage->setWordWrap(true);
    rightLayout->addWidget(m_searchMessage);
    m_results = new QTreeWidget;
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels(
        {tr("Kind"), tr("Name / household"), tr("ID number / address"), tr("Household no."), tr("Address")});
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 0; c < 4; ++c)
        m_results->header()->resizeSection(c, c == 2 ? 170 : 110);
    rightLayout->addWidget(m_results);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Homecoming"), this, &MainWindow::showAbout);

    statusBar()->showMessage(tr("Database: %1").arg(m_db.path()));

    // Search as the user types, once typing pauses.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &MainWindow::showFigures);

    reloadOperations();
    resize(1100, 700);
}

void MainWindow::reloadOperations()
{
    m_operation->clear();
    for (const Operation& op : OperationService(m_db, Actor{}).list())
        m_operation->addItem(QStringLiteral("%1 (%2 – %3)")
                                 .arg(op.name, QLocale().toString(op.start, QLocale::ShortFormat),
                                      QLocale().toString(op.end, QLocale::ShortFormat)),
                             op.id);
    if (m_operation->count() == 0)
        m_operation->addItem(tr("No operation yet: create one with homecoming-cli operation create"));
    showFigures();
}

void MainWindow::showFigures()
{
    m_figures->setRowCount(0);
    const QVariant id = m_operation->currentData();
    if (!id.isValid())
        return;
    const auto stats = StatsService(m_db).compute(id.toLongLong());
    if (!stats) {
        statusBar()->showMessage(stats.error().text());
        return;
    }
    const OperationStats& s = *stats;
    QList<QPair<QString, qint64>> rows = {
        {tr("Households in scope"), s.householdsInScope},
        {tr("Households visited"), s.householdsVisited},
        {tr("Households covered"), s.householdsCovered},
        {tr("Revisits pending"), s.revisitsPending},
        {tr("Person-checks"), s.personChecks},
        {tr("Persons screened"), s.personsScreened},
        {tr("Whereabouts unknown now"), s.personsByLatestStatus.value(QStringLiteral("whereabouts_unknown"))},
        {tr("Unregistered people found"), s.unregisteredFound},
        {tr("Cases opened"), s.casesOpened},
        {tr("Found alive"), s.foundAlive},
        {tr("Rescued"), s.rescued},
        {tr("Found deceased"), s.foundDeceased},
        {tr("Families reunited"), s.familiesReunited},
    };
    for (auto it = s.crimesUncovered.begin(); it != s.crimesUncovered.end(); ++it)
        rows.append({tr("Crimes uncovered: %1").arg(Vocabulary::label(Vocabulary::Kind::CrimeKind, it.key())),
                     it.value()});
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_figures->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto* value = new QTableWidgetItem(QLocale().toString(rows[i].second));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(i, 1, value);
    }
}

void MainWindow::runSearch()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchMessage->clear();
        return;
    }
    const auto hits = SearchService(m_db).search(text, 200);
    if (!hits) {
        m_searchMessage->setText(hits.error().message);
        return;
    }
    m_searchMessage->setText(hits->isEmpty() ? tr("Nothing found for \"%1\".").arg(text)
                                             : tr("%n result(s).", nullptr, int(hits->size())));
    for (const SearchHit& h : *hits) {
        const bool person = h.kind == SearchHit::Kind::Person;
        new QTreeWidgetItem(m_results, {person ? tr("Person") : tr("Household"), h.title, h.detail,
                                        h.householdNo, h.address});
    }
    for (int c = 0; c < m_results->columnCount() - 1; ++c)
        m_results->resizeColumnToContents(c);
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
