#include "ui/followup/FollowUpNoteDialog.h"

#include "ui/common/InlineError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

FollowUpNoteDialog::FollowUpNoteDialog(const Form& f, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_textRequired(f.textRequired)
{
    setWindowTitle(f.title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(f.about));
    auto* form = new QFormLayout;
    if (!f.choices.isEmpty()) {
        m_choice = new QComboBox;
        for (const auto& [code, label] : f.choices)
            m_choice->addItem(label, code);
        form->addRow(tr("What happened:"), m_choice);
    }
    m_text = new QLineEdit;
    m_text->setMinimumWidth(320);
    form->addRow(f.textLabel, m_text);
    layout->addLayout(form);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    okButton()->setText(f.okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FollowUpNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLineEdit::textChanged, m_error, &QLabel::hide);
    if (m_textRequired) {
        okButton()->setEnabled(false);
        connect(m_text, &QLineEdit::textChanged, this,
                [this](const QString& t) { okButton()->setEnabled(!t.trimmed().isEmpty()); });
    }
    layout->addWidget(m_buttons);
}

QPushButton* FollowUpNoteDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FollowUpNoteDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Return in the text field while a required text is still blank
    const Status s = m_save(m_choice ? m_choice->currentData().toString() : QString(), m_text->text());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace hc
