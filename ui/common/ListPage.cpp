#include "ui/common/ListPage.h"

#include "core/common/DateText.h"
#include "core/exports/ExportService.h"
#include "core/storage/Database.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hc {

ListPage::ListPage(SessionContext& session, SummaryAt summaryAt, QWidget* parent)
    : QWidget(parent), m_session(session), m_databasePath(session.db().address()), m_summaryAt(summaryAt)
{
    m_runner = new BackgroundRunner(this);
    m_summary = new QLabel;
    m_error = makeErrorLabel();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView;
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit rowActivated(index.row()); });

    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_filterRows << new QHBoxLayout;
    m_layout->addLayout(m_filterRows.first());
    if (summaryAt == SummaryAt::FilterBar)
        m_filterRows.first()->addWidget(m_summary);
    else if (summaryAt == SummaryAt::Top)
        m_layout->addWidget(m_summary);
    m_messages = new QVBoxLayout;
    m_layout->addLayout(m_messages);
    m_layout->addWidget(m_error);
    m_layout->addWidget(m_table, 1);
    m_belowTable = new QVBoxLayout;
    m_layout->addLayout(m_belowTable);
    m_buttons = new QHBoxLayout;
    if (summaryAt == SummaryAt::Buttons)
        m_buttons->addWidget(m_summary, 1);
    m_layout->addLayout(m_buttons);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_content);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &ListPage::refresh);
}

QHBoxLayout* ListPage::addFilterRow()
{
    auto* row = new QHBoxLayout;
    m_layout->insertLayout(int(m_filterRows.size()), row);
    m_filterRows << row;
    return row;
}

void ListPage::addFilterWidget(QHBoxLayout* row, QWidget* widget, int stretch)
{
    // The summary stays last in its row.
    const bool summaryHere = m_summaryAt == SummaryAt::FilterBar && row == filterBar();
    row->insertWidget(summaryHere ? row->count() - 1 : row->count(), widget, stretch);
    if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QCheckBox*>(widget))
        m_filterFields.append({QString(), widget});
}

void ListPage::addFilter(QHBoxLayout* row, const QString& label, QWidget* field, int stretch)
{
    auto* l = new QLabel(label);
    l->setBuddy(field);
    addFilterWidget(row, l);
    addFilterWidget(row, field, stretch);
    m_filterFields.removeIf([field](const auto& f) { return f.second == field; });
    m_filterFields.append({label, field});
}

namespace {
// A filter field's value as shown; empty when it narrows nothing (an empty box, a box off).
QString fieldText(const QWidget* field)
{
    if (const auto* box = qobject_cast<const QComboBox*>(field))
        return box->currentText();
    if (const auto* edit = qobject_cast<const QLineEdit*>(field))
        return edit->text().trimmed();
    if (const auto* check = qobject_cast<const QCheckBox*>(field))
        return check->isChecked() ? QString(check->text()).remove(QLatin1Char('&')) : QString();
    if (const auto* date = qobject_cast<const QDateEdit*>(field))
        return date->date() == date->minimumDate() ? QString() : dateText(date->date());
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(field))
        return spin->text();
    return {};
}
} // namespace

QString ListPage::filterText() const
{
    QStringList parts;
    for (const auto& [label, field] : m_filterFields) {
        const QString value = fieldText(field);
        if (value.isEmpty() || !field->isEnabled())
            continue;
        QString name = QString(label).remove(QLatin1Char('&')).trimmed();
        while (name.endsWith(u':') || name.endsWith(u'：'))
            name.chop(1);
        if (name.isEmpty() && qobject_cast<const QLineEdit*>(field))
            name = tr("Search");
        parts << (name.isEmpty() ? value : tr("%1: %2").arg(name, value));
    }
    return parts.join(QStringLiteral("; "));
}

void ListPage::addMessage(QWidget* message)
{
    m_messages->addWidget(message);
}

void ListPage::setCentralWidget(QWidget* widget)
{
    // The table moves into the page's widget (the caller puts it there).
    delete m_layout->replaceWidget(m_table, widget);
}

void ListPage::addBelowTable(QWidget* widget)
{
    m_belowTable->addWidget(widget);
}

void ListPage::addBottom(QWidget* widget)
{
    m_layout->addWidget(widget);
}

QWidget* ListPage::takeContent()
{
    layout()->removeWidget(m_content);
    m_content->setParent(nullptr);
    return m_content;
}

void ListPage::setLoadOnShow(bool on)
{
    m_loadOnShow = on;
    m_due = on;
}

void ListPage::enableExport(const QString& buttonText, const QString& dialogTitle,
                            std::function<QString()> fileName,
                            std::function<QString(int rows, const QString& path)> doneText)
{
    m_export = new QPushButton(buttonText);
    m_export->setToolTip(tr("Save the rows as a CSV file or an Excel workbook."));
    m_export->setEnabled(false);
    m_exportTitle = dialogTitle;
    m_exportName = std::move(fileName);
    m_exportDone = std::move(doneText);
    connect(m_export, &QPushButton::clicked, this, &ListPage::chooseExportFile);
    connect(this, &ListPage::loaded, m_export, [this](int rows) { m_export->setEnabled(rows > 0); });
}

void ListPage::refresh()
{
    m_typing->stop();
    m_due = true;
    if (isVisible())
        startDueLoad();
}

void ListPage::refreshSoon()
{
    m_typing->start();
}

bool ListPage::isLoading() const
{
    return m_due || m_load != 0;
}

void ListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_due)
        startDueLoad();
}

void ListPage::startDueLoad()
{
    m_due = false;
    startLoad();
}

qint64 ListPage::currentKey() const
{
    if (!m_rowKey || !m_table->model())
        return 0;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QModelIndex current = selected.isEmpty() ? m_table->currentIndex() : selected.first();
    return current.isValid() ? m_rowKey(current.row()) : 0;
}

quint64 ListPage::beginLoad()
{
    // A load still running keeps the key it started with: the rows on screen are still those.
    if (m_load == 0)
        m_keep = currentKey();
    m_load = ++m_loads;
    if (m_export)
        m_export->setEnabled(false);
    return m_load;
}

void ListPage::finishLoad(quint64 load, int rows, const QString& error)
{
    if (load != m_load)
        return; // a newer load is on its way
    m_load = 0;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (m_resizeColumns)
        m_table->resizeColumnsToContents();
    if (m_keep && m_rowKey)
        for (int r = 0; r < rows; ++r)
            if (m_rowKey(r) == m_keep) {
                m_table->selectRow(r);
                m_table->scrollTo(m_table->model()->index(r, 0));
                break;
            }
    emit loaded(rows);
}

void ListPage::showTotal(const QString& totalText, qint64 total, qint64 shown, const QString& more)
{
    QString text = shown < total ? tr("%1, %Ln shown", nullptr, int(shown)).arg(totalText) : totalText;
    if (!more.isEmpty())
        text = tr("%1; %2").arg(text, more);
    m_summary->setText(text);
}

void ListPage::showNoRows(const QString& summary)
{
    m_runner->abandon();
    m_load = 0;
    m_error->hide();
    m_summary->setText(summary);
    emit loaded(0);
}

void ListPage::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = TableExportDialog::choose(this, m_exportTitle, QDir(dir).filePath(m_exportName()));
    if (!path.isEmpty())
        beforeExport([this, path] { exportTo(path); });
}

bool ListPage::exportTo(const QString& path)
{
    m_status->clear();
    m_error->hide();
    const QAbstractItemModel* model = m_table->model();
    QStringList headers;
    QList<QStringList> rows;
    for (int c = 0; model && c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; model && r < model->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c)
            fields << model->index(r, c).data().toString();
        rows << fields;
    }
    // Through core, which writes it whole or not at all and audits what was exported.
    const auto written =
        ExportService(m_session.db(), m_session.actor())
            .exportList(QString::fromLatin1(metaObject()->className()), path, headers, rows, filterText());
    if (written) {
        m_status->setText(m_exportDone ? m_exportDone(int(*written), QDir::toNativeSeparators(path))
                                       : QString());
        return true;
    }
    m_error->setText(written.error().message);
    m_error->show();
    return false;
}

} // namespace hc
