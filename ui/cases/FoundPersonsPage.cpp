#include "ui/cases/FoundPersonsPage.h"

#include "core/cases/FoundPersonService.h"
#include "core/registry/Vocabulary.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

FoundPersonsPage::FoundPersonsPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    using M = RowsModel<FoundPerson>;
    auto range = [](const FoundPerson& r) {
        if (r.ageMin < 0 && r.ageMax < 0)
            return QString();
        return QStringLiteral("%1–%2").arg(r.ageMin >= 0 ? QString::number(r.ageMin) : QStringLiteral("?"),
                                           r.ageMax >= 0 ? QString::number(r.ageMax) : QStringLiteral("?"));
    };
    m_model = new M(
        {
            {tr("Record no."), M::text([](const FoundPerson& r) { return r.recordNo; })},
            {tr("Found on"), M::text([](const FoundPerson& r) { return r.foundDate.toString(Qt::ISODate); })},
            {tr("Found in"), M::text([](const FoundPerson& r) {
                 return Vocabulary::label(Vocabulary::Kind::FoundCircumstance, r.circumstance);
             })},
            {tr("Sex"), M::text([](const FoundPerson& r) {
                 return r.sex.isEmpty() ? QString() : Vocabulary::sexLabel(r.sex.at(0));
             })},
            {tr("Age"), M::text(range)},
            {tr("Height"), M::text([](const FoundPerson& r) {
                 return r.heightCm ? tr("%1 cm").arg(r.heightCm) : QString();
             })},
            {tr("Place found"), M::text([](const FoundPerson& r) { return r.placeFound; })},
            {tr("Name given"), M::text([](const FoundPerson& r) { return r.nameGiven; })},
            {tr("Status"), M::text([](const FoundPerson& r) {
                 const QString s = Vocabulary::label(Vocabulary::Kind::FoundStatus, r.status);
                 return r.matchedCaseNo.isEmpty() ? s : tr("%1 (%2)").arg(s, r.matchedCaseNo);
             })},
        },
        this);

    m_status = new QComboBox;
    m_status->addItem(tr("Any status"), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::FoundStatus))
        m_status->addItem(Vocabulary::label(Vocabulary::Kind::FoundStatus, code), code);
    m_circumstance = new QComboBox;
    m_circumstance->addItem(tr("Anywhere"), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::FoundCircumstance))
        m_circumstance->addItem(Vocabulary::label(Vocabulary::Kind::FoundCircumstance, code), code);
    m_sex = new QComboBox;
    m_sex->addItem(tr("Either sex"), QString());
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('M')), QStringLiteral("M"));
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('F')), QStringLiteral("F"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Record no., name given, place or marks"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox* box : {m_status, m_circumstance, m_sex})
        connect(box, &QComboBox::currentIndexChanged, this, &FoundPersonsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &FoundPersonsPage::refresh);

    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(label(tr("&Status:"), m_status));
    bar->addWidget(m_status);
    bar->addWidget(label(tr("&Found in:"), m_circumstance));
    bar->addWidget(m_circumstance);
    bar->addWidget(label(tr("Se&x:"), m_sex));
    bar->addWidget(m_sex);
    bar->addWidget(label(tr("S&earch:"), m_search));
    bar->addWidget(m_search, 1);

    m_summary = new QLabel;
    m_loadError = makeErrorLabel();
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, &FoundPersonsPage::openCurrent);
    const bool mayEdit = FoundPersonService(session.db(), session.actor()).mayEdit();
    m_open = new QPushButton(mayEdit ? tr("&Edit…") : tr("&View…"));
    connect(m_open, &QPushButton::clicked, this, &FoundPersonsPage::openCurrent);
    m_new = new QPushButton(tr("&New record…"));
    m_new->setVisible(mayEdit);
    connect(m_new, &QPushButton::clicked, this, &FoundPersonsPage::newRecord);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(&session, &SessionContext::dataChanged, this, &FoundPersonsPage::refresh);
    refresh();
}

void FoundPersonsPage::refresh()
{
    FoundPersonFilter f;
    f.status = m_status->currentData().toString();
    f.circumstance = m_circumstance->currentData().toString();
    f.sex = m_sex->currentData().toString();
    f.text = m_search->text();
    const QModelIndexList sel = m_table->selectionModel()->selectedRows();
    const qint64 keep = sel.isEmpty() ? 0 : m_model->row(sel.first().row()).id;
    const int count =
        showRows(m_model, m_table, m_loadError, FoundPersonService(m_session.db(), m_session.actor()).list(f),
                 keep, [](const FoundPerson& r) { return r.id; });
    m_summary->setText(count <= 0 ? (count == 0 ? tr("No record matches.") : QString())
                                  : tr("Found-person records: %1").arg(count));
}

void FoundPersonsPage::openCurrent()
{
    const QModelIndexList sel = m_table->selectionModel()->selectedRows();
    const QModelIndex current = sel.isEmpty() ? m_table->currentIndex() : sel.first();
    if (current.isValid())
        openRecord(m_model->row(current.row()).id);
}

void FoundPersonsPage::openRecord(qint64 id)
{
    showDialog(new FoundPersonDialog(m_session, id, this));
}

void FoundPersonsPage::newRecord()
{
    showDialog(new FoundPersonDialog(m_session, 0, this));
}

void FoundPersonsPage::showDialog(FoundPersonDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FoundPersonDialog::saved, &m_session, &SessionContext::notifyDataChanged);
    m_dialog = dialog;
    dialog->open();
}

} // namespace hc
