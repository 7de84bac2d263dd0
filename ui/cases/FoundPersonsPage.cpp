#include "ui/cases/FoundPersonsPage.h"

#include "core/cases/FoundPersonService.h"
#include "core/common/DateText.h"
#include "core/registry/Vocabulary.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace hc {

FoundPersonsPage::FoundPersonsPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Buttons, parent)
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
            {tr("Found on"), M::text([](const FoundPerson& r) { return dateText(r.foundDate); })},
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

    addFilter(filterBar(), tr("&Status:"), m_status);
    addFilter(filterBar(), tr("&Found in:"), m_circumstance);
    addFilter(filterBar(), tr("Se&x:"), m_sex);
    addFilter(filterBar(), tr("S&earch:"), m_search, 1);

    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });
    connect(this, &ListPage::rowActivated, this, &FoundPersonsPage::openCurrent);
    const bool mayEdit = FoundPersonService(session.db(), session.actor()).mayEdit();
    m_open = new QPushButton(mayEdit ? tr("&Edit…") : tr("&View…"));
    connect(m_open, &QPushButton::clicked, this, &FoundPersonsPage::openCurrent);
    m_new = new QPushButton(tr("&New record…"));
    m_new->setVisible(mayEdit);
    connect(m_new, &QPushButton::clicked, this, &FoundPersonsPage::newRecord);
    buttonRow()->addWidget(m_open);
    buttonRow()->addWidget(m_new);

    connect(&session, &SessionContext::dataChanged, this, &FoundPersonsPage::refresh);
}

void FoundPersonsPage::startLoad()
{
    FoundPersonFilter f;
    f.status = m_status->currentData().toString();
    f.circumstance = m_circumstance->currentData().toString();
    f.sex = m_sex->currentData().toString();
    f.text = m_search->text();
    loadRows(
        m_model,
        [actor = session().actor(), f](Database& db) { return FoundPersonService(db, actor).list(f); },
        [this](int count) {
            summaryLabel()->setText(count <= 0 ? (count == 0 ? tr("No record matches.") : QString())
                                               : tr("Found-person records: %1").arg(count));
        });
}

void FoundPersonsPage::openCurrent()
{
    const QModelIndexList sel = table()->selectionModel()->selectedRows();
    const QModelIndex current = sel.isEmpty() ? table()->currentIndex() : sel.first();
    if (current.isValid())
        openRecord(m_model->row(current.row()).id);
}

void FoundPersonsPage::openRecord(qint64 id)
{
    showDialog(new FoundPersonDialog(session(), id, this));
}

void FoundPersonsPage::newRecord()
{
    showDialog(new FoundPersonDialog(session(), 0, this));
}

void FoundPersonsPage::showDialog(FoundPersonDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FoundPersonDialog::saved, &session(), &SessionContext::notifyDataChanged);
    m_dialog = dialog;
    dialog->open();
}

} // namespace hc
