#include "ui/households/HouseholdDetailDialog.h"

#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "core/registry/Vocabulary.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/common/SessionContext.h"
#include "ui/households/HouseholdTableModel.h"

#include "ui/common/InlineError.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem* number(int n)
{
    auto* i = new QTableWidgetItem(QString::number(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString shortDateTime(const QString& iso)
{
    return storedTimeText(iso);
}
} // namespace

HouseholdDetailDialog::HouseholdDetailDialog(SessionContext& session, qint64 householdId, QWidget* parent)
    : QDialog(parent), m_session(session), m_householdId(householdId)
{
    setWindowTitle(tr("Household"));

    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address = new QLabel;
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_area = new QLabel;
    m_station = new QLabel;
    m_coverage = new QLabel;
    auto* header = new QFormLayout;
    header->addRow(tr("Address:"), m_address);
    header->addRow(tr("Area:"), m_area);
    header->addRow(tr("Station:"), m_station);
    header->addRow(tr("Coverage:"), m_coverage);

    m_membersTitle = new QLabel;
    m_members = makeTable({tr("Name"), tr("ID number"), tr("Sex"), tr("Birth date"), tr("Relation"),
                           tr("Phone"), tr("Registered"), tr("Latest status")});
    m_visitsTitle = new QLabel;
    m_visits = makeTable({tr("Time"), tr("Officer"), tr("Outcome"), tr("Screenings"), tr("Corrections")});

    m_error = makeErrorLabel();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Corrections happen in the visit entry screen; core decides who may (author that day,
    // supervisors any time) and the screen says so when refused.
    auto* correct = buttons->addButton(tr("&Correct selected visit…"), QDialogButtonBox::ActionRole);
    correct->setEnabled(false);
    connect(m_visits, &QTableWidget::itemSelectionChanged, correct,
            [this, correct] { correct->setEnabled(m_visits->currentRow() >= 0); });
    connect(correct, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem* first = m_visits->item(m_visits->currentRow(), 0)) {
            emit correctVisitRequested(first->data(Qt::UserRole).toLongLong());
            accept();
        }
    });
    // A member's photos and papers (issue 14): what the family brings to the door.
    auto* photos = buttons->addButton(tr("&Photos of selected person…"), QDialogButtonBox::ActionRole);
    photos->setEnabled(false);
    connect(m_members, &QTableWidget::itemSelectionChanged, photos,
            [this, photos] { photos->setEnabled(m_members->currentRow() >= 0); });
    connect(photos, &QPushButton::clicked, this, &HouseholdDetailDialog::showMemberPhotos);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addWidget(m_membersTitle);
    layout->addWidget(m_members, 3);
    layout->addSpacing(6);
    layout->addWidget(m_visitsTitle);
    layout->addWidget(m_visits, 2);
    layout->addWidget(buttons);

    load();
    resize(900, 560);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

void HouseholdDetailDialog::load()
{
    const auto d =
        HouseholdService(m_session.db(), m_session.actor()).detail(m_householdId, m_session.operationId());
    if (!d) {
        m_title->setText(tr("Household"));
        m_error->setText(d.error().message);
        m_error->show();
        return;
    }
    showHeader(*d);
    fillMembers(*d);
    fillVisits(*d);
}

void HouseholdDetailDialog::showHeader(const HouseholdDetail& d)
{
    setWindowTitle(tr("Household %1").arg(d.household.householdNo));
    m_title->setText(tr("Household %1").arg(d.household.householdNo));
    m_address->setText(d.household.address);
    m_area->setText(d.household.area);
    m_station->setText(d.station);
    m_coverage->setText(HouseholdTableModel::coverageLabel(d.household.coverage));
}

void HouseholdDetailDialog::fillMembers(const HouseholdDetail& d)
{
    m_membersTitle->setText(tr("<b>Members</b> (%1)").arg(d.members.size()));
    m_members->setRowCount(int(d.members.size()));
    for (int r = 0; r < d.members.size(); ++r) {
        const MemberRow& m = d.members.at(r);
        const QString sex = m.sex.size() == 1 ? Vocabulary::sexLabel(m.sex.at(0)) : m.sex;
        const QString status = m.latestStatus.isEmpty()
                                   ? tr("Not screened")
                                   : Vocabulary::label(Vocabulary::Kind::Status, m.latestStatus);
        m_members->setItem(r, 0, item(m.name));
        m_members->item(r, 0)->setData(Qt::UserRole, m.id);
        m_members->setItem(r, 1, item(m.idNumber));
        m_members->setItem(r, 2, item(sex));
        m_members->setItem(r, 3, item(m.birthDate));
        m_members->setItem(r, 4, item(Vocabulary::relationLabel(m.relation)));
        m_members->setItem(r, 5, item(m.phone));
        m_members->setItem(r, 6, item(m.registered ? tr("Yes") : tr("No")));
        m_members->setItem(r, 7, item(status));
    }
    m_members->resizeColumnsToContents();
}

void HouseholdDetailDialog::fillVisits(const HouseholdDetail& d)
{
    m_visitsTitle->setText(d.visits.isEmpty() ? tr("<b>Visits</b>: none in this operation yet")
                                              : tr("<b>Visits</b> (%1), newest first").arg(d.visits.size()));
    m_visits->setRowCount(int(d.visits.size()));
    for (int r = 0; r < d.visits.size(); ++r) {
        const VisitHistoryRow& v = d.visits.at(r);
        m_visits->setItem(r, 0, item(shortDateTime(v.visitedAt)));
        m_visits->item(r, 0)->setData(Qt::UserRole, v.visitId);
        m_visits->setItem(r, 1, item(v.officer));
        m_visits->setItem(r, 2, item(Vocabulary::label(Vocabulary::Kind::Outcome, v.outcome)));
        m_visits->setItem(r, 3, number(v.screenings));
        m_visits->setItem(
            r, 4, item(v.corrections > 0 ? tr("Corrected %n time(s)", nullptr, v.corrections) : QString()));
    }
    m_visits->resizeColumnsToContents();
}

QDialog* HouseholdDetailDialog::showMemberPhotos()
{
    QTableWidgetItem* first = m_members->item(m_members->currentRow(), 0);
    if (!first)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Photos and documents: %1").arg(first->text()));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new AttachmentsPanel(m_session, AttachmentOwner::person(first->data(Qt::UserRole).toLongLong())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
    return dialog;
}

} // namespace hc
