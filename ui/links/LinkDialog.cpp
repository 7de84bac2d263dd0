#include "ui/links/LinkDialog.h"

#include "core/links/LinkService.h"
#include "core/links/LinkVocabulary.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/links/EntityPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

LinkDialog::LinkDialog(SessionContext& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Add link"));
    m_a = new EntityPicker(session);
    m_b = new EntityPicker(session);
    m_kind = new QComboBox;
    for (const QString& kind : LinkVocabulary::linkKinds())
        m_kind->addItem(LinkVocabulary::linkLabel(kind), kind);
    m_confidence = new QDoubleSpinBox;
    m_confidence->setRange(0, 1);
    m_confidence->setSingleStep(0.1);
    m_confidence->setDecimals(2);
    m_confidence->setValue(0.8);
    m_confidence->setToolTip(tr("How sure you are: 1 is certain, 0.5 a fair guess."));
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("Where this comes from, e.g. the caller's statement"));
    m_note->setMaxLength(1000);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* w, const QString& field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(w);
        QLabel* error = makeErrorLabel();
        box->addWidget(error);
        m_errors.insert(field, error);
        form->addRow(label, box);
    };
    addRow(tr("From:"), m_a, QStringLiteral("a"));
    addRow(tr("To:"), m_b, QStringLiteral("b"));
    addRow(tr("Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("Confidence:"), m_confidence, QStringLiteral("confidence"));
    addRow(tr("Note:"), m_note, QStringLiteral("note"));
    QLabel* general = makeErrorLabel();
    m_errors.insert(QString(), general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add link"));
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    connect(m_a, &EntityPicker::edited, m_errors.value(QStringLiteral("a")), &QLabel::hide);
    connect(m_b, &EntityPicker::edited, m_errors.value(QStringLiteral("b")), &QLabel::hide);
    connect(m_kind, &QComboBox::currentIndexChanged, m_errors.value(QStringLiteral("kind")), &QLabel::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());
}

void LinkDialog::setFirst(const EntityRef& entity, const QString& label)
{
    m_a->setEntity(entity, label);
}

void LinkDialog::setSecond(const EntityRef& entity, const QString& label)
{
    m_b->setEntity(entity, label);
}

QLabel* LinkDialog::errorLabel(const QString& field) const
{
    return m_errors.value(field);
}

void LinkDialog::clearErrors()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
}

void LinkDialog::accept()
{
    clearErrors();
    auto show = [this](const Error& e) {
        QLabel* label = m_errors.value(e.field, m_errors.value(QString()));
        label->setText(e.message);
        label->show();
        if (e.field == u"a")
            m_a->textEdit()->setFocus();
        else if (e.field == u"b")
            m_b->textEdit()->setFocus();
        else if (e.field == u"kind")
            m_kind->setFocus();
        else if (e.field == u"confidence")
            m_confidence->setFocus();
        else if (e.field == u"note")
            m_note->setFocus();
    };
    // Each picker names its own field, so both problems can show at once.
    const auto a = m_a->entity(QStringLiteral("a"));
    const auto b = m_b->entity(QStringLiteral("b"));
    if (!b)
        show(b.error());
    if (!a)
        show(a.error());
    if (!a || !b)
        return;
    const auto id =
        LinkService(m_session.db(), m_session.actor())
            .add(LinkInput{*a, *b, m_kind->currentData().toString(), m_confidence->value(), m_note->text()});
    if (!id) {
        show(id.error());
        return;
    }
    m_linkId = *id;
    QDialog::accept();
}

} // namespace hc
