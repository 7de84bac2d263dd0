#include "ui/crimes/CrimeDialog.h"

#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/crimes/CrimeService.h"
#include "core/links/LinkVocabulary.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/InlineError.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CaseChooser.h"
#include "ui/links/EntityPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
// The date edit's lowest date stands for "not known".
const QDate kUnknownDate(2000, 1, 1);

QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QPushButton* button(const QString& text)
{
    auto* b = new QPushButton(text);
    b->setAutoDefault(false);
    return b;
}
} // namespace

CrimeDialog::CrimeDialog(SessionContext& session, qint64 crimeId, qint64 fromCaseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_crimeId(crimeId), m_fromCaseId(fromCaseId)
{
    m_mayEdit = CrimeService(session.db(), session.actor()).mayEdit();
    setWindowTitle(crimeId ? tr("Crime") : tr("New crime"));
    m_readOnly =
        new QLabel(tr("Read only: %1").arg(Roles::deniedMessage(session.actor(), tr("edit crimes"))));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(!m_mayEdit);
    m_error = makeErrorLabel();
    m_errors.setFallback(m_error);
    m_status = new QLabel;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnly);
    layout->addWidget(buildFields());
    layout->addWidget(buildVictims(), 1);
    layout->addWidget(buildSuspects(), 1);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(720, 640);
    if (m_mayEdit)
        loadCaseChoices();
    if (m_crimeId)
        reload();
    else
        showCrime();
}

QWidget* CrimeDialog::buildFields()
{
    m_kind = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::CrimeKind))
        m_kind->addItem(Vocabulary::label(Vocabulary::Kind::CrimeKind, code), code);
    m_kind->setPlaceholderText(tr("Choose the kind of crime"));
    m_kind->setCurrentIndex(-1);
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(kUnknownDate);
    m_date->setSpecialValueText(tr("Not known"));
    m_date->setDate(Clock::instance().now().date());
    m_number = new QLineEdit;
    m_number->setPlaceholderText(tr("e.g. XZ2026-0001"));
    m_solved = new QCheckBox(tr("So&lved (cracked)"));
    m_note = new QLineEdit;
    m_save = button(tr("&Save crime"));
    m_save->setVisible(m_mayEdit);
    connect(m_save, &QPushButton::clicked, this, &CrimeDialog::save);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind: *"), m_errors.wrap(QStringLiteral("kind"), m_kind));
    form->addRow(tr("&Date:"), m_errors.wrap(QStringLiteral("date"), m_date));
    form->addRow(tr("Criminal &case number:"), m_errors.wrap(QStringLiteral("criminal_case_no"), m_number));
    form->addRow(QString(), m_solved);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_save);
    m_errors.require(QStringLiteral("kind"), tr("Choose the kind of crime."));
    auto* box = new QWidget;
    box->setLayout(form);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_date, m_number, m_solved, m_note})
        w->setEnabled(m_mayEdit);
    return box;
}

QGroupBox* CrimeDialog::buildVictims()
{
    m_victimBox = new QGroupBox(tr("Victims (missing-person cases)"));
    m_victims = makeTable({tr("Case number"), tr("Person"), tr("Case status")});
    openRecordsOnActivate(m_victims, m_session, [](const QModelIndex& index) -> std::optional<RecordRef> {
        const qint64 id = rowId(index);
        return id ? std::optional<RecordRef>(RecordRef{RecordKind::Case, id}) : std::nullopt;
    });
    m_victimChooser = new CaseChooser;
    m_addVictim = button(tr("Add &victim"));
    m_removeVictim = button(tr("&Remove victim"));
    connect(m_addVictim, &QPushButton::clicked, this, &CrimeDialog::addVictim);
    connect(m_removeVictim, &QPushButton::clicked, this, &CrimeDialog::removeVictim);
    auto* add = new QHBoxLayout;
    add->addWidget(m_errors.wrap(QStringLiteral("victim"), m_victimChooser), 1);
    add->addWidget(m_addVictim);
    add->addWidget(m_removeVictim);
    auto* editing = new QWidget;
    editing->setLayout(add);
    editing->setVisible(m_mayEdit);
    auto* layout = new QVBoxLayout(m_victimBox);
    layout->addWidget(m_victims, 1);
    layout->addWidget(editing);
    return m_victimBox;
}

QGroupBox* CrimeDialog::buildSuspects()
{
    m_suspectBox = new QGroupBox(tr("Suspects (people, phones, addresses ...)"));
    m_suspects = makeTable({tr("Kind"), tr("Suspect"), tr("Note")});
    m_suspectPicker = new EntityPicker(m_session);
    m_suspectNote = new QLineEdit;
    m_suspectNote->setPlaceholderText(tr("Note, e.g. the gang's leader"));
    m_addSuspect = button(tr("Add s&uspect"));
    m_removeSuspect = button(tr("Remove suspec&t"));
    connect(m_addSuspect, &QPushButton::clicked, this, &CrimeDialog::addSuspect);
    connect(m_removeSuspect, &QPushButton::clicked, this, &CrimeDialog::removeSuspect);
    connect(m_suspectPicker, &EntityPicker::entityChosen, this, &CrimeDialog::addSuspect);
    auto* add = new QGridLayout;
    add->addWidget(m_errors.wrap(QStringLiteral("suspect"), m_suspectPicker), 0, 0, 1, 3);
    add->addWidget(m_suspectNote, 1, 0);
    add->addWidget(m_addSuspect, 1, 1);
    add->addWidget(m_removeSuspect, 1, 2);
    add->setColumnStretch(0, 1);
    auto* editing = new QWidget;
    editing->setLayout(add);
    editing->setVisible(m_mayEdit);
    auto* layout = new QVBoxLayout(m_suspectBox);
    layout->addWidget(m_suspects, 1);
    layout->addWidget(editing);
    return m_suspectBox;
}

void CrimeDialog::loadCaseChoices()
{
    const auto cases = CaseService(m_session.db(), m_session.actor()).list({});
    m_victimChooser->setCases(cases ? *cases : QList<CaseRow>());
}

bool CrimeDialog::reload()
{
    const auto crime = CrimeService(m_session.db(), m_session.actor()).load(m_crimeId);
    if (!crime) {
        m_errors.show(crime.error());
        return false;
    }
    m_crime = *crime;
    showCrime();
    return true;
}

void CrimeDialog::showCrime()
{
    const bool saved = m_crimeId != 0;
    m_victimBox->setEnabled(saved);
    m_suspectBox->setEnabled(saved);
    if (!saved) {
        m_status->setText(tr("Save the crime, then add its other victims and its suspects."));
        return;
    }
    const CrimeDraft& f = m_crime.fields;
    setWindowTitle(tr("Crime %1 – %2")
                       .arg(f.criminalCaseNo.isEmpty() ? QString::number(m_crimeId) : f.criminalCaseNo,
                            Vocabulary::label(Vocabulary::Kind::CrimeKind, f.kind)));
    m_kind->setCurrentIndex(m_kind->findData(f.kind));
    m_date->setDate(f.date.isValid() ? f.date : kUnknownDate);
    m_number->setText(f.criminalCaseNo);
    m_solved->setChecked(f.solved);
    m_note->setText(f.note);
    m_victims->setRowCount(int(m_crime.victims.size()));
    for (int i = 0; i < m_crime.victims.size(); ++i) {
        const CrimeVictim& v = m_crime.victims.at(i);
        setRow(m_victims, i,
               {v.caseNo, v.subject, Vocabulary::label(Vocabulary::Kind::CaseStatus, v.status)});
        m_victims->item(i, 0)->setData(Qt::UserRole, v.caseId);
    }
    m_victims->resizeColumnsToContents();
    m_suspects->setRowCount(int(m_crime.suspects.size()));
    for (int i = 0; i < m_crime.suspects.size(); ++i) {
        const CrimeSuspect& s = m_crime.suspects.at(i);
        setRow(m_suspects, i, {LinkVocabulary::entityLabel(s.entity.kind), s.label, s.note});
        m_suspects->item(i, 0)->setData(Qt::UserRole, s.entity.text());
    }
    m_suspects->resizeColumnsToContents();
    m_removeVictim->setEnabled(m_crime.victims.size() > 1);
    m_removeSuspect->setEnabled(!m_crime.suspects.isEmpty());
}

CrimeDraft CrimeDialog::draft() const
{
    CrimeDraft d;
    d.kind = m_kind->currentData().toString();
    d.date = m_date->date() == kUnknownDate ? QDate() : m_date->date();
    d.criminalCaseNo = m_number->text();
    d.solved = m_solved->isChecked();
    d.note = m_note->text();
    return d;
}

void CrimeDialog::done(const QString& message)
{
    m_errors.clear();
    reload();
    m_status->setText(message);
    emit changed(m_crimeId);
}

void CrimeDialog::save()
{
    m_status->clear();
    if (const QList<Error> missing = m_errors.missing(); !missing.isEmpty()) {
        m_errors.show(missing);
        return;
    }
    CrimeService crimes(m_session.db(), m_session.actor());
    if (!m_crimeId) {
        const auto id = crimes.create(m_fromCaseId, draft());
        if (!id) {
            m_errors.show(id.error());
            return;
        }
        m_crimeId = *id;
        done(tr("Crime recorded."));
        return;
    }
    if (const Status s = crimes.update(m_crimeId, draft()); !s) {
        m_errors.show(s.error());
        return;
    }
    done(tr("Crime saved."));
}

void CrimeDialog::addVictim()
{
    m_status->clear();
    const qint64 caseId = m_victimChooser->caseId();
    if (!caseId) {
        m_errors.show(invalid(QStringLiteral("victim"), tr("Choose the victim's case from the list.")));
        return;
    }
    if (const Status s = CrimeService(m_session.db(), m_session.actor()).addVictim(m_crimeId, caseId); !s) {
        m_errors.show(s.error());
        return;
    }
    m_victimChooser->setCaseId(0);
    done(tr("Victim added."));
}

void CrimeDialog::removeVictim()
{
    m_status->clear();
    const qint64 caseId = rowId(m_victims->currentIndex());
    if (!caseId) {
        m_errors.show(invalid(QStringLiteral("victim"), tr("Select the victim to remove.")));
        return;
    }
    if (const Status s = CrimeService(m_session.db(), m_session.actor()).removeVictim(m_crimeId, caseId);
        !s) {
        m_errors.show(s.error());
        return;
    }
    done(tr("Victim removed."));
}

void CrimeDialog::addSuspect()
{
    m_status->clear();
    const auto entity = m_suspectPicker->entity(QStringLiteral("suspect"));
    if (!entity) {
        m_errors.show(entity.error());
        return;
    }
    const Status s =
        CrimeService(m_session.db(), m_session.actor()).addSuspect(m_crimeId, *entity, m_suspectNote->text());
    if (!s) {
        m_errors.show(s.error());
        return;
    }
    m_suspectPicker->clear();
    m_suspectNote->clear();
    done(tr("Suspect added."));
}

void CrimeDialog::removeSuspect()
{
    m_status->clear();
    const QModelIndex current = m_suspects->currentIndex();
    const auto entity = EntityRef::parse(current.siblingAtColumn(0).data(Qt::UserRole).toString());
    if (!current.isValid() || !entity) {
        m_errors.show(invalid(QStringLiteral("suspect"), tr("Select the suspect to remove.")));
        return;
    }
    if (const Status s = CrimeService(m_session.db(), m_session.actor()).removeSuspect(m_crimeId, *entity);
        !s) {
        m_errors.show(s.error());
        return;
    }
    done(tr("Suspect removed."));
}

} // namespace hc
