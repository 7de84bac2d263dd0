#include "ui/crimes/CaseCrimesTab.h"

#include "core/common/DateText.h"
#include "core/crimes/CrimeService.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CrimeDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

CaseCrimesTab::CaseCrimesTab(SessionContext& session, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_session(session), m_caseId(caseId)
{
    const bool mayEdit = CrimeService(session.db(), session.actor()).mayEdit();
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Date"), tr("Criminal case number"), tr("Solved"), tr("Victims"), tr("Suspects")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openCrime(index.siblingAtColumn(0).data(Qt::UserRole).toLongLong());
    });
    m_error = makeErrorLabel();
    m_new = new QPushButton(tr("&New crime from this case…"));
    m_new->setAutoDefault(false);
    m_new->setVisible(mayEdit);
    connect(m_new, &QPushButton::clicked, this, &CaseCrimesTab::newCrime);
    m_open = new QPushButton(mayEdit ? tr("&Edit crime…") : tr("&View crime…"));
    m_open->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        openCrime(m_table->currentIndex().siblingAtColumn(0).data(Qt::UserRole).toLongLong());
    });
    auto* hint = new QLabel(tr("The crimes this person is a victim of. A crime counts once however many "
                               "victims it has."));
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

int CaseCrimesTab::reload()
{
    CrimeFilter f;
    f.caseId = m_caseId;
    const auto rows = CrimeService(m_session.db(), m_session.actor()).list(f);
    m_error->setVisible(!rows);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_table->setRowCount(0);
        return -1;
    }
    m_table->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const CrimeRow& r = rows->at(i);
        const QStringList cells = {Vocabulary::label(Vocabulary::Kind::CrimeKind, r.kind),
                                   r.date.isValid() ? dateText(r.date) : tr("not known"),
                                   r.criminalCaseNo,
                                   r.solved ? tr("Solved") : tr("Unsolved"),
                                   r.victimCases,
                                   QString::number(r.suspects)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(i, 0)->setData(Qt::UserRole, r.id);
    }
    m_table->resizeColumnsToContents();
    m_open->setEnabled(!rows->isEmpty());
    return int(rows->size());
}

CrimeDialog* CaseCrimesTab::dialog() const
{
    return m_dialog;
}

void CaseCrimesTab::newCrime()
{
    showDialog(new CrimeDialog(m_session, 0, m_caseId, this));
}

void CaseCrimesTab::openCrime(qint64 crimeId)
{
    if (crimeId)
        showDialog(new CrimeDialog(m_session, crimeId, m_caseId, this));
}

void CaseCrimesTab::showDialog(CrimeDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CrimeDialog::changed, this, [this] {
        reload();
        m_session.notifyDataChanged();
        emit changed();
    });
    m_dialog = dialog;
    dialog->open();
}

} // namespace hc
