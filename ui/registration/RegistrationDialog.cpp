#include "ui/registration/RegistrationDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/registration/RegistrationService.h"
#include "ui/common/InlineError.h"
#include "ui/common/RowsModel.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

RegistrationDialog::RegistrationDialog(SessionContext& session, qint64 personId, QWidget* parent)
    : QDialog(parent), m_session(session), m_personId(personId)
{
    setWindowTitle(tr("Registration file"));
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline = new QTableWidget(0, 4);
    m_timeline->setHorizontalHeaderLabels({tr("Date"), tr("Stage"), tr("By"), tr("Note")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setMinimumWidth(560);
    m_stepBox = buildStepForm();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_stepBox);
    layout->addWidget(buttons);
    reload();
}

QWidget* RegistrationDialog::withError(QWidget* field, const QString& name)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(field);
    QLabel* error = makeErrorLabel();
    v->addWidget(error);
    m_errors.insert(name, error);
    m_rows.insert(name, box);
    return box;
}

QWidget* RegistrationDialog::buildStepForm()
{
    auto* box = new QWidget;
    m_form = new QFormLayout(box);
    m_stage = new QComboBox;
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_officer = new QComboBox;
    m_checklist = new QWidget;
    auto* checks = new QVBoxLayout(m_checklist);
    checks->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QString>> documents = {
        {QStringLiteral("birth"), tr("Proof of birth")},
        {QStringLiteral("parents"), tr("Parents' registration")},
        {QStringLiteral("dna_needed"), tr("A DNA test is needed")},
        {QStringLiteral("dna"), tr("DNA test result in hand")},
        {QStringLiteral("certificate"), tr("Court or village certificate")}};
    for (const auto& [code, text] : documents) {
        m_documents.insert(code, new QCheckBox(text));
        checks->addWidget(m_documents.value(code));
    }
    m_idNumber = new QLineEdit;
    m_idNumber->setPlaceholderText(tr("18 characters"));
    auto* household = new QWidget;
    auto* h = new QHBoxLayout(household);
    h->setContentsMargins(0, 0, 0, 0);
    m_household = new QComboBox;
    m_newHousehold = new QCheckBox(tr("Create a new household:"));
    m_newHouseholdNo = new QLineEdit;
    m_newHouseholdNo->setPlaceholderText(tr("Household no."));
    m_newHouseholdNo->setEnabled(false);
    h->addWidget(m_household, 1);
    h->addWidget(m_newHousehold);
    h->addWidget(m_newHouseholdNo);
    m_reason = new QComboBox;
    for (const QString& code : RegistrationService::closedReasons())
        m_reason->addItem(RegistrationService::closedReasonLabel(code), code);
    m_note = new QLineEdit;
    m_step = new QPushButton(tr("Take this step"));

    m_form->addRow(tr("Next &stage:"), withError(m_stage, QStringLiteral("stage")));
    m_form->addRow(tr("&Date:"), withError(m_date, QStringLiteral("date")));
    m_form->addRow(tr("&Officer responsible:"), withError(m_officer, QStringLiteral("officer")));
    m_form->addRow(tr("Documents:"), withError(m_checklist, QStringLiteral("checklist")));
    m_form->addRow(tr("&ID number:"), withError(m_idNumber, QStringLiteral("id_number")));
    m_form->addRow(tr("&Household:"), withError(household, QStringLiteral("household")));
    m_form->addRow(tr("&Reason:"), withError(m_reason, QStringLiteral("reason")));
    m_form->addRow(tr("&Note:"), withError(m_note, QStringLiteral("note")));
    m_form->addRow(QString(), m_step);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &RegistrationDialog::showStageFields);
    connect(m_newHousehold, &QCheckBox::toggled, m_newHouseholdNo, &QLineEdit::setEnabled);
    connect(m_newHousehold, &QCheckBox::toggled, m_household,
            [this](bool on) { m_household->setEnabled(!on); });
    connect(m_step, &QPushButton::clicked, this, &RegistrationDialog::takeStep);
    return box;
}

void RegistrationDialog::reload()
{
    RegistrationService service(m_session.db(), m_session.actor());
    const auto file = service.load(m_personId);
    if (!file) {
        m_header->setText(file.error().message);
        m_stepBox->hide();
        return;
    }
    m_file = *file;
    QString text = tr("<b>%1</b>, found at %2 (%3, %4) on %5.<br>Stage: <b>%6</b>")
                       .arg(m_file.name.toHtmlEscaped(), m_file.foundHouseholdNo,
                            oneLine(m_file.foundAddress).toHtmlEscaped(), m_file.station,
                            dateText(m_file.foundOn), RegistrationService::stageLabel(m_file.stage));
    if (!m_file.officer.isEmpty())
        text += tr("; officer responsible: %1").arg(m_file.officer.toHtmlEscaped());
    if (!m_file.idNumber.isEmpty())
        text +=
            tr("<br>Registered in household %1 with ID number %2").arg(m_file.householdNo, m_file.idNumber);
    if (m_file.isClosed())
        text += tr("<br>Closed: %1 %2")
                    .arg(RegistrationService::closedReasonLabel(m_file.closedReason),
                         m_file.closedNote.toHtmlEscaped());
    m_header->setText(text);

    const auto events = service.timeline(m_personId);
    m_timeline->setRowCount(0);
    for (const RegistrationEvent& e : events ? *events : QList<RegistrationEvent>()) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        const QStringList cells = {dateText(e.onDate), RegistrationService::stageLabel(e.stage), e.by,
                                   e.note};
        for (int c = 0; c < cells.size(); ++c)
            m_timeline->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }

    const QStringList next = RegistrationService::nextStages(m_file.stage);
    m_stepBox->setVisible(service.mayAdvance() && !next.isEmpty());
    m_stage->clear();
    for (const QString& code : next)
        m_stage->addItem(RegistrationService::stageLabel(code), code);
    m_date->setMaximumDate(Clock::instance().now().date());
    m_date->setDate(Clock::instance().now().date());
    m_officer->clear();
    if (const auto officers = service.officers(m_personId))
        for (const RegistrationOfficer& o : *officers)
            m_officer->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.badge), o.id);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(m_session.actor().userId)));
    m_household->clear();
    if (const auto households = service.households(m_personId))
        for (const RegistrationHousehold& hh : *households)
            m_household->addItem(QStringLiteral("%1  %2").arg(hh.householdNo, oneLine(hh.address)),
                                 hh.householdNo);
    m_household->setCurrentIndex(qMax(0, m_household->findData(m_file.foundHouseholdNo)));
    showStageFields();
}

void RegistrationDialog::showStageFields()
{
    const QString stage = m_stage->currentData().toString();
    const QMap<QString, QString> fieldOf = {{QStringLiteral("officer"), QStringLiteral("referred")},
                                            {QStringLiteral("checklist"), QStringLiteral("documents")},
                                            {QStringLiteral("id_number"), QStringLiteral("registered")},
                                            {QStringLiteral("household"), QStringLiteral("registered")},
                                            {QStringLiteral("reason"), QStringLiteral("closed")}};
    for (auto it = fieldOf.begin(); it != fieldOf.end(); ++it)
        m_form->setRowVisible(m_rows.value(it.key()), it.value() == stage);
    clearErrors();
}

void RegistrationDialog::clearErrors()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
}

void RegistrationDialog::showError(const QString& field, const QString& message)
{
    QLabel* label = m_errors.value(field, m_errors.value(QStringLiteral("stage")));
    label->setText(message);
    label->show();
    if (QWidget* row = m_rows.value(field))
        row->setFocus();
}

void RegistrationDialog::takeStep()
{
    clearErrors();
    RegistrationStep step;
    step.personId = m_personId;
    step.stage = m_stage->currentData().toString();
    step.date = m_date->date();
    step.officerId = m_officer->currentData().toLongLong();
    step.checklist = {m_documents.value(QStringLiteral("birth"))->isChecked(),
                      m_documents.value(QStringLiteral("parents"))->isChecked(),
                      m_documents.value(QStringLiteral("dna_needed"))->isChecked(),
                      m_documents.value(QStringLiteral("dna"))->isChecked(),
                      m_documents.value(QStringLiteral("certificate"))->isChecked()};
    step.idNumber = m_idNumber->text();
    step.newHousehold = m_newHousehold->isChecked();
    step.householdNo = step.newHousehold ? m_newHouseholdNo->text() : m_household->currentData().toString();
    step.closedReason = m_reason->currentData().toString();
    step.note = m_note->text();
    const Status s = RegistrationService(m_session.db(), m_session.actor()).advance(step);
    if (!s) {
        showError(s.error().field, s.error().message);
        return;
    }
    m_note->clear();
    m_idNumber->clear();
    reload();
    emit stepTaken(step.stage);
}

} // namespace hc
