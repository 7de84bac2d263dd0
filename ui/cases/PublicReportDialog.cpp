#include "ui/cases/PublicReportDialog.h"

#include "core/cases/CaseRisk.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/registry/DomainCodes.h"
#include "core/visits/VisitService.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hc {

PublicReportDialog::PublicReportDialog(SessionContext& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New case from a public report"));
    m_form = new CaseDetailsForm(session.db(), session.actor());
    CaseFields defaults;
    defaults.risk = QStringLiteral("medium");
    defaults.stationId = session.defaultStationId();
    m_form->setFields(defaults);

    // Fields only a report has: the age as the caller gives it, a registered person's ID number.
    m_age = new QSpinBox;
    m_age->setRange(-1, 130);
    m_age->setSpecialValueText(tr("Not known"));
    m_age->setValue(-1);
    m_age->setToolTip(tr("When the caller knows the age but not the birth year."));
    m_idNumber = new QLineEdit;
    m_idNumber->setPlaceholderText(tr("Only if the person is in the registry"));
    FieldErrors& errors = m_form->errors();
    m_form->formLayout()->insertRow(3, tr("Or a&ge:"), errors.wrap(QStringLiteral("age"), m_age));
    m_form->formLayout()->insertRow(1, tr("Registered &ID number:"),
                                    errors.wrap(QStringLiteral("subject_person"), m_idNumber));
    errors.alias(QStringLiteral("id_number"), QStringLiteral("subject_person"));
    // On the phone the caller comes first: who is calling, on what number, and what they say.
    QFormLayout* rows = m_form->formLayout();
    int at = 0;
    for (QWidget* field : std::initializer_list<QWidget*>{m_form->reporterName(), m_form->reporterPhone(),
                                                          m_form->reportText()}) {
        int row = -1;
        QFormLayout::ItemRole role;
        rows->getWidgetPosition(field->parentWidget(), &row, &role);
        if (row < 0)
            continue;
        const QFormLayout::TakeRowResult taken = rows->takeRow(row);
        rows->insertRow(at++, taken.labelItem->widget(), taken.fieldItem->widget());
        delete taken.labelItem;
        delete taken.fieldItem;
    }
    m_error = makeErrorLabel();
    errors.setFallback(m_error);
    // What a report needs is marked, and all of it that is missing shows at once on submit.
    m_form->markRequired(QStringLiteral("reporter_name"), tr("Enter the caller's name."));
    m_form->markRequired(QStringLiteral("reporter_phone"), tr("Enter the caller's phone number."));
    m_form->markRequired(QStringLiteral("last_seen_place"), tr("Enter where the person was last seen."));
    m_form->markRequired(QStringLiteral("report_text"), tr("Write down what the caller reported."));
    if (QLabel* name = m_form->labelOf(QStringLiteral("subject_name")))
        name->setToolTip(tr("Required, unless the registered ID number is given."));

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_open = buttons->addButton(tr("&Open case"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublicReportDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Write down what the caller says. The caller's name and phone number, the "
                                "missing person's name, where they were last seen and what was reported "
                                "are needed."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    m_requiredNote = new QLabel(tr("* required"));
    layout->addWidget(m_requiredNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 720);
    buildRiskRule();
    m_form->reporterName()->setFocus();
}

void PublicReportDialog::buildRiskRule()
{
    m_riskRule = new QLabel;
    m_riskRule->setWordWrap(true);
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->formLayout()->getWidgetPosition(m_form->risk()->parentWidget(), &row, &role);
    m_form->formLayout()->insertRow(row + 1, QString(), m_riskRule);
    connect(m_form->risk(), &QComboBox::activated, this, [this] {
        m_riskByHand = m_form->risk()->currentData().toString();
        updateRiskRule();
    });
    connect(m_age, &QSpinBox::valueChanged, this, &PublicReportDialog::updateRiskRule);
    connect(m_form->birthYear(), &QSpinBox::valueChanged, this, &PublicReportDialog::updateRiskRule);
    connect(m_form->lastSeenDate(), &QDateEdit::dateChanged, this, &PublicReportDialog::updateRiskRule);
    for (QCheckBox* fact : {m_form->mentalIllness(), m_form->suspectedCrime()})
        connect(fact, &QCheckBox::toggled, this, &PublicReportDialog::updateRiskRule);
    updateRiskRule();
}

void PublicReportDialog::updateRiskRule()
{
    const CaseFields f = m_form->fields();
    const QDate today = Clock::instance().now().date();
    const int age = m_age->value();
    const int birthYear = f.subjectBirthYear ? f.subjectBirthYear : (age >= 0 ? today.year() - age : 0);
    RiskFacts facts = CaseRisk::factsOf(f, today);
    facts.birthYear = birthYear;
    const RiskAssessment rule = CaseRisk::assess(facts);
    const bool high = enumOf<RiskLevel>(rule.level) == RiskLevel::High;
    QComboBox* risk = m_form->risk();
    if (auto* levels = qobject_cast<QStandardItemModel*>(risk->model()))
        for (int i = 0; i < levels->rowCount(); ++i)
            levels->item(i)->setEnabled(!high ||
                                        enumOf<RiskLevel>(risk->itemData(i).toString()) == RiskLevel::High);
    const QString level = high ? rule.level : m_riskByHand;
    risk->setCurrentIndex(std::max(0, risk->findData(level)));
    m_riskRule->setText(high ? tr("High by the rule: %1").arg(rule.reasons.join(QLatin1Char(' ')))
                             : QString());
    m_riskRule->setVisible(high);
}

bool PublicReportDialog::submit()
{
    QList<Error> missing = m_form->missing();
    if (!m_idNumber->text().trimmed().isEmpty()) // the registry gives the name
        missing.removeIf([](const Error& e) { return e.field == u"subject_name"; });
    if (!missing.isEmpty()) {
        m_form->errors().show(missing);
        return false;
    }
    const CaseFields f = m_form->fields();
    PublicReport r;
    r.reporterName = f.reporterName;
    r.reporterPhone = f.reporterPhone;
    r.subjectName = f.subjectName;
    r.subjectSex = f.subjectSex;
    r.birthYear = f.subjectBirthYear;
    r.age = m_age->value();
    r.heightCm = f.subjectHeightCm;
    r.description = f.description;
    r.lastSeenDate = f.lastSeenDate;
    r.lastSeenPlace = f.lastSeenPlace;
    r.circumstances = f.circumstances;
    r.reportText = f.reportText;
    r.risk = f.risk;
    r.mentalIllness = f.mentalIllness;
    r.suspectedCrime = f.suspectedCrime;
    r.contacts = f.contacts;
    r.stationId = f.stationId;
    r.operationId = m_session.operationId();
    if (!m_idNumber->text().trimmed().isEmpty()) {
        const auto person =
            VisitService(m_session.db(), m_session.actor()).findRegistered(m_idNumber->text());
        if (!person) {
            Error e = person.error();
            e.field = QStringLiteral("subject_person");
            m_form->errors().show(e);
            return false;
        }
        r.subjectPersonId = person->id;
    }
    const auto no = CaseService(m_session.db(), m_session.actor()).openFromPublicReport(r);
    if (!no) {
        m_form->errors().show(no.error());
        return false;
    }
    m_form->errors().clear();
    m_caseNo = *no;
    emit caseOpened(m_caseNo);
    accept();
    return true;
}

} // namespace hc
