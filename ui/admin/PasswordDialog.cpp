#include "ui/admin/PasswordDialog.h"

#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hc {

namespace {
QLineEdit* passwordEdit()
{
    auto* edit = new QLineEdit;
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(const QString& title, const QString& intro, bool askCurrent, Apply apply,
                               QWidget* parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(intro);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit();
        form->addRow(tr("&Current password:"), m_current);
    }
    m_new = passwordEdit();
    m_repeat = passwordEdit();
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least 10 characters; several words that do not belong together are easy "
                               "to remember and hard to guess."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::apply()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->setFocus();
        return;
    }
    const Status s = m_apply(m_current ? m_current->text() : QString(), m_new->text());
    if (!s) {
        m_message->setText(s.error().message);
        m_message->show();
        (s.error().field == u"current" && m_current ? m_current : m_new)->setFocus();
        return;
    }
    accept();
}

} // namespace hc
