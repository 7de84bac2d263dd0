#include "ui/startup/ServerDialog.h"

#include "core/storage/Database.h"

#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When all the city's stations work on one PostgreSQL server, enter the "
                                "server and database your IT staff gave you. You sign in next, with your "
                                "badge number and password."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    QSettings settings;
    m_host = new QLineEdit(settings.value(QStringLiteral("server/host")).toString());
    m_host->setPlaceholderText(tr("e.g. db.police.local"));
    m_host->setToolTip(tr("The server's host name or address, or the folder of its Unix socket "
                          "(beginning with /)."));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_database = new QLineEdit(settings.value(QStringLiteral("server/database")).toString());
    m_database->setPlaceholderText(tr("e.g. homecoming"));
    form->addRow(tr("&Server: *"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database: *"), m_database);
    layout->addLayout(form);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue to sign-in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database})
        connect(edit, &QLineEdit::textEdited, m_message, &QLabel::hide);
    (m_host->text().isEmpty() ? m_host : m_database)->setFocus();
    setMinimumWidth(460); // the explanation reads in three lines, not seven
}

QString ServerDialog::uri() const
{
    return Database::serverUri(m_host->text(), m_port->value(), m_database->text());
}

void ServerDialog::tryAccept()
{
    QLineEdit* missing = m_host->text().trimmed().isEmpty()       ? m_host
                         : m_database->text().trimmed().isEmpty() ? m_database
                                                                  : nullptr;
    if (missing) {
        m_message->setText(missing == m_host ? tr("Enter the server's host name or socket folder.")
                                             : tr("Enter the name of the database."));
        m_message->show();
        missing->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), m_port->value());
    settings.setValue(QStringLiteral("server/database"), m_database->text().trimmed());
    accept();
}

} // namespace hc
