#pragma once
// The crimes of the chosen operation as the bureau counts them (起): filters by kind, solved or
// not, station and the crime's date; the list's total ("12 crimes, 5 shown"); CSV export; Enter
// or a double-click opens the crime (CrimeDialog), "Open first victim's case" its first
// victim's case file. Officers see their own station's crimes only (core narrows the list).

#include "core/crimes/CrimeTypes.h"
#include "ui/common/ListPage.h"

#include <QPointer>
#include <memory>

class QComboBox;
class QDateEdit;

namespace hc {

class CrimeDialog;

class CrimesPage : public ListPage
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Kind,
        Date,
        Solved,
        Station,
        Victims,
        VictimCases,
        Suspects
    };

    explicit CrimesPage(SessionContext& session, QWidget* parent = nullptr);

    CrimeFilter filter() const;
    void openCrime(qint64 crimeId);

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* solvedFilter() const { return m_solved; }
    QComboBox* stationFilter() const { return m_station; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* openCaseButton() const { return m_openCase; }
    CrimeDialog* dialog() const;

protected:
    void startLoad() override;

private:
    void buildFilters();
    int currentRow() const;
    QString exportName() const;

    RowsModel<CrimeRow>* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_solved = nullptr;
    QComboBox* m_station = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_openCase = nullptr;
    QPointer<CrimeDialog> m_dialog;
    std::shared_ptr<qint64> m_total = std::make_shared<qint64>(0);
};

} // namespace hc
