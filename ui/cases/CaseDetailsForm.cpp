#include "ui/cases/CaseDetailsForm.h"

#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "core/registry/Vocabulary.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace hc {

namespace {
const QDate kUnknownDate(1900, 1, 1);

QPlainTextEdit* shortText(int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // keyboard users move on with Tab
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

namespace {
// The calendar of an "unknown" date would open in January 1900: show this month instead.
class CalendarToToday : public QObject
{
public:
    CalendarToToday(QDateEdit* edit) : QObject(edit), m_edit(edit) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == kUnknownDate) {
            const QDate today = Clock::instance().now().date();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit* m_edit;
};
} // namespace

QDateEdit* makeOptionalDateEdit(const QString& unknownText)
{
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kUnknownDate);
    edit->setSpecialValueText(unknownText);
    edit->setDate(kUnknownDate);
    edit->calendarWidget()->installEventFilter(new CalendarToToday(edit));
    return edit;
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == kUnknownDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : kUnknownDate);
}

CaseDetailsForm::CaseDetailsForm(Database& db, const Actor& actor, QWidget* parent) : QWidget(parent)
{
    const int thisYear = Clock::instance().now().date().year();
    m_name = new QLineEdit;
    m_sex = new QComboBox;
    m_sex->addItem(tr("Not known"), QString());
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('M')), QStringLiteral("M"));
    m_sex->addItem(Vocabulary::sexLabel(QLatin1Char('F')), QStringLiteral("F"));
    m_birthYear = new QSpinBox;
    m_birthYear->setRange(1899, thisYear);
    m_birthYear->setSpecialValueText(tr("Not known"));
    m_birthYear->setValue(1899);
    m_height = new QSpinBox;
    m_height->setRange(0, 259);
    m_height->setSuffix(tr(" cm"));
    m_height->setSpecialValueText(tr("Not known"));
    m_description = shortText(2);
    m_description->setPlaceholderText(tr("Build, marks, clothing"));
    m_lastSeen = makeOptionalDateEdit(tr("Not known"));
    m_lastSeen->setMaximumDate(Clock::instance().now().date().addYears(1));
    m_lastSeenPlace = new QLineEdit;
    m_circumstances = shortText(2);
    m_risk = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::RiskLevel))
        m_risk->addItem(Vocabulary::label(Vocabulary::Kind::RiskLevel, code), code);
    m_risk->setCurrentIndex(m_risk->findData(QStringLiteral("medium")));
    // The facts of the risk rule besides the age (CaseRisk): either makes the case high risk.
    m_mentalIllness = new QCheckBox(tr("A recorded &mental illness"));
    m_suspectedCrime = new QCheckBox(tr("A crime is &suspected"));
    auto* factors = new QWidget;
    auto* factorsRow = new QHBoxLayout(factors);
    factorsRow->setContentsMargins(0, 0, 0, 0);
    factorsRow->addWidget(m_mentalIllness);
    factorsRow->addWidget(m_suspectedCrime);
    factorsRow->addStretch();
    m_contacts = new QLineEdit;
    m_contacts->setPlaceholderText(tr("Relatives and how to reach them"));
    m_reporterName = new QLineEdit;
    m_reporterPhone = new QLineEdit;
    m_reporterPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_reportText = shortText(3);
    m_station = new QComboBox;
    m_station->addItem(tr("Choose a station"), qint64(0));
    for (const StationRow& s : HouseholdService(db, actor).stations())
        m_station->addItem(s.name, s.id);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto row = [this](const QString& label, const QString& field, QWidget* w) {
        auto* l = new QLabel(label);
        l->setBuddy(w);
        m_form->addRow(l, m_errors.wrap(field, w));
    };
    row(tr("&Name:"), QStringLiteral("subject_name"), m_name);
    row(tr("Se&x:"), QStringLiteral("subject_sex"), m_sex);
    row(tr("&Birth year:"), QStringLiteral("subject_birth_year"), m_birthYear);
    row(tr("&Height:"), QStringLiteral("subject_height_cm"), m_height);
    row(tr("&Description:"), QStringLiteral("description"), m_description);
    row(tr("Last seen &on:"), QStringLiteral("last_seen_date"), m_lastSeen);
    row(tr("Last seen &at:"), QStringLiteral("last_seen_place"), m_lastSeenPlace);
    row(tr("C&ircumstances:"), QStringLiteral("circumstances"), m_circumstances);
    m_form->addRow(tr("Risk factors:"), factors);
    row(tr("&Risk level:"), QStringLiteral("risk_level"), m_risk);
    row(tr("C&ontacts:"), QStringLiteral("contacts"), m_contacts);
    row(tr("Ca&ller:"), QStringLiteral("reporter_name"), m_reporterName);
    row(tr("Caller's &phone:"), QStringLiteral("reporter_phone"), m_reporterPhone);
    row(tr("&What was reported:"), QStringLiteral("report_text"), m_reportText);
    row(tr("S&tation:"), QStringLiteral("station"), m_station);
    m_errors.alias(QStringLiteral("subject_person"), QStringLiteral("subject_name"));
    markRequired(QStringLiteral("subject_name"), tr("Enter the missing person's name."));
    markRequired(QStringLiteral("station"), tr("Choose the station that handles the case."));
}

QLabel* CaseDetailsForm::labelOf(const QString& field) const
{
    QWidget* w = m_errors.field(field);
    return w ? qobject_cast<QLabel*>(m_form->labelForField(w->parentWidget())) : nullptr;
}

void CaseDetailsForm::markRequired(const QString& field, const QString& message, const QString& tip)
{
    m_errors.require(field, message);
    QLabel* label = labelOf(field);
    if (!label || label->property("required").toBool())
        return;
    label->setProperty("required", true);
    label->setText(label->text() + QStringLiteral(" *"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setToolTip(tip.isEmpty() ? tr("Required") : tip);
}

void CaseDetailsForm::setFields(const CaseFields& f)
{
    m_name->setText(f.subjectName);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(f.subjectSex)));
    m_birthYear->setValue(f.subjectBirthYear ? f.subjectBirthYear : m_birthYear->minimum());
    m_height->setValue(f.subjectHeightCm);
    m_description->setPlainText(f.description);
    setOptionalDate(m_lastSeen, f.lastSeenDate);
    m_lastSeenPlace->setText(f.lastSeenPlace);
    m_circumstances->setPlainText(f.circumstances);
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(f.risk)));
    m_mentalIllness->setChecked(f.mentalIllness);
    m_suspectedCrime->setChecked(f.suspectedCrime);
    m_contacts->setText(f.contacts);
    m_reporterName->setText(f.reporterName);
    m_reporterPhone->setText(f.reporterPhone);
    m_reportText->setPlainText(f.reportText);
    m_station->setCurrentIndex(std::max(0, m_station->findData(f.stationId)));
    m_errors.clear();
}

CaseFields CaseDetailsForm::fields() const
{
    CaseFields f;
    f.subjectName = m_name->text();
    f.subjectSex = m_sex->currentData().toString();
    f.subjectBirthYear = m_birthYear->value() == m_birthYear->minimum() ? 0 : m_birthYear->value();
    f.subjectHeightCm = m_height->value();
    f.description = m_description->toPlainText();
    f.lastSeenDate = optionalDate(m_lastSeen);
    f.lastSeenPlace = m_lastSeenPlace->text();
    f.circumstances = m_circumstances->toPlainText();
    f.risk = m_risk->currentData().toString();
    f.mentalIllness = m_mentalIllness->isChecked();
    f.suspectedCrime = m_suspectedCrime->isChecked();
    f.contacts = m_contacts->text();
    f.reporterName = m_reporterName->text();
    f.reporterPhone = m_reporterPhone->text();
    f.reportText = m_reportText->toPlainText();
    f.stationId = m_station->currentData().toLongLong();
    return f;
}

void CaseDetailsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* e : {m_name, m_lastSeenPlace, m_contacts, m_reporterName, m_reporterPhone})
        e->setReadOnly(readOnly);
    for (QPlainTextEdit* e : {m_description, m_circumstances, m_reportText})
        e->setReadOnly(readOnly);
    for (QSpinBox* e : {m_birthYear, m_height})
        e->setReadOnly(readOnly);
    m_lastSeen->setReadOnly(readOnly);
    for (QComboBox* e : {m_sex, m_risk, m_station})
        e->setEnabled(!readOnly);
    for (QCheckBox* e : {m_mentalIllness, m_suspectedCrime})
        e->setEnabled(!readOnly);
}

} // namespace hc
