#include "ui/cases/FoundPersonDialog.h"

#include "ui/matching/MatchCandidatesDialog.h"

#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "core/registry/Vocabulary.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/cases/MarksEditor.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

namespace {
QSpinBox* ageBox()
{
    auto* box = new QSpinBox;
    box->setRange(-1, 120);
    box->setSpecialValueText(FoundPersonDialog::tr("Not known"));
    box->setValue(-1);
    return box;
}
} // namespace

void FoundPersonDialog::createFields()
{
    m_number = new QLabel(tr("(numbered when saved)"));
    m_circumstance = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::FoundCircumstance))
        m_circumstance->addItem(Vocabulary::label(Vocabulary::Kind::FoundCircumstance, code), code);
    m_sex = new QComboBox;
    m_sex->addItem(tr("Not known"), QString());
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('M')), QStringLiteral("M"));
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('F')), QStringLiteral("F"));
    m_ageMin = ageBox();
    m_ageMax = ageBox();
    m_height = new QSpinBox;
    m_height->setRange(0, 259);
    m_height->setSuffix(tr(" cm"));
    m_height->setSpecialValueText(tr("Not known"));
    m_nameGiven = new QLineEdit;
    m_nameGiven->setPlaceholderText(tr("A name the person gave, if any"));
    m_marks = new QLineEdit;
    m_marks->setPlaceholderText(tr("Clothing, belongings, other features"));
    m_marksEditor = new MarksEditor;
    m_place = new QLineEdit;
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(Clock::instance().now().date());
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_station = new QComboBox;
    m_station->addItem(tr("No station"), qint64(0));
    for (const StationRow& s : HouseholdService(m_session.db(), m_session.actor()).stations())
        m_station->addItem(s.name, s.id);
    m_station->setCurrentIndex(std::max(0, m_station->findData(m_session.defaultStationId())));
    m_status = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::FoundStatus))
        m_status->addItem(Vocabulary::label(Vocabulary::Kind::FoundStatus, code), code);
    m_case = new QLineEdit;
    m_case->setPlaceholderText(tr("Case number, once identified"));
}

QFormLayout* FoundPersonDialog::buildForm()
{
    auto* ages = new QWidget;
    auto* agesLayout = new QHBoxLayout(ages);
    agesLayout->setContentsMargins(0, 0, 0, 0);
    agesLayout->addWidget(m_errors.wrap(QStringLiteral("age_min"), m_ageMin));
    agesLayout->addWidget(new QLabel(tr("to")));
    agesLayout->addWidget(m_errors.wrap(QStringLiteral("age_max"), m_ageMax));
    auto* form = new QFormLayout;
    form->addRow(tr("Record:"), m_number);
    form->addRow(tr("&Found in:"), m_errors.wrap(QStringLiteral("circumstance"), m_circumstance));
    form->addRow(tr("&Date found:"), m_errors.wrap(QStringLiteral("found_date"), m_date));
    form->addRow(tr("&Place found:"), m_errors.wrap(QStringLiteral("place_found"), m_place));
    form->addRow(tr("Se&x:"), m_errors.wrap(QStringLiteral("sex"), m_sex));
    form->addRow(tr("Estimated &age:"), ages);
    form->addRow(tr("&Height:"), m_errors.wrap(QStringLiteral("height_cm"), m_height));
    form->addRow(tr("&Name given:"), m_errors.wrap(QStringLiteral("name_given"), m_nameGiven));
    form->addRow(tr("Identifying &marks:"), m_marksEditor);
    form->addRow(tr("Other &features:"), m_errors.wrap(QStringLiteral("marks"), m_marks));
    form->addRow(tr("N&otes:"), m_errors.wrap(QStringLiteral("notes"), m_notes));
    form->addRow(tr("S&tation:"), m_errors.wrap(QStringLiteral("station"), m_station));
    form->addRow(tr("&Status:"), m_errors.wrap(QStringLiteral("status"), m_status));
    form->addRow(tr("&Identified as case:"), m_errors.wrap(QStringLiteral("matched_case"), m_case));
    return form;
}

FoundPersonDialog::FoundPersonDialog(SessionContext& session, qint64 id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id)
{
    m_mayEdit = FoundPersonService(session.db(), session.actor()).mayEdit();
    setWindowTitle(id ? tr("Found person") : tr("New found-person record"));
    createFields();
    QFormLayout* form = buildForm();
    m_error = makeErrorLabel();
    m_errors.setFallback(m_error);

    auto* buttons = new QDialogButtonBox(m_mayEdit ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setVisible(m_mayEdit);
    connect(buttons, &QDialogButtonBox::accepted, this, &FoundPersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Missing vs found: rank the open cases against this record.
    if (id && session.actor().can(Right::EditCases)) {
        auto* match = buttons->addButton(tr("&Match with open cases…"), QDialogButtonBox::ActionRole);
        match->setAutoDefault(false);
        connect(match, &QPushButton::clicked, this, [this] {
            // A candidate opens through the session (ui/common/RecordRows).
            MatchCandidatesDialog::showForFoundPerson(m_session, m_id, this);
        });
    }
    auto* layout = new QVBoxLayout(this);
    if (!m_mayEdit) {
        auto* note =
            new QLabel(tr("Read only: %1").arg(Roles::deniedMessage(session.actor(), tr("edit records"))));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    if (id) {
        // Photos and documents of the record (issue 14): a shelter's photo, a hospital's papers.
        auto* box = new QGroupBox(tr("Photos and documents"));
        auto* boxLayout = new QVBoxLayout(box);
        m_attachments = new AttachmentsPanel(session, AttachmentOwner::foundPerson(id));
        boxLayout->addWidget(m_attachments);
        layout->addWidget(box, 1);
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (id) {
        const auto r = FoundPersonService(session.db(), session.actor()).load(id);
        if (r)
            setRecord(*r);
        else
            m_errors.show(r.error());
        if (const auto marks = FoundPersonService(session.db(), session.actor()).marks(id); marks)
            m_marksEditor->setMarks(*marks);
    }
    m_marksEditor->setReadOnly(!m_mayEdit);
    if (!m_mayEdit) {
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_circumstance, m_sex, m_ageMin, m_ageMax, m_height, m_nameGiven,
                                             m_marks, m_place, m_date, m_notes, m_station, m_status, m_case})
            w->setEnabled(false);
    }
}

void FoundPersonDialog::setRecord(const FoundPerson& r)
{
    m_number->setText(r.recordNo);
    m_circumstance->setCurrentIndex(std::max(0, m_circumstance->findData(r.circumstance)));
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(r.sex)));
    m_ageMin->setValue(r.ageMin);
    m_ageMax->setValue(r.ageMax);
    m_height->setValue(r.heightCm);
    m_nameGiven->setText(r.nameGiven);
    m_marks->setText(r.marks);
    m_place->setText(r.placeFound);
    m_date->setDate(r.foundDate);
    m_notes->setPlainText(r.notes);
    m_station->setCurrentIndex(std::max(0, m_station->findData(r.stationId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(r.status)));
    m_case->setText(r.matchedCaseNo);
    setWindowTitle(tr("Found person %1").arg(r.recordNo));
}

FoundPerson FoundPersonDialog::record() const
{
    FoundPerson r;
    r.circumstance = m_circumstance->currentData().toString();
    r.sex = m_sex->currentData().toString();
    r.ageMin = m_ageMin->value();
    r.ageMax = m_ageMax->value();
    r.heightCm = m_height->value();
    r.nameGiven = m_nameGiven->text();
    r.marks = m_marks->text();
    r.placeFound = m_place->text();
    r.foundDate = m_date->date();
    r.notes = m_notes->toPlainText();
    r.stationId = m_station->currentData().toLongLong();
    r.status = m_status->currentData().toString();
    return r;
}

bool FoundPersonDialog::save()
{
    FoundPerson r = record();
    if (!m_case->text().trimmed().isEmpty()) {
        const auto caseId = CaseService(m_session.db(), m_session.actor()).findByNumber(m_case->text());
        if (!caseId) {
            m_errors.show(invalid(QStringLiteral("matched_case"), caseId.error().message));
            return false;
        }
        r.matchedCaseId = *caseId;
    }
    FoundPersonService service(m_session.db(), m_session.actor());
    // The marks are checked before the record is written, so a bad one leaves nothing half saved.
    const QList<IdentifyingMark> marks = m_marksEditor->marks();
    if (Status s = MarkVocabulary::validate(marks); !s) {
        m_errors.show(s.error());
        return false;
    }
    if (m_id) {
        const Status s = service.update(m_id, r);
        if (!s) {
            m_errors.show(s.error());
            return false;
        }
    } else {
        const auto created = service.create(r);
        if (!created) {
            m_errors.show(created.error());
            return false;
        }
        m_id = created->id;
    }
    if (Status s = service.setMarks(m_id, marks); !s) {
        m_errors.show(s.error());
        return false;
    }
    m_errors.clear();
    emit saved(m_id);
    accept();
    return true;
}

} // namespace hc
