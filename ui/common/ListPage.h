#pragma once
// The frame every list screen is built on. It owns the layout - filter rows the page fills, a
// summary line, an inline error, the table (or the page's widget around it), a row of buttons
// with a status line - and the loading: the rows load on a worker (BackgroundRunner, its own
// connection; a newer load drops an older one's result) when the page is first shown, and
// again on refresh(): at once when the page is visible, otherwise when it is next shown, so a
// screen nobody looks at costs nothing. The selected row survives a reload (by its key), Enter
// or a double-click on a row emits rowActivated, and the table exports as CSV (UTF-8 with BOM,
// through core's CsvWriter) where the page offers it.

#include "core/common/Result.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/RowsModel.h"

#include <QWidget>
#include <functional>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace hc {

class SessionContext;

class ListPage : public QWidget
{
    Q_OBJECT
public:
    // Where the summary line sits: above the table, at the end of the first filter row, or
    // first in the button row.
    enum class SummaryAt
    {
        Top,
        FilterBar,
        Buttons
    };

    explicit ListPage(SessionContext& session, SummaryAt summaryAt = SummaryAt::Top,
                      QWidget* parent = nullptr);

    // Reloads the rows: now when the page is visible, otherwise when it is next shown.
    void refresh();
    // The same after a pause (typing in a search box).
    void refreshSoon();
    // A load is due (the page not shown since it was asked for) or running.
    bool isLoading() const;

    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* exportButton() const { return m_export; } // null where the page exports nothing
    // The file name the export suggests: what the list holds and the filter it was made with.
    QString suggestedExportName() const { return m_exportName ? m_exportName() : QString(); }
    // Writes the table as shown (header and every row) to `path`, its first line naming the
    // filters (filterText()); reports in the status line, or the error inline.
    bool exportTo(const QString& path);
    // The filters as set: "Station: 东岗派出所; Status: Covered; Search: 王" - each field added
    // with addFilter() (its label) or addFilterWidget() (a search box, a check box that is on).
    QString filterText() const;

signals:
    void rowActivated(int row);
    // A load finished: the number of rows, -1 when core refused.
    void loaded(int rows);

protected:
    SessionContext& session() const { return m_session; }
    BackgroundRunner* runner() const { return m_runner; }

    // Layout. Filter rows from the top; the first is there from the start.
    QHBoxLayout* filterBar() const { return m_filterRows.first(); }
    QHBoxLayout* addFilterRow();
    // A field with its label ("&Status:", the buddy takes the mnemonic) at the end of `row`
    // (before the summary when it sits there).
    void addFilter(QHBoxLayout* row, const QString& label, QWidget* field, int stretch = 0);
    void addFilterWidget(QHBoxLayout* row, QWidget* widget, int stretch = 0);
    // Messages between the filters and the table (a search hint).
    void addMessage(QWidget* message);
    // The page's own widget in the table's place (a splitter with the table in it).
    void setCentralWidget(QWidget* widget);
    void addBelowTable(QWidget* widget);
    QHBoxLayout* buttonRow() const { return m_buttons; }
    void addBottom(QWidget* widget);
    // Takes the frame's content out of the page, for a page that shows the list in a tab.
    QWidget* takeContent();

    // What identifies a row across reloads (a row id); the selection follows it.
    void setRowKey(std::function<qint64(int row)> key) { m_rowKey = std::move(key); }
    qint64 currentKey() const;
    void setResizeColumnsOnLoad(bool on) { m_resizeColumns = on; }
    // Pages that load only when asked (duplicate detection) turn the automatic load off.
    void setLoadOnShow(bool on);
    // Offers "Export CSV…": the file dialog's title, the suggested file name, and the status
    // text after writing `rows` rows to a path.
    void enableExport(const QString& buttonText, const QString& dialogTitle,
                      std::function<QString()> fileName,
                      std::function<QString(int rows, const QString& path)> doneText);

    // The page's load: called when a load is due; starts it with loadRows() (or beginLoad() and
    // finishLoad() around its own model's loading), or says why there is nothing with
    // showNoRows().
    virtual void startLoad() = 0;
    // Called when the user has chosen an export file, before the table is written: a page
    // whose model loads as it scrolls loads its remaining rows first, then calls `ready`.
    virtual void beforeExport(std::function<void()> ready) { ready(); }
    // Runs `work` (Result<QList<Row>>(Database&)) on the worker and shows its rows, with
    // `summarize(rows)` (-1 when core refused) setting the summary line.
    template <typename Row, typename Work>
    void loadRows(RowsModel<Row>* model, Work work, std::function<void(int rows)> summarize)
    {
        const quint64 load = beginLoad();
        runner()->start(m_databasePath, std::move(work),
                        [this, model, load, summarize = std::move(summarize)](Result<QList<Row>> rows) {
                            if (load != m_load)
                                return; // emptied meanwhile (showNoRows)
                            model->setRows(rows ? std::move(rows).value() : QList<Row>());
                            const int count = rows ? model->rowCount() : -1;
                            if (summarize)
                                summarize(count);
                            finishLoad(load, count, rows ? QString() : rows.error().message);
                        });
    }
    quint64 beginLoad();
    void finishLoad(quint64 load, int rows, const QString& error);
    // The summary line of a list that shows `shown` of its `total` rows ("1,680 households, 200
    // shown"); `totalText` names the total (tr("%Ln household(s)", nullptr, total)). The total
    // alone when every row is shown; `more` is added when more rows load as the user scrolls.
    void showTotal(const QString& totalText, qint64 total, qint64 shown, const QString& more = {});
    // Nothing to load (no operation chosen): the summary says why; the page empties its model.
    void showNoRows(const QString& summary);

    void showEvent(QShowEvent* event) override;

private:
    void startDueLoad();
    void chooseExportFile();

    SessionContext& m_session;
    const Database::Address m_databasePath;
    const SummaryAt m_summaryAt;
    BackgroundRunner* m_runner = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QList<QHBoxLayout*> m_filterRows;
    QList<QPair<QString, QWidget*>> m_filterFields; // label (empty: none) and field
    QVBoxLayout* m_messages = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QVBoxLayout* m_belowTable = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_typing = nullptr;
    std::function<qint64(int)> m_rowKey;
    std::function<QString()> m_exportName;
    std::function<QString(int, const QString&)> m_exportDone;
    QString m_exportTitle;
    bool m_loadOnShow = true;
    bool m_due = true; // a load was asked for and has not started
    bool m_resizeColumns = true;
    quint64 m_load = 0; // the running load; 0 when none
    quint64 m_loads = 0;
    qint64 m_keep = 0; // the key selected when the running load began
};

} // namespace hc
