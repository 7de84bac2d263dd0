#pragma once
// The import dialog for one kind of file (registry, officers, field sheets; CSV or an Excel
// workbook): owns the three steps in one window — choosing and previewing a file (encoding or
// sheet, recognised columns, a column chosen for each required field whose header is not
// recognised, remembered for that header row; first rows), the import on a worker thread with progress and
// cancel, and the result (counts, rejected rows with "save as CSV", generated passwords). The import runs on
// the dialog's BackgroundRunner, which asks it to cancel and waits for it when the dialog goes mid-run.

#include "core/common/Result.h"
#include "core/imports/ImportPreview.h"
#include "core/imports/ImportTypes.h"
#include "ui/imports/ImportWorker.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace hc {

class BackgroundRunner;
class ColumnChoiceBox;
class SessionContext;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = ImportKind;

    ImportDialog(SessionContext& session, Kind kind, QWidget* parent = nullptr);

    // Chooses the file without the file dialog (also used by it) and shows the preview.
    void setFile(const QString& path);
    // What the Import and Cancel buttons do.
    void startImport();
    void cancelImport();
    // Writes the rejected rows (row, column, reason) as UTF-8 CSV with BOM.
    Status saveRejectedRows(const QString& path) const;

    bool isRunning() const;
    bool hasResult() const { return m_hasResult; }
    bool wasCancelled() const;
    const ImportReport& report() const { return m_report; }
    QString previewEncoding() const { return m_filePreview.encoding; }
    QStringList detectedColumns() const { return m_filePreview.detected(); }

    // For tests.
    QLabel* fileError() const { return m_fileError; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    QComboBox* operationBox() const { return m_operation; }
    QComboBox* sheetBox() const { return m_sheet; }
    // The column choice for a required field whose header was not recognised; null when none.
    QComboBox* mappingBox(const QString& key) const;
    const ColumnMapping& mapping() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    QTableWidget* rejectedTable() const { return m_rejected; }
    QTableWidget* passwordTable() const { return m_passwords; }
    QLabel* resultHeadline() const { return m_headline; }

protected:
    // Escape and the window's close button: during a run they cancel instead of closing.
    void reject() override;

private:
    QString introText();
    QFormLayout* buildFileForm();
    QWidget* buildPreviewPage();
    QWidget* buildResultPage();
    void chooseFile();
    void chooseRejectedFile();
    void clearPreview();
    // Reads the preview with the chosen sheet and mapping; on a new header row, the mapping
    // remembered for it is applied and the column choices rebuilt.
    void readPreview();
    void chooseColumn(const QString& key, const QString& header);
    void showColumns();
    void showPreviewRows();
    void updateImportEnabled();
    void setRunning(bool running);
    void showProgress(int percent);
    void finishImport(const ImportReport& report);
    void showResult();

    SessionContext& m_session;
    const Kind m_kind;
    BackgroundRunner* m_runner = nullptr;

    QString m_file;
    ImportPreview m_filePreview;
    bool m_fileReady = false;

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_operation = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_sheetLabel = nullptr;
    ColumnChoiceBox* m_mappingGroup = nullptr;
    ColumnMapping m_mapping;
    QString m_mappingHeaderKey; // the header row the mapping and its choices are for
    QLabel* m_fileError = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_previewPage = nullptr;
    QWidget* m_resultPage = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QLabel* m_columnsLabel = nullptr;
    QLabel* m_previewCaption = nullptr;
    QTableWidget* m_preview = nullptr;

    QLabel* m_headline = nullptr;
    QWidget* m_countsBox = nullptr;
    QList<QLabel*> m_counts; // rows, imported, updated, unchanged, rejected
    QGroupBox* m_rejectedBox = nullptr;
    QTableWidget* m_rejected = nullptr;
    QLabel* m_rejectedNote = nullptr;
    QPushButton* m_saveRejected = nullptr;
    QLabel* m_saveMessage = nullptr;
    QGroupBox* m_passwordBox = nullptr;
    QTableWidget* m_passwords = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;

    ImportReport m_report;
    bool m_hasResult = false;
};

} // namespace hc
