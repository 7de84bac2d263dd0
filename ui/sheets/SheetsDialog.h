#pragma once
// "Print door-to-door sheets": the sheets of one area (every household, or those the operation
// has not covered yet) written as a PDF in the background, with a progress bar and Cancel; the
// file name says what it holds ("door-sheets-<area>-<date>.pdf").

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hc {

class BackgroundRunner;
class SessionContext;

class SheetsDialog : public QDialog
{
    Q_OBJECT
public:
    SheetsDialog(SessionContext& session, qint64 areaId, const QString& areaName, QWidget* parent = nullptr);

    // For tests.
    QCheckBox* pendingBox() const { return m_pending; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* printButton() const { return m_print; }
    QLabel* statusLabel() const { return m_status; }
    bool isPrinting() const;

signals:
    // The PDF was written; `households` pages.
    void printed(const QString& path, int households);

private:
    void browse();
    void print();
    void finish(bool ok, const QString& message);
    void reject() override;

    SessionContext& m_session;
    qint64 m_areaId = 0;
    BackgroundRunner* m_runner = nullptr;
    QCheckBox* m_pending = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace hc
