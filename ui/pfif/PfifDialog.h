#pragma once
// File > Export PFIF… and Import PFIF…: one dialog for either direction of PFIF 1.4 interchange
// (core/pfif). Export: which cases (all, open and investigating, none) and whether the
// found-person records go, then the file. Import: the file and the station that takes new
// records; the import runs on the dialog's BackgroundRunner with progress and Cancel (nothing is
// saved when cancelled), then the report: counts and each rejected record with its number and
// reason. Closing the dialog mid-run cancels the job and waits for it.

#include "core/pfif/PfifService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hc {

class BackgroundRunner;
class SessionContext;

class PfifDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Export,
        Import
    };
    PfifDialog(SessionContext& session, Mode mode, QWidget* parent = nullptr);

    // The file to read or write (the Choose button asks for it with a file dialog).
    void setFile(const QString& path);
    // What the Export/Import and Cancel buttons do.
    void start();
    void cancel();
    bool isRunning() const;
    bool hasResult() const { return m_hasResult; }
    const PfifImportReport& importReport() const { return m_report; }

    // For tests.
    QPushButton* runButton() const { return m_run; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* casesBox() const { return m_cases; }
    QCheckBox* foundBox() const { return m_found; }
    QPlainTextEdit* reportView() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    void reject() override;

private:
    void buildForm();
    void chooseFile();
    void startExport();
    void startImport();
    void finishImport(const PfifImportReport& report);
    void setRunning(bool running);

    SessionContext& m_session;
    Mode m_mode;
    BackgroundRunner* m_runner;
    QString m_file;
    QLabel* m_fileLabel = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_cases = nullptr;
    QCheckBox* m_found = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_view = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    PfifImportReport m_report;
    bool m_hasResult = false;
};

} // namespace hc
