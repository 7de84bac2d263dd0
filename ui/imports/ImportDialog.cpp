#include "ui/imports/ImportDialog.h"

#include "core/imports/CsvWriter.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/SessionContext.h"
#include "ui/imports/ColumnChoiceBox.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {
constexpr int kPreviewRows = 10;
// A file with a million bad rows would make a table nobody reads; the saved CSV has them all.
constexpr int kMaxShownRejections = 10000;
constexpr int kMaxPreviewColumnWidth = 260;

const QString kErrorStyle = QStringLiteral("color: #b3261e;");
const QString kFatalStyle = QStringLiteral(
    "color: #b3261e; font-weight: bold; background: #fdecea; border: 1px solid #b3261e; padding: 8px;");
const QString kCancelledStyle =
    QStringLiteral("font-weight: bold; background: #fff4e5; border: 1px solid #e0a030; padding: 8px;");
const QString kDoneStyle = QStringLiteral("font-weight: bold; padding: 8px 0px;");

QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString specLabel(const ColumnSpec& c)
{
    return QStringLiteral("%1 (%2)").arg(QLatin1String(c.key), QStringView(c.chinese));
}
} // namespace

// Sets the title; the text above the form says what the file holds and how a rerun behaves.
QString ImportDialog::introText()
{
    QString intro;
    switch (m_kind) {
    case Kind::Registry:
        setWindowTitle(tr("Import household registry"));
        intro = tr("Households and residents from a registry export. People are matched by ID number and "
                   "households by household number, so importing a file again updates instead of "
                   "doubling.");
        break;
    case Kind::Officers:
        setWindowTitle(tr("Import officer accounts"));
        intro = tr("Officer accounts, matched by badge. Accounts without a password column value get a "
                   "generated password, shown once after the import.");
        break;
    case Kind::FieldSheets:
        setWindowTitle(tr("Import field sheets"));
        intro = tr("Visits typed in from paper field sheets, recorded against the chosen operation. "
                   "Importing the same sheet again adds nothing.");
        break;
    }
    return intro;
}

QFormLayout* ImportDialog::buildFileForm()
{
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("Path of a CSV file or an Excel workbook (.xlsx)"));
    m_browse = new QPushButton(tr("Choose…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    m_sheet = new QComboBox;
    m_sheetLabel = new QLabel(tr("Sheet:"));
    form->addRow(m_sheetLabel, m_sheet);
    m_sheet->hide();
    m_sheetLabel->hide();
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_file.isEmpty() && m_sheet->count() > 0)
            readPreview();
    });
    if (m_kind == Kind::FieldSheets) {
        m_operation = new QComboBox;
        for (const Operation& op : OperationService(m_session.db(), m_session.actor()).list())
            m_operation->addItem(op.name, op.id);
        const int current = m_operation->findData(m_session.operationId());
        if (current >= 0)
            m_operation->setCurrentIndex(current);
        form->addRow(tr("Operation:"), m_operation);
        connect(m_operation, &QComboBox::currentIndexChanged, this, &ImportDialog::updateImportEnabled);
    }
    return form;
}

ImportDialog::ImportDialog(SessionContext& session, Kind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_runner(new BackgroundRunner(this))
{
    auto* introLabel = new QLabel(introText());
    introLabel->setWordWrap(true);

    QFormLayout* form = buildFileForm();

    m_fileError = new QLabel;
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(kErrorStyle);
    m_fileError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileError->hide();

    m_mappingGroup = new ColumnChoiceBox(m_kind);
    connect(m_mappingGroup, &ColumnChoiceBox::columnChosen, this, &ImportDialog::chooseColumn);

    m_previewPage = buildPreviewPage();
    m_resultPage = buildResultPage();
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_previewPage);
    m_stack->addWidget(m_resultPage);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);

    m_import = new QPushButton(tr("Import"));
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel import"));
    m_cancel->hide();
    m_close = new QPushButton(tr("Close"));
    m_close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_fileError);
    layout->addWidget(m_mappingGroup);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (typed != m_file)
            setFile(typed);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::chooseRejectedFile);
    connect(m_runner, &BackgroundRunner::progressed, this, &ImportDialog::showProgress);

    resize(860, 640);
    clearPreview();
    updateImportEnabled();
}

bool ImportDialog::isRunning() const
{
    return m_runner->isRunning();
}

QWidget* ImportDialog::buildPreviewPage()
{
    auto* page = new QGroupBox(tr("Preview"));
    m_encodingLabel = new QLabel;
    m_columnsLabel = new QLabel;
    m_columnsLabel->setWordWrap(true);
    m_columnsLabel->setTextFormat(Qt::RichText);
    m_previewCaption = new QLabel;
    m_preview = makeTable({});
    m_preview->horizontalHeader()->setStretchLastSection(false);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_encodingLabel);
    layout->addWidget(m_columnsLabel);
    layout->addWidget(m_previewCaption);
    layout->addWidget(m_preview, 1);
    return page;
}

QWidget* ImportDialog::buildResultPage()
{
    auto* page = new QWidget;
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_countsBox = new QWidget;
    auto* grid = new QGridLayout(m_countsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList captions{tr("Rows"), tr("Imported"), tr("Updated"), tr("Unchanged"), tr("Rejected")};
    for (int i = 0; i < captions.size(); ++i) {
        auto* caption = new QLabel(captions.at(i));
        caption->setAlignment(Qt::AlignCenter);
        auto* value = new QLabel;
        value->setAlignment(Qt::AlignCenter);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        grid->addWidget(value, 0, i);
        grid->addWidget(caption, 1, i);
        m_counts << value;
    }

    m_rejectedBox = new QGroupBox(tr("Rejected rows (not saved)"));
    m_rejected = makeTable({tr("Row"), tr("Column"), tr("Reason")});
    m_rejected->horizontalHeaderItem(0)->setToolTip(tr("Data row in the file, the header row not counted"));
    m_rejectedNote = new QLabel;
    m_rejectedNote->setWordWrap(true);
    m_saveRejected = new QPushButton(tr("Save rejected rows…"));
    m_saveMessage = new QLabel;
    m_saveMessage->setWordWrap(true);
    m_saveMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveRejected);
    saveRow->addWidget(m_saveMessage, 1);
    auto* rejectedLayout = new QVBoxLayout(m_rejectedBox);
    rejectedLayout->addWidget(m_rejected, 1);
    rejectedLayout->addWidget(m_rejectedNote);
    rejectedLayout->addLayout(saveRow);

    m_passwordBox = new QGroupBox(tr("Generated passwords"));
    auto* warning = new QLabel(tr("These passwords are shown only now and are stored only as hashes. "
                                  "Hand them to the officers before closing this dialog."));
    warning->setWordWrap(true);
    warning->setStyleSheet(kErrorStyle + QStringLiteral(" font-weight: bold;"));
    m_passwords = makeTable({tr("Badge"), tr("Password")});
    auto* copy = new QPushButton(tr("Copy badges and passwords"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const auto& [badge, password] : m_report.newPasswords)
            lines << badge + QLatin1Char('\t') + password;
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    auto* passwordLayout = new QVBoxLayout(m_passwordBox);
    passwordLayout->addWidget(warning);
    passwordLayout->addWidget(m_passwords, 1);
    passwordLayout->addWidget(copy, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_countsBox);
    layout->addWidget(m_rejectedBox, 2);
    layout->addWidget(m_passwordBox, 1);
    layout->addStretch(0);
    return page;
}

void ImportDialog::chooseFile()
{
    const QString start = m_file.isEmpty() ? QDir::homePath() : QFileInfo(m_file).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV file or an Excel workbook"), start,
                                     tr("CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::clearPreview()
{
    m_filePreview = ImportPreview{};
    m_fileReady = false;
    m_hasResult = false;
    m_report = ImportReport{};
    m_encodingLabel->clear();
    m_encodingLabel->hide();
    showColumns(); // with no file: the columns the importer expects
    m_previewCaption->setText(tr("Choose a CSV file to see its encoding, its columns and its first rows."));
    m_mapping.clear();
    m_mappingHeaderKey.clear();
    m_mappingGroup->setHeader({}, {});
    m_sheet->hide();
    m_sheetLabel->hide();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_progress->hide();
    m_status->clear();
    m_stack->setCurrentWidget(m_previewPage);
}

void ImportDialog::setFile(const QString& path)
{
    if (isRunning())
        return;
    clearPreview();
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    if (path.isEmpty()) {
        updateImportEnabled();
        return;
    }

    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
    }
    readPreview();
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->addItems(m_filePreview.sheets);
    }
    m_sheet->setVisible(!m_filePreview.sheets.isEmpty());
    m_sheetLabel->setVisible(!m_filePreview.sheets.isEmpty());
}

void ImportDialog::readPreview()
{
    ImportOptions options;
    options.sheet = m_sheet->currentText();
    options.mapping = m_mapping;
    m_filePreview = ImportPreview::read(m_kind, m_file, kPreviewRows, options);
    if (!m_filePreview.header.isEmpty() && m_filePreview.headerKey != m_mappingHeaderKey) {
        m_mappingHeaderKey = m_filePreview.headerKey;
        m_mapping = m_mappingGroup->remembered(m_mappingHeaderKey);
        options.mapping = m_mapping;
        if (!m_mapping.isEmpty())
            m_filePreview = ImportPreview::read(m_kind, m_file, kPreviewRows, options);
        m_mappingGroup->setHeader(m_filePreview.header, m_mapping);
    }
    m_encodingLabel->setText(m_filePreview.sheets.isEmpty() ? tr("Encoding: %1").arg(m_filePreview.encoding)
                                                            : tr("Excel workbook"));
    m_encodingLabel->setVisible(!m_filePreview.encoding.isEmpty());
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    showColumns();
    if (!m_filePreview.header.isEmpty())
        showPreviewRows();
    m_fileReady = m_filePreview.problem.isEmpty() && !m_filePreview.header.isEmpty();
    updateImportEnabled();
}

QComboBox* ImportDialog::mappingBox(const QString& key) const
{
    return m_mappingGroup->box(key);
}

void ImportDialog::chooseColumn(const QString& key, const QString& header)
{
    m_mapping.removeIf([&key](const auto& m) { return m.first == key; });
    if (!header.isEmpty())
        m_mapping << qMakePair(key, header);
    m_mappingGroup->remember(m_mappingHeaderKey, m_mapping);
    readPreview();
}

void ImportDialog::showColumns()
{
    const QList<ColumnSpec>& spec = ImportWorker::columns(m_kind);
    const QStringList detected = m_filePreview.detected();
    const bool haveFile = !m_filePreview.header.isEmpty();
    QStringList required, optional, ignored;
    for (const ColumnSpec& c : spec) {
        const QString label = specLabel(c).toHtmlEscaped();
        if (!haveFile)
            (c.required ? required : optional) << label;
        else if (detected.contains(QLatin1String(c.key)))
            (c.required ? required : optional) << QStringLiteral("\u2713&nbsp;") + label;
        else if (c.required)
            required
                << QStringLiteral("<span style=\"color:#b3261e\"><b>\u2717&nbsp;%1</b></span>").arg(label);
        else
            optional << QStringLiteral("<span style=\"color:gray\">\u2013&nbsp;%1</span>").arg(label);
    }
    for (qsizetype i = 0; i < m_filePreview.header.size(); ++i)
        if (m_filePreview.columnKeys.at(i).isEmpty() && !m_filePreview.header.at(i).trimmed().isEmpty())
            ignored << m_filePreview.header.at(i).trimmed().toHtmlEscaped();

    const QString separator = QStringLiteral(" &nbsp;&middot;&nbsp; ");
    QString html = haveFile ? tr("%1 of %2 columns recognised.").arg(detected.size()).arg(spec.size())
                            : tr("Columns this import reads, by English or Chinese header name:");
    html += QStringLiteral("<br>") + tr("Required: %1").arg(required.join(separator));
    html += QStringLiteral("<br>") + tr("Optional: %1").arg(optional.join(separator));
    if (!ignored.isEmpty())
        html += QStringLiteral("<br>") + tr("Not used by this import: %1").arg(ignored.join(separator));
    m_columnsLabel->setText(html);
}

void ImportDialog::showPreviewRows()
{
    const QStringList& header = m_filePreview.header;
    const QList<QStringList>& rows = m_filePreview.rows;
    m_preview->setColumnCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        auto* item = new QTableWidgetItem(header.at(c).trimmed());
        const QString& key = m_filePreview.columnKeys.at(c);
        if (key.isEmpty())
            item->setForeground(Qt::gray);
        item->setToolTip(key.isEmpty() ? tr("Not used by this import") : key);
        m_preview->setHorizontalHeaderItem(c, item);
    }
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            // A quoted field may span lines; one line per row keeps the preview readable.
            QString text = rows.at(r).at(c);
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            m_preview->setItem(r, c, cell(text));
        }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), kMaxPreviewColumnWidth));
    m_previewCaption->setText(rows.isEmpty() ? tr("The file has a header row but no data rows.")
                                             : tr("First %n data row(s):", "", int(rows.size())));
}

void ImportDialog::updateImportEnabled()
{
    QStringList problems;
    const Actor actor = m_session.actor();
    if (!actor.can(ImportWorker::requiredRight(m_kind)))
        problems << tr("Your role (%1) may not run this import.").arg(Roles::label(actor.role));
    if (m_operation && m_operation->count() == 0)
        problems << tr("There is no operation yet; field sheets are recorded against one, so create it "
                       "first.");
    if (!m_filePreview.problem.isEmpty())
        problems << m_filePreview.problem;
    m_fileError->setText(problems.join(QLatin1Char('\n')));
    m_fileError->setVisible(!problems.isEmpty());
    m_import->setEnabled(problems.isEmpty() && m_fileReady && !isRunning());
}

void ImportDialog::setRunning(bool running)
{
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_sheet->setEnabled(!running);
    m_mappingGroup->setEnabled(!running);
    if (m_operation)
        m_operation->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    m_progress->setVisible(running);
    updateImportEnabled();
}

void ImportDialog::startImport()
{
    if (isRunning() || !m_import->isEnabled())
        return;
    ImportWorker::Job job;
    job.kind = m_kind;
    job.databasePath = m_session.db().address();
    job.actor = m_session.actor();
    job.file = m_file;
    job.mapping = m_mapping;
    job.sheet = m_sheet->currentText();
    if (m_operation)
        job.operationName = m_operation->currentText();

    m_runner->start(
        job.databasePath,
        [job](Database& db, const BackgroundRunner::Progress& progress) -> Result<ImportReport> {
            return ImportWorker::run(db, job, [&progress](qint64 done, qint64 total) {
                return progress(total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1, {});
            });
        },
        [this](Result<ImportReport> result) {
            ImportReport report;
            if (result)
                report = std::move(result).value();
            else
                report.fatal = result.error(); // the file could not be opened
            finishImport(report);
        });

    m_hasResult = false;
    m_report = ImportReport{};
    m_progress->setValue(0);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_file).fileName()));
    setRunning(true);
}

void ImportDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling; everything this import wrote is being rolled back…"));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

bool ImportDialog::wasCancelled() const
{
    return m_hasResult && m_report.fatal && m_report.fatal->kind == Error::Kind::Cancelled;
}

void ImportDialog::showProgress(int percent)
{
    if (percent >= 0)
        m_progress->setValue(percent);
}

void ImportDialog::finishImport(const ImportReport& report)
{
    m_report = report;
    m_hasResult = true;
    // A file imported successfully is not offered again by accident; a failed one may be retried.
    if (!report.fatal)
        m_fileReady = false;
    setRunning(false);
    showResult();
    if (!report.fatal)
        m_session.notifyDataChanged();
}

void ImportDialog::showResult()
{
    const ImportReport& r = m_report;
    m_status->clear();
    m_stack->setCurrentWidget(m_resultPage);
    const auto headline = [this](const QString& text, const QString& style) {
        m_headline->setText(text);
        m_headline->setStyleSheet(style);
    };
    if (wasCancelled())
        headline(tr("The import was cancelled; nothing was saved."), kCancelledStyle);
    else if (r.fatal) // core's message already says that nothing was saved
        headline(r.fatal->text(), kFatalStyle);
    else if (r.rejected == 0)
        headline(tr("Import finished: all %n row(s) accepted.", "", int(r.rows)), kDoneStyle);
    else
        headline(
            tr("Import finished with %n rejected row(s); the other rows were saved.", "", int(r.rejected)),
            kDoneStyle);

    const QLocale locale;
    const QList<qint64> values{r.rows, r.imported, r.updated, r.unchanged, r.rejected};
    for (int i = 0; i < m_counts.size(); ++i)
        m_counts.at(i)->setText(locale.toString(values.at(i)));
    m_countsBox->setVisible(!r.fatal);

    const int shown = int(qMin<qsizetype>(r.errors.size(), kMaxShownRejections));
    m_rejected->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportIssue& e = r.errors.at(i);
        auto* rowItem = cell(QString::number(e.row));
        rowItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(i, 0, rowItem);
        auto* columnItem = cell(m_filePreview.headerOf(e.column));
        columnItem->setToolTip(e.column);
        m_rejected->setItem(i, 1, columnItem);
        auto* reasonItem = cell(e.reason);
        reasonItem->setToolTip(e.reason);
        m_rejected->setItem(i, 2, reasonItem);
    }
    m_rejected->resizeColumnToContents(0);
    m_rejected->resizeColumnToContents(1);
    m_rejectedNote->setText(shown < r.errors.size()
                                ? tr("Showing the first %1 of %2 rejected rows; save them to see all.")
                                      .arg(locale.toString(shown), locale.toString(r.errors.size()))
                                : QString());
    m_rejectedNote->setVisible(shown < r.errors.size());
    m_saveMessage->clear();
    m_rejectedBox->setVisible(!r.errors.isEmpty());

    m_passwords->setRowCount(int(r.newPasswords.size()));
    for (int i = 0; i < r.newPasswords.size(); ++i) {
        m_passwords->setItem(i, 0, cell(r.newPasswords.at(i).first));
        auto* password = cell(r.newPasswords.at(i).second);
        password->setFont(QFont(QStringLiteral("monospace")));
        m_passwords->setItem(i, 1, password);
    }
    m_passwordBox->setVisible(!r.newPasswords.isEmpty());
}

Status ImportDialog::saveRejectedRows(const QString& path) const
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::Io};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    CsvWriter writer(&file, true);
    writer.writeRow({tr("Row"), tr("Column"), tr("Reason")});
    for (const ImportIssue& e : m_report.errors)
        writer.writeRow({QString::number(e.row), m_filePreview.headerOf(e.column), e.reason});
    if (!file.commit())
        return failed();
    return {};
}

void ImportDialog::chooseRejectedFile()
{
    const QFileInfo source(m_file);
    const QString suggested =
        source.absoluteDir().filePath(tr("%1-rejected.csv").arg(source.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = saveRejectedRows(path); !s) {
        m_saveMessage->setStyleSheet(kErrorStyle);
        m_saveMessage->setText(s.error().message);
        return;
    }
    m_saveMessage->setStyleSheet(QString());
    m_saveMessage->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace hc
